import DialogContentText from '@mui/material/DialogContentText'
import { FormDialog } from './FormDialog'

/** Asks before an action; shows the action's error in place instead of closing. */
export function ConfirmDialog(props: {
  open: boolean
  title: string
  message: string
  confirmLabel: string
  onCancel: () => void
  onConfirm: () => Promise<void>
}) {
  return (
    <FormDialog
      open={props.open}
      title={props.title}
      maxWidth="xs"
      submitLabel={props.confirmLabel}
      submitColor="error"
      onClose={props.onCancel}
      onSubmit={props.onConfirm}
    >
      <DialogContentText>{props.message}</DialogContentText>
    </FormDialog>
  )
}
