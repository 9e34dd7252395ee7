import { useState } from 'react'
import DialogContentText from '@mui/material/DialogContentText'
import TextField from '@mui/material/TextField'
import { FormDialog } from '../../../ui/FormDialog'

/** Names the school's own copy of a template. */
export function TemplateNameDialog(props: {
  title: string
  message: string
  initial: string
  onClose: () => void
  onSubmit: (name: string) => Promise<void>
}) {
  const [name, setName] = useState(props.initial)
  return (
    <FormDialog
      title={props.title}
      submitLabel="确定"
      onClose={props.onClose}
      onSubmit={() => props.onSubmit(name)}
    >
      <DialogContentText sx={{ mb: 2 }}>{props.message}</DialogContentText>
      <TextField
        label="模板名称"
        fullWidth
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 60 } }}
      />
    </FormDialog>
  )
}
