import { useState } from 'react'
import TuneIcon from '@mui/icons-material/Tune'
import Button from '@mui/material/Button'
import Switch from '@mui/material/Switch'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  DEFAULT_ATTENDANCE_STATUSES,
  resolveStatuses,
  type AttendanceStatusCode,
  type AttendanceStatusSetting,
  type AttendanceStatusSettings,
} from '@shared/attendance/status'
import { FormDialog } from '../../ui/FormDialog'
import { useNotify } from '../../ui/Notifier'
import { useStatusSettings } from '../../db/attendance/attendanceSettingsHooks'
import { useData } from '../../db/core/DataProvider'

/** 考勤状态设置: the school's names, one-character marks, colours and keys for the statuses. */
export function StatusSettingsButton() {
  const [open, setOpen] = useState(false)
  const settings = useStatusSettings()
  return (
    <>
      <Button startIcon={<TuneIcon />} onClick={() => setOpen(true)} disabled={!settings}>
        状态设置
      </Button>
      {open && settings && <StatusSettingsDialog initial={settings} onClose={() => setOpen(false)} />}
    </>
  )
}

function StatusSettingsDialog(props: { initial: AttendanceStatusSettings; onClose: () => void }) {
  const { attendanceSettings } = useData()
  const notify = useNotify()
  const [value, setValue] = useState<AttendanceStatusSettings>(props.initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const list = resolveStatuses(value)
  // The keys as typed ("2 c"), so a space can be typed before the next key.
  const [keyText, setKeyText] = useState<Record<string, string>>(() =>
    Object.fromEntries(resolveStatuses(props.initial).map((s) => [s.code, s.keys.join(' ')])),
  )
  // An edit may fix what the last save refused: the old message goes until the next save.
  const set = (code: AttendanceStatusCode, patch: AttendanceStatusSetting) => {
    setErrors({})
    setValue((old) => ({ ...old, [code]: { ...old[code], ...patch } }))
  }
  return (
    <FormDialog
      title="考勤状态设置"
      maxWidth="md"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await attendanceSettings.saveStatuses(value)
        notify('已保存考勤状态设置')
        props.onClose()
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        考勤状态是本校规则：适用于全校，会随快照同步到其他办公室。
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>状态</TableCell>
            <TableCell>名称</TableCell>
            <TableCell>简称</TableCell>
            <TableCell>颜色</TableCell>
            <TableCell>快捷键（空格分隔）</TableCell>
            <TableCell>点名时可选</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((s) => {
            const d = DEFAULT_ATTENDANCE_STATUSES.find((x) => x.code === s.code)!
            return (
              <TableRow key={s.code}>
                <TableCell>{d.label}</TableCell>
                <TableCell>
                  <TextField
                    value={s.label}
                    slotProps={{ htmlInput: { 'aria-label': `${d.label}的名称` } }}
                    onChange={(e) => set(s.code, { label: e.target.value })}
                    size="small"
                    sx={{ width: 100 }}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    value={s.short}
                    slotProps={{ htmlInput: { 'aria-label': `${d.label}的简称` } }}
                    onChange={(e) => set(s.code, { short: e.target.value })}
                    size="small"
                    sx={{ width: 56 }}
                  />
                </TableCell>
                <TableCell>
                  <input
                    type="color"
                    value={s.color}
                    aria-label={`${d.label}的颜色`}
                    onChange={(e) => set(s.code, { color: e.target.value })}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    value={keyText[s.code] ?? ''}
                    slotProps={{ htmlInput: { 'aria-label': `${d.label}的快捷键` } }}
                    onChange={(e) => {
                      setKeyText((old) => ({ ...old, [s.code]: e.target.value }))
                      set(s.code, { keys: e.target.value.split(/\s+/).filter(Boolean) })
                    }}
                    size="small"
                    sx={{ width: 90 }}
                  />
                </TableCell>
                <TableCell>
                  <Switch
                    checked={!s.hidden}
                    disabled={s.code === 'present' || s.code === 'absent'}
                    onChange={(e) => set(s.code, { hidden: !e.target.checked })}
                  />
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
      {Object.values(errors).map((m) => (
        <div key={m} style={{ color: '#d32f2f', marginTop: 8 }}>
          {m}
        </div>
      ))}
      <Button
        sx={{ mt: 1 }}
        onClick={() => {
          setValue({})
          setKeyText(Object.fromEntries(resolveStatuses().map((s) => [s.code, s.keys.join(' ')])))
        }}
      >
        恢复默认
      </Button>
    </FormDialog>
  )
}
