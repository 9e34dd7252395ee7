import { useState } from 'react'
import TextField from '@mui/material/TextField'
import { FormDialog } from '../../../ui/FormDialog'

/** Name a new group or rename one. */
export function GroupNameDialog(props: {
  title: string
  initial: string
  onClose: () => void
  onSubmit: (name: string) => Promise<void>
}) {
  const [name, setName] = useState(props.initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title={props.title}
      onClose={props.onClose}
      onSubmit={() => props.onSubmit(name)}
      onFieldErrors={setErrors}
    >
      <TextField
        label="组名"
        fullWidth
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={Boolean(errors.name)}
        helperText={errors.name}
        sx={{ mt: 1 }}
      />
    </FormDialog>
  )
}
