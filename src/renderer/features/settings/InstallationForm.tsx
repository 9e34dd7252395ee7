import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { errorMessage } from '../../ui/Notifier'
import type { InstallationSettings } from '../../db/core/settingsRepository'

/** School name, this installation's name and the current user; used by first-run setup and 设置. */
export function InstallationForm(props: {
  initial: InstallationSettings
  submitLabel: string
  busy?: boolean
  onSubmit: (value: InstallationSettings) => Promise<void>
}) {
  const [value, setValue] = useState(props.initial)
  const [error, setError] = useState<string>()
  const set = (key: keyof InstallationSettings) => (e: { target: { value: string } }) =>
    setValue((v) => ({ ...v, [key]: e.target.value }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(undefined)
    try {
      await props.onSubmit(value)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack spacing={2.5}>
        <TextField
          label="学校名称"
          placeholder="例如：中共松江区委党校"
          required
          autoFocus
          value={value.schoolName}
          onChange={set('schoolName')}
          slotProps={{ htmlInput: { maxLength: 60 } }}
        />
        <TextField
          label="本机名称"
          placeholder="例如：本部教务科、分校区"
          required
          helperText="区分各校区、科室的电脑；同步快照的文件名会用到它"
          value={value.officeName}
          onChange={set('officeName')}
          slotProps={{ htmlInput: { maxLength: 40 } }}
        />
        <TextField
          label="当前使用人（可选）"
          placeholder="例如：王老师"
          helperText="用于“我的待办”；本软件不需要登录"
          value={value.currentUser}
          onChange={set('currentUser')}
          slotProps={{ htmlInput: { maxLength: 20 } }}
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Button type="submit" variant="contained" size="large" disabled={props.busy}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  )
}
