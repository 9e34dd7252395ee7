import { memo } from 'react'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import type { RegisterCell } from '@shared/attendance/register'
import type { AttendanceStatus } from '@shared/attendance/status'
import type { ClassStudent } from '../../db/roster/classStudents'
import { RollCallPointsCell } from '../assessment'
import { StatusChip } from './StatusChip'

/**
 * One student of the roll call. Memoised: a mark changes one student's register row (the register
 * cache keeps the others' cells as they were), so a status key re-renders this row and the totals,
 * not the whole class. Every prop is either data that changes with the row or a stable callback.
 */
export const RollCallRow = memo(function RollCallRow(props: {
  student: ClassStudent
  cell: RegisterCell | undefined
  active: boolean
  statuses: readonly AttendanceStatus[]
  /** The row's place in the list, for the virtualiser's measurement. */
  index: number
  measure: (el: HTMLTableRowElement | null) => void
  onPick: (student: ClassStudent) => void
}) {
  const { student: s, cell, active } = props
  return (
    <TableRow
      ref={props.measure}
      data-index={props.index}
      hover
      selected={active}
      onClick={() => props.onPick(s)}
      sx={{ cursor: 'pointer' }}
      data-testid="roll-call-row"
    >
      <TableCell>{s.seat ?? '—'}</TableCell>
      <TableCell sx={{ fontWeight: active ? 700 : undefined }}>{s.name}</TableCell>
      <TableCell>{s.groupName}</TableCell>
      <TableCell>{[s.unit, s.post].filter(Boolean).join(' ')}</TableCell>
      <TableCell>{cell && <StatusChip cell={cell} statuses={props.statuses} />}</TableCell>
      <RollCallPointsCell enrollmentId={s.enrollmentId} name={s.name} />
      <TableCell>{cell?.note}</TableCell>
    </TableRow>
  )
})
