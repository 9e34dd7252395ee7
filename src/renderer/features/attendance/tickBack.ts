import type { RegisterCell } from '@shared/attendance/register'
import { countsAsAttended, statusForLeaveType, type AttendanceStatusCode } from '@shared/attendance/status'
import type { MarkChange } from '../../db/attendance/attendanceRepository'
import { statusToStore } from './rollCall'

/**
 * The tick-back of a signed sheet (签到表回录): the secretary ticks who did not sign. These rules
 * turn the ticks into marks, changing only what the sheet says differently from the register.
 */

/** Not signed is the same as not attending: the sheet starts from what the register says. */
export function initiallyUnsigned(cell: RegisterCell): boolean {
  return !countsAsAttended(cell.status)
}

/** What an unsigned line means unless the secretary says otherwise: the leave covering it, else 旷课. */
export function defaultUnsignedStatus(cell: RegisterCell): AttendanceStatusCode {
  if (!countsAsAttended(cell.status)) return cell.status
  const type = cell.leave?.types[0]
  return type ? statusForLeaveType(type) : 'absent'
}

export interface TickBackLine {
  enrollmentId: string
  cell: RegisterCell
  unsigned: boolean
  /** For unsigned lines: the status to record. */
  status: AttendanceStatusCode
}

export function tickBackChanges(sessionId: string, lines: readonly TickBackLine[]): MarkChange[] {
  const out: MarkChange[] = []
  for (const { enrollmentId, cell, unsigned, status } of lines) {
    const base = { sessionId, enrollmentId, note: cell.note, minutes: null }
    if (unsigned) {
      if (cell.status === status) continue // already so, by a mark or by the leave
      out.push({ ...base, status })
    } else if (!countsAsAttended(cell.status)) {
      // Signed although the register had them away: they attended.
      out.push({ ...base, status: statusToStore('present', cell, cell.note) })
    }
  }
  return out
}
