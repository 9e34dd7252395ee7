import { leaveTypeLabel } from '@shared/attendance/leaveRequest'
import type { ConflictKind, StudentRegisterRow } from '@shared/attendance/register'
import { registerRemarks } from '@shared/attendance/registerRemarks'
import { statusOf, type AttendanceStatus } from '@shared/attendance/status'
import { formatHours, isZeroHours, type Hours } from '@shared/plan/hours'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassStudent } from '../../db/roster/classStudents'
import { sessionSheetLabel } from '@shared/plan/sessionFormat'

/**
 * One student's line of the 学员考勤登记表 as text: the same values on screen, on paper and in
 * the exported workbook. Hours are rounded to two decimals for reading (the rules compare the
 * exact fractions; see docs/leave-rules.md §2).
 */
export interface RegisterLine {
  no: number
  enrollmentId: string
  seat: string
  name: string
  group: string
  unitAndPost: string
  idNumber: string
  phone: string
  sessions: number
  attended: number
  late: string
  leftEarly: string
  officialLeave: string
  sickLeave: string
  personalLeave: string
  leaveUsed: string
  allowed: string
  remaining: string
  absent: string
  overstay: string
  /** The meter's sentence and the flags, most serious first: the screen's 提示, never on paper. */
  remarks: string
  /** 备注 on the printed register: facts only (registerRemarks.ts). */
  sheetRemarks: string
  withdraw: boolean
  /** '2025年9月9日上午 病假' … for every session not simply attended, with any conflict named. */
  exceptions: string[]
  /** The same without the conflicts, for the summary published to the class. */
  publicExceptions: string[]
}

const CONFLICT_NOTE: Record<ConflictKind, string> = {
  leaveWithoutApproval: '（无已批准的请假单）',
  markOnLeave: '（与已批准的请假冲突）',
}

const h = (x: Hours) => (isZeroHours(x) ? '' : formatHours(x))

export function registerLines(
  students: readonly ClassStudent[],
  rowById: ReadonlyMap<string, StudentRegisterRow>,
  sessions: readonly SessionRecord[],
  statuses: readonly AttendanceStatus[],
): RegisterLine[] {
  return students.flatMap((s, i) => {
    const row = rowById.get(s.enrollmentId)
    if (!row) return []
    const m = row.standing.meter
    const count = (n: number, minutes: number) => (n ? `${n}次${minutes ? `/${minutes}分钟` : ''}` : '')
    const notes = row.cells.flatMap((c, j) => {
      if (c.status === 'present' && !c.conflict) return []
      const session = sessions[j]
      if (!session) return []
      const label = statusOf(statuses, c.status).label
      const minutes = c.minutes ? `${c.minutes}分钟` : ''
      const leave = c.leave && !c.marked ? `（${c.leave.types.map(leaveTypeLabel).join('、')}请假）` : ''
      const text = `${sessionSheetLabel(session)} ${label}${minutes}${leave}`
      return [{ text, conflict: c.conflict ? CONFLICT_NOTE[c.conflict.kind] : '' }]
    })
    return [
      {
        no: i + 1,
        enrollmentId: s.enrollmentId,
        seat: s.seat === null ? '' : String(s.seat),
        name: s.name,
        group: s.groupName,
        unitAndPost: [s.unit, s.post].filter(Boolean).join(' '),
        idNumber: s.idNumber,
        phone: s.phone,
        sessions: row.calledSessions, // 已点名 only: attended is out of these (issue 11)
        attended: row.attended,
        late: count(row.counts.late, row.lateMinutes),
        leftEarly: count(row.counts.leftEarly, row.leftEarlyMinutes),
        officialLeave: h(row.leaveHours.official),
        sickLeave: h(row.leaveHours.sick),
        personalLeave: h(row.leaveHours.personal),
        leaveUsed: formatHours(m.used),
        allowed: m.level === 'noTotal' ? '—' : formatHours(m.allowed),
        remaining: m.level === 'noTotal' ? '—' : formatHours(m.remaining),
        absent: h(row.absentHours),
        overstay: h(row.overstayHours),
        remarks: [...row.standing.flags.map((f) => f.message), ...conflictRemarks(row)].join('；'),
        sheetRemarks: registerRemarks(row.standing).join('；'),
        withdraw: row.standing.withdraw,
        exceptions: notes.map((n) => n.text + n.conflict),
        publicExceptions: notes.map((n) => n.text),
      },
    ]
  })
}

/** The register's conflicts in a student's remarks, so a 病假 mark without leave is not lost. */
function conflictRemarks(row: StudentRegisterRow): string[] {
  const count = (kind: ConflictKind) => row.conflicts.filter((c) => c.kind === kind).length
  const unapproved = count('leaveWithoutApproval')
  const onLeave = count('markOnLeave')
  return [
    unapproved ? `${unapproved} 次记为请假但没有已批准的请假单，未计入请假学时` : '',
    onLeave ? `${onLeave} 次考勤标记与已批准的请假冲突` : '',
  ].filter(Boolean)
}
