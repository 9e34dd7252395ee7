import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { sessionLabel } from '@shared/plan/sessionFormat'

/** Which session the roll call or the tick-back is for. */
export function SessionPicker(props: {
  sessions: readonly SessionRecord[]
  value: string
  onChange: (id: string) => void
}) {
  return (
    <TextField
      select
      label="课程"
      value={props.sessions.some((s) => s.id === props.value) ? props.value : ''}
      onChange={(e) => props.onChange(e.target.value)}
      size="small"
      sx={{ minWidth: 360, maxWidth: '100%' }}
    >
      {props.sessions.map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {sessionLabel(s)}（{s.start}–{s.end}）
        </MenuItem>
      ))}
    </TextField>
  )
}

/** The session to open first: the one under way or the last one begun, else the first. */
export function currentSessionId(sessions: readonly SessionRecord[], now: string): string {
  let best = sessions[0]?.id ?? ''
  for (const s of sessions) if (`${s.date}T${s.start}` <= now) best = s.id
  return best
}
