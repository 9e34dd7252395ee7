import Chip from '@mui/material/Chip'
import Tooltip from '@mui/material/Tooltip'
import type { RegisterCell } from '@shared/attendance/register'
import { statusOf, type AttendanceStatus } from '@shared/attendance/status'
import { leaveTypeLabel } from '@shared/attendance/leaveRequest'

/**
 * A cell's status as a chip: filled when someone marked it, outlined when it follows approved
 * leave, plain for the default 出勤, grey 未点名 while nobody has. Minutes, note, leave and conflict go in the tooltip.
 */
export function StatusChip({
  cell,
  statuses,
}: {
  cell: RegisterCell
  statuses: readonly AttendanceStatus[]
}) {
  if (cell.uncalled)
    // Nobody marked it and the roll call was not completed: unknown, not 出勤 (issue 11).
    return (
      <Tooltip title="本节尚未完成点名">
        <Chip
          size="small"
          label="未点名"
          variant="outlined"
          sx={{ color: 'text.disabled' }}
          data-status="uncalled"
        />
      </Tooltip>
    )
  const s = statusOf(statuses, cell.status)
  const label = cell.minutes ? `${s.label} ${cell.minutes}分钟` : s.label
  const details = [
    cell.marked ? null : cell.leave ? '按已批准的请假' : null,
    cell.leave && cell.marked ? `已批准${cell.leave.types.map(leaveTypeLabel).join('、')}请假` : null,
    cell.note || null,
    cell.conflict?.message ?? null,
  ].filter(Boolean)
  const chip = (
    <Chip
      size="small"
      label={label}
      variant={cell.marked ? 'filled' : 'outlined'}
      sx={{
        bgcolor: cell.marked && cell.status !== 'present' ? s.color : undefined,
        color: cell.marked && cell.status !== 'present' ? '#fff' : s.color,
        borderColor: s.color,
        outline: cell.conflict ? '2px solid #d32f2f' : undefined,
        outlineOffset: 1,
      }}
      data-status={cell.status}
    />
  )
  return details.length ? <Tooltip title={details.join('；')}>{chip}</Tooltip> : chip
}
