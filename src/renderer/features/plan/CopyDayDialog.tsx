import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import MenuItem from '@mui/material/MenuItem'
import type { LocalDate } from '@shared/plan/clock'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { addDays, dateWithWeekday } from '@shared/plan/sessionFormat'

/** 复制某天: every session of one day to another day (e.g. the same programme a week later). */
export function CopyDayDialog(props: {
  days: readonly { date: LocalDate; count: number }[]
  from: LocalDate
  onClose: () => void
  onSubmit: (from: LocalDate, to: LocalDate) => Promise<void>
}) {
  const [from, setFrom] = useState(props.from)
  const [to, setTo] = useState(addDays(props.from, 7))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const target = props.days.find((d) => d.date === to)
  return (
    <FormDialog
      title="复制一天的课程"
      submitLabel="复制"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={() => props.onSubmit(from, to)}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField select label="从" value={from} onChange={(e) => setFrom(e.target.value)}>
          {props.days.map((d) => (
            <MenuItem key={d.date} value={d.date}>
              {dateWithWeekday(d.date)} · {d.count} 门课程
            </MenuItem>
          ))}
        </TextField>
        <PickerField
          type="date"
          label="复制到"
          value={to}
          onChange={(v) => setTo(v)}
          error={Boolean(errors.date)}
          helperText={errors.date ?? '时段、时间、课程内容、授课人、地点和学时照原样复制，复制后可逐条修改'}
        />
        {target && (
          <Alert severity="warning">
            {dateWithWeekday(to)}已有 {target.count} 门课程，复制后这一天会有重复或时间重叠的课程。
          </Alert>
        )}
      </Stack>
    </FormDialog>
  )
}
