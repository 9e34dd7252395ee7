import type { LocalDateTime } from '../plan/clock'
import { subHours, sumHours, ZERO_HOURS, type Hours } from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import { approvedCoverageByType, type SessionCoverage } from './leaveCoverage'
import {
  DEFAULT_LEAVE_RULE_SETTINGS,
  leaveStanding,
  type LeaveRuleSettings,
  type LeaveStanding,
} from './leaveLimit'
import { LEAVE_TYPE_CODES, leaveTypeLabel, type LeaveRequest, type LeaveType } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'
import { sessionCallState, type SessionCallState } from './sessionCall'
import {
  ATTENDANCE_STATUS_CODES,
  countsAsAttended,
  leaveTypeOfStatus,
  resolveStatuses,
  statusForLeaveType,
  type AttendanceStatus,
  type AttendanceStatusCode,
} from './status'

/**
 * The attendance register (学员考勤登记表, seed 000 附2 第十八条: "考勤情况应记入《学员考勤登记表》";
 * seed 001 7.4: 《党校学员考勤表》): per student and session the status in force, per student the
 * sessions attended and each kind of absence with its hours against the leave limit, per session
 * the attendance rate.
 *
 * A cell's status is the explicit mark if there is one; otherwise approved leave covering the
 * session (partly or wholly) shows as that leave; otherwise, in a session whose roll call was
 * completed (已点名), the student was present — marks are only kept for the exceptions — and in any
 * other session the cell is unknown (`uncalled`, 未点名): it counts as no status at all. Sessions
 * attended and the per-session rates count 已点名 sessions only (sessionCall.ts). Leave hours come from approved requests only (leaveCoverage.ts);
 * 旷课 counts the session's hours not covered by approved leave; late and left-early minutes are
 * reported but count neither as leave nor as absence (docs/leave-rules.md).
 */

export type ConflictKind = 'markOnLeave' | 'leaveWithoutApproval'

export interface RegisterConflict {
  kind: ConflictKind
  enrollmentId: string
  sessionId: string
  message: string
}

export interface RegisterCell {
  sessionId: string
  /** The status in force. */
  status: AttendanceStatusCode
  /** Whether someone marked this cell, rather than it following the default or the leave. */
  marked: boolean
  /**
   * Nobody marked it, no leave covers it, and the session's roll call was not completed: the
   * student's attendance is unknown. `status` is then 'present' for display code that needs one,
   * but the cell is in no count.
   */
  uncalled: boolean
  minutes: number | null
  note: string
  /** Approved leave covering the session, by type; null when none. */
  leave: { types: LeaveType[]; hours: Hours; full: boolean } | null
  conflict: RegisterConflict | null
}

export interface StudentRegisterRow {
  enrollmentId: string
  /** In the order of the sessions given. */
  cells: RegisterCell[]
  /** 已点名 sessions attended: 出勤, 迟到 and 早退. */
  attended: number
  /** 已点名 sessions: what `attended` is out of. */
  calledSessions: number
  /** Sessions per status in force, every known cell (uncalled cells in none). */
  counts: Record<AttendanceStatusCode, number>
  lateMinutes: number
  leftEarlyMinutes: number
  /** Approved leave hours per type; they add up to `standing.meter.used`. */
  leaveHours: Record<LeaveType, Hours>
  /** 旷课 hours, less any part covered by approved leave. */
  absentHours: Hours
  /** 无故超假 hours not already counted as 旷课. */
  overstayHours: Hours
  standing: LeaveStanding
  conflicts: RegisterConflict[]
}

export interface SessionAttendance {
  sessionId: string
  /** 未点名, 点名中 or 已点名. */
  callState: SessionCallState
  /** Students on the register. */
  expected: number
  /** Known to have attended (marked, or unmarked in an 已点名 session). */
  attended: number
  /** Students whose attendance is unknown (unmarked, no leave, session not 已点名). */
  uncalled: number
  /** attended / expected, 0..1; null with no students or when the session is not 已点名. */
  rate: number | null
  counts: Record<AttendanceStatusCode, number>
}

/** A register column: the session's timing and its recorded roll-call state (none: not called). */
export type RegisterSession = SessionTiming & { callState?: SessionCallState | null | undefined }

export interface AttendanceRegister {
  rows: StudentRegisterRow[]
  sessions: SessionAttendance[]
  conflicts: RegisterConflict[]
}

interface ClassContext {
  /** Register columns, in order. */
  sessions: readonly RegisterSession[]
  totalHours: Hours
  noLeaveClass: boolean
  now?: LocalDateTime
  settings?: LeaveRuleSettings
  /** For labels in messages; the defaults when omitted. */
  statuses?: readonly AttendanceStatus[]
}

export interface RegisterInput extends ClassContext {
  /** Register rows, in order. */
  enrollmentIds: readonly string[]
  marks: readonly AttendanceMarkFields[]
  requests: readonly LeaveRequest[]
  leftSchool?: readonly { enrollmentId: string; at: LocalDateTime; note: string }[]
  criticisms?: readonly { enrollmentId: string; at: LocalDateTime }[]
}

export interface StudentRegisterInput extends ClassContext {
  enrollmentId: string
  /** This student's marks and requests. */
  marks: readonly AttendanceMarkFields[]
  requests: readonly LeaveRequest[]
  leftSchool?: readonly { at: LocalDateTime; note: string }[]
  criticisms?: readonly LocalDateTime[]
}

function zeroCounts(): Record<AttendanceStatusCode, number> {
  return Object.fromEntries(ATTENDANCE_STATUS_CODES.map((c) => [c, 0])) as Record<
    AttendanceStatusCode,
    number
  >
}

/** One student's row; the roll call recomputes just this after a key press. */
export function studentRegisterRow(input: StudentRegisterInput): StudentRegisterRow {
  const statuses = input.statuses ?? resolveStatuses()
  const label = (c: AttendanceStatusCode) => statuses.find((s) => s.code === c)?.label ?? c
  const standing = leaveStanding(input, input.settings ?? DEFAULT_LEAVE_RULE_SETTINGS)

  const byType = approvedCoverageByType(input.requests, input.sessions)
  const leaveAt = new Map<string, { types: LeaveType[]; parts: SessionCoverage[] }>()
  for (const type of LEAVE_TYPE_CODES) {
    for (const c of byType[type].sessions) {
      const entry = leaveAt.get(c.sessionId) ?? { types: [], parts: [] }
      entry.types.push(type)
      entry.parts.push(c)
      leaveAt.set(c.sessionId, entry)
    }
  }
  const markAt = new Map(input.marks.map((m) => [m.sessionId, m]))

  const counts = zeroCounts()
  const cells: RegisterCell[] = []
  const conflicts: RegisterConflict[] = []
  let lateMinutes = 0
  let leftEarlyMinutes = 0
  let attended = 0
  let calledSessions = 0
  for (const s of input.sessions) {
    const called = s.callState === 'called'
    const mark = markAt.get(s.id)
    const covered = leaveAt.get(s.id)
    const leave = covered
      ? {
          types: covered.types,
          hours: sumHours(covered.parts.map((p) => p.hours)),
          full: covered.parts.reduce((n, p) => n + p.overlapMinutes, 0) === covered.parts[0]?.sessionMinutes,
        }
      : null
    const firstType = covered?.types[0]
    const status: AttendanceStatusCode =
      mark?.status ?? (firstType ? statusForLeaveType(firstType) : 'present')

    let conflict: RegisterConflict | null = null
    if (mark && leave) {
      const fits = leave.types.map(statusForLeaveType)
      if (!leave.full) fits.push('late', 'leftEarly')
      if (!fits.includes(mark.status)) {
        const what = leave.types.map(leaveTypeLabel).join('、')
        conflict = {
          kind: 'markOnLeave',
          enrollmentId: input.enrollmentId,
          sessionId: s.id,
          message: `标记为“${label(mark.status)}”，但该课程在已批准的${what}请假内`,
        }
      }
    } else if (mark && leaveTypeOfStatus(mark.status)) {
      conflict = {
        kind: 'leaveWithoutApproval',
        enrollmentId: input.enrollmentId,
        sessionId: s.id,
        message: `标记为“${label(mark.status)}”，但没有已批准的请假单`,
      }
    }
    if (conflict) conflicts.push(conflict)

    const uncalled = !called && !mark && !leave
    if (!uncalled) counts[status] += 1
    if (called) {
      calledSessions += 1
      if (countsAsAttended(status)) attended += 1
    }
    if (mark?.status === 'late') lateMinutes += mark.minutes ?? 0
    if (mark?.status === 'leftEarly') leftEarlyMinutes += mark.minutes ?? 0
    cells.push({
      sessionId: s.id,
      status,
      marked: !!mark,
      uncalled,
      minutes: mark?.minutes ?? null,
      note: mark?.note ?? '',
      leave,
      conflict,
    })
  }

  const absentHours = sumHours(
    standing.unapproved.incidents.map((i) => (i.kind === 'absent' ? i.hours : ZERO_HOURS)),
  )
  const leaveHours = Object.fromEntries(LEAVE_TYPE_CODES.map((t) => [t, byType[t].hours])) as Record<
    LeaveType,
    Hours
  >
  return {
    enrollmentId: input.enrollmentId,
    cells,
    attended,
    calledSessions,
    counts,
    lateMinutes,
    leftEarlyMinutes,
    leaveHours,
    absentHours,
    overstayHours: subHours(standing.unapproved.hours, absentHours),
    standing,
    conflicts,
  }
}

function groupBy<T extends { enrollmentId: string }>(list: readonly T[] | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list ?? []) {
    const g = out.get(x.enrollmentId)
    if (g) g.push(x)
    else out.set(x.enrollmentId, [x])
  }
  return out
}

/** The whole class's register. */
export function attendanceRegister(input: RegisterInput): AttendanceRegister {
  const marks = groupBy(input.marks)
  const requests = groupBy(input.requests)
  const leftSchool = groupBy(input.leftSchool)
  const criticisms = groupBy(input.criticisms)
  const rows = input.enrollmentIds.map((enrollmentId) =>
    studentRegisterRow({
      ...input,
      enrollmentId,
      marks: marks.get(enrollmentId) ?? [],
      requests: requests.get(enrollmentId) ?? [],
      leftSchool: leftSchool.get(enrollmentId) ?? [],
      criticisms: (criticisms.get(enrollmentId) ?? []).map((c) => c.at),
    }),
  )
  return { rows, sessions: sessionTotals(input.sessions, rows), conflicts: rows.flatMap((r) => r.conflicts) }
}

/**
 * Per session: its roll-call state, students expected, attended, unknown, and counts per status
 * (one count for the register, its cache and the sheets). The rate is only given for 已点名
 * sessions: elsewhere the unmarked students are unknown, not present.
 */
export function sessionTotals(
  sessions: readonly RegisterSession[],
  rows: readonly StudentRegisterRow[],
): SessionAttendance[] {
  return sessions.map((s, i): SessionAttendance => {
    const counts = zeroCounts()
    let uncalled = 0
    let anyMark = false
    for (const r of rows) {
      const cell = r.cells[i]
      if (!cell) continue
      if (cell.marked) anyMark = true
      if (cell.uncalled) uncalled += 1
      else counts[cell.status] += 1
    }
    const callState = sessionCallState(s.callState, anyMark)
    const attended = ATTENDANCE_STATUS_CODES.filter(countsAsAttended).reduce((n, c) => n + counts[c], 0)
    const expected = rows.length
    const rate = callState === 'called' && expected ? attended / expected : null
    return { sessionId: s.id, callState, expected, attended, uncalled, rate, counts }
  })
}
