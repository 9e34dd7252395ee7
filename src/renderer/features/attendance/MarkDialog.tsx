import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { RegisterCell } from '@shared/attendance/register'
import { takesMinutes, type AttendanceStatus, type AttendanceStatusCode } from '@shared/attendance/status'
import { FormDialog } from '../../ui/FormDialog'

export interface MarkValue {
  status: AttendanceStatusCode
  minutes: number | null
  note: string
}

/** One student at one session, with minutes for 迟到/早退 and a note. */
export function MarkDialog(props: {
  title: string
  subtitle: string
  cell: RegisterCell
  statuses: readonly AttendanceStatus[]
  onClose: () => void
  onSave: (value: MarkValue) => Promise<void>
  onClear: () => Promise<void>
}) {
  const [status, setStatus] = useState<AttendanceStatusCode>(props.cell.status)
  const [minutes, setMinutes] = useState(props.cell.minutes ? String(props.cell.minutes) : '')
  const [note, setNote] = useState(props.cell.note)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const offered = props.statuses.filter((s) => !s.hidden || s.code === props.cell.status)
  return (
    <FormDialog
      title={props.title}
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={() =>
        props.onSave({
          status,
          minutes: takesMinutes(status) && minutes.trim() ? Number(minutes) : null,
          note,
        })
      }
    >
      <Stack spacing={2}>
        <Typography color="text.secondary">{props.subtitle}</Typography>
        {props.cell.conflict && <Alert severity="error">{props.cell.conflict.message}</Alert>}
        <RadioGroup row value={status} onChange={(e) => setStatus(e.target.value as AttendanceStatusCode)}>
          {offered.map((s) => (
            <FormControlLabel
              key={s.code}
              value={s.code}
              control={<Radio size="small" sx={{ color: s.color, '&.Mui-checked': { color: s.color } }} />}
              label={`${s.label}${s.keys[0] ? `（${s.keys[0]}）` : ''}`}
            />
          ))}
        </RadioGroup>
        {takesMinutes(status) && (
          <TextField
            type="number"
            label={status === 'late' ? '迟到分钟数' : '早退分钟数'}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            error={Boolean(errors.minutes)}
            helperText={errors.minutes ?? '可不填'}
            slotProps={{ htmlInput: { min: 1, max: 1440 } }}
            autoFocus
          />
        )}
        <TextField
          label="备注"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={Boolean(errors.note)}
          helperText={errors.note}
        />
        {props.cell.marked && (
          <Button sx={{ alignSelf: 'flex-start' }} onClick={() => void props.onClear()}>
            清除标记（恢复为默认）
          </Button>
        )}
      </Stack>
    </FormDialog>
  )
}
