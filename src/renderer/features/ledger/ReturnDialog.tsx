import { useState } from 'react'
import TextField from '@mui/material/TextField'
import { FormDialog } from '../../ui/FormDialog'

/** 支部审核: returning an entry asks for the reason, which the member page shows under the entry. */
export function ReturnDialog(props: { onClose: () => void; onSubmit: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title="退回这条记录"
      submitLabel="退回"
      submitColor="warning"
      onClose={props.onClose}
      onSubmit={() => props.onSubmit(reason)}
      onFieldErrors={setErrors}
    >
      <TextField
        label="退回原因"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        fullWidth
        margin="dense"
        autoFocus
        error={!!errors.reason}
        helperText={errors.reason ?? '例如：缺少佐证材料、时长与签到不符'}
      />
    </FormDialog>
  )
}
