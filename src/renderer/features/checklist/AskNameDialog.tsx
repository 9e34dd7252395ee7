import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import TextField from '@mui/material/TextField'
import { errorMessage } from '../../app/Notifier'

/** Asks who completes an item when this PC has no current user set. */
export function AskNameDialog(props: {
  onCancel: () => void
  onSubmit: (person: string, remember: boolean) => Promise<void>
}) {
  const [name, setName] = useState('')
  const [remember, setRemember] = useState(true)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const person = name.trim()
    if (!person) {
      setError('请填写您的姓名')
      return
    }
    setBusy(true)
    try {
      await props.onSubmit(person, remember)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open onClose={props.onCancel} maxWidth="xs" fullWidth>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>请问您是哪位？</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>事项表会记录由谁、在何时完成了这一项。</DialogContentText>
          <TextField
            label="您的姓名"
            autoFocus
            fullWidth
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 20 } }}
          />
          <FormControlLabel
            sx={{ mt: 1 }}
            control={<Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)} />}
            label="记为本机当前使用人（可在“设置”中修改）"
          />
          {error && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onCancel}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            确定
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
