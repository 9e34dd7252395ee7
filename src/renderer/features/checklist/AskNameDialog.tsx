import { useState } from 'react'
import Checkbox from '@mui/material/Checkbox'
import DialogContentText from '@mui/material/DialogContentText'
import FormControlLabel from '@mui/material/FormControlLabel'
import TextField from '@mui/material/TextField'
import { FormDialog } from '../../ui/FormDialog'

/** Asks who completes an item when this PC has no current user set. */
export function AskNameDialog(props: {
  onCancel: () => void
  onSubmit: (person: string, remember: boolean) => Promise<void>
}) {
  const [name, setName] = useState('')
  const [remember, setRemember] = useState(true)

  return (
    <FormDialog
      title="请问您是哪位？"
      maxWidth="xs"
      submitLabel="确定"
      onClose={props.onCancel}
      onSubmit={async () => {
        const person = name.trim()
        if (!person) throw new Error('请填写您的姓名')
        await props.onSubmit(person, remember)
      }}
    >
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
    </FormDialog>
  )
}
