import { useState, type FormEvent, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import Button, { type ButtonProps } from '@mui/material/Button'
import Dialog, { type DialogProps } from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import { ValidationError } from '@shared/validationError'
import { errorMessage } from './Notifier'

/**
 * A dialog around a form: Enter submits, 取消 closes, the submit button is
 * disabled while the action runs, and a failure is shown in place (a
 * ValidationError's field messages go to `onFieldErrors` when given).
 */
export function FormDialog(props: {
  open?: boolean
  title: ReactNode
  maxWidth?: DialogProps['maxWidth']
  submitLabel?: string
  submitColor?: ButtonProps['color']
  submitDisabled?: boolean
  dividers?: boolean
  onClose: () => void
  onSubmit: () => Promise<void>
  onFieldErrors?: (errors: Record<string, string>) => void
  children: ReactNode
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    props.onFieldErrors?.({})
    try {
      await props.onSubmit()
    } catch (err) {
      if (err instanceof ValidationError && props.onFieldErrors) props.onFieldErrors(err.fieldErrors)
      else setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open={props.open ?? true} onClose={props.onClose} maxWidth={props.maxWidth ?? 'sm'} fullWidth>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent dividers={props.dividers}>
          {props.children}
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>取消</Button>
          <Button
            type="submit"
            variant="contained"
            color={props.submitColor ?? 'primary'}
            disabled={busy || props.submitDisabled}
          >
            {props.submitLabel ?? '保存'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
