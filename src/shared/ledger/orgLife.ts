import type { LeaveRequest } from '../attendance/leaveRequest'
import type { AttendanceMarkFields } from '../attendance/mark'
import { studentRegisterRow, type RegisterCell, type RegisterSession } from '../attendance/register'
import { countsAsAttended, leaveTypeOfStatus } from '../attendance/status'
import type { Hours } from '../plan/hours'

/**
 * Scheme 2's 党小组活动与组织生活 read from the class's own sessions and attendance (seed 004 办法二
 * 第二条: "参加党小组活动 … 定期过组织生活,除特殊情况以外,不得缺席"; seed 000 附2 第二十三条 3:
 * 专题组织生活会, 党性分析), so the branch never types twice what the roll call already knows.
 *
 * - The sessions that count are the class's teaching-plan sessions whose form is 党性分析 or whose
 *   topic names a 党小组 / 组织生活 / 党性分析 activity.
 * - Only sessions whose roll call was completed (已点名) count, as in the attendance register
 *   (shared/attendance/sessionCall.ts); each cell's status is the register's own (marks, approved
 *   leave, present by default in a called session).
 * - 出席: 出勤, 迟到, 早退 (the register's `attended`). 请假: approved leave covering the session —
 *   the seed's 特殊情况, excused. Anything else (旷课, leave marked without approval) is 缺席.
 * - The item is met once at least one such session was held and the member missed none
 *   (不得缺席); in progress while some were attended and one was missed; missing when none attended.
 */

export interface OrgLifeSessionLike {
  topic: string
  form: string
}

const ORG_LIFE_WORDS = ['党小组', '组织生活', '党性分析'] as const

export function isOrgLifeSession(s: OrgLifeSessionLike): boolean {
  const topic = s.topic.replace(/[\s\u3000]+/g, '')
  return s.form === 'partySpiritAnalysis' || ORG_LIFE_WORDS.some((w) => topic.includes(w))
}

export interface OrgLifeAttendance {
  /** Org-life sessions in the class's plan, called or not. */
  planned: number
  /** Of those, sessions whose roll call was completed (已点名): what the counts are out of. */
  held: number
  attended: number
  /** Approved leave (特殊情况). */
  excused: number
  /** 旷课 or leave without approval. */
  missed: number
  /** The held sessions with the member's outcome, in plan order, so every figure traces to a session. */
  sessions: { sessionId: string; outcome: 'attended' | 'excused' | 'missed' }[]
  state: 'met' | 'inProgress' | 'missing'
}

/** One member's outcome over the class's org-life sessions, from that student's register cells. */
export function orgLifeFromCells(
  sessions: readonly (OrgLifeSessionLike & Pick<RegisterSession, 'id' | 'callState'>)[],
  cells: readonly Pick<RegisterCell, 'sessionId' | 'status' | 'leave'>[],
): OrgLifeAttendance {
  const cellAt = new Map(cells.map((c) => [c.sessionId, c]))
  const orgLife = sessions.filter(isOrgLifeSession)
  const out: OrgLifeAttendance['sessions'] = []
  for (const s of orgLife) {
    if (s.callState !== 'called') continue
    const cell = cellAt.get(s.id)
    // A called session without a cell: the student was present (only exceptions are stored).
    const status = cell?.status ?? 'present'
    const outcome = countsAsAttended(status)
      ? 'attended'
      : cell?.leave && leaveTypeOfStatus(status)
        ? 'excused'
        : 'missed'
    out.push({ sessionId: s.id, outcome })
  }
  const count = (o: 'attended' | 'excused' | 'missed') => out.filter((x) => x.outcome === o).length
  const attended = count('attended')
  const missed = count('missed')
  const state = attended === 0 ? 'missing' : missed === 0 ? 'met' : 'inProgress'
  return {
    planned: orgLife.length,
    held: out.length,
    attended,
    excused: count('excused'),
    missed,
    sessions: out,
    state,
  }
}

/** "来自考勤：3 次中出席 2 次（请假 1 次）", as the member page, the branch view and the prints say it. */
export function orgLifeSummary(a: OrgLifeAttendance): string {
  if (a.held === 0) return `来自考勤：${a.planned} 次组织生活均未点名`
  const extra = [a.excused ? `请假 ${a.excused} 次` : '', a.missed ? `缺席 ${a.missed} 次` : '']
    .filter(Boolean)
    .join('，')
  const notCalled = a.planned - a.held
  return `来自考勤：${a.held} 次中出席 ${a.attended} 次${extra ? `（${extra}）` : ''}${notCalled ? `；另有 ${notCalled} 次未点名` : ''}`
}

export interface ClassOrgLifeInput {
  sessions: readonly (RegisterSession & OrgLifeSessionLike)[]
  /** The class's students on the register, with the Person each is. */
  students: readonly { enrollmentId: string; personId: string }[]
  marks: readonly AttendanceMarkFields[]
  requests: readonly LeaveRequest[]
  /** Only for the register row's leave standing, which this count does not use. */
  totalHours: Hours
  noLeaveClass: boolean
}

/**
 * Every student's org-life attendance, by Person id; null when the class's plan has no org-life
 * session (the branch then records 党小组活动与组织生活 by hand).
 */
export function classOrgLife(input: ClassOrgLifeInput): Map<string, OrgLifeAttendance> | null {
  const sessions = input.sessions.filter(isOrgLifeSession)
  if (sessions.length === 0) return null
  const marks = groupBy(input.marks)
  const requests = groupBy(input.requests)
  const out = new Map<string, OrgLifeAttendance>()
  for (const s of input.students) {
    const row = studentRegisterRow({
      sessions,
      totalHours: input.totalHours,
      noLeaveClass: input.noLeaveClass,
      enrollmentId: s.enrollmentId,
      marks: marks.get(s.enrollmentId) ?? [],
      requests: requests.get(s.enrollmentId) ?? [],
    })
    out.set(s.personId, orgLifeFromCells(sessions, row.cells))
  }
  return out
}

function groupBy<T extends { enrollmentId: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const x of list) {
    const g = out.get(x.enrollmentId)
    if (g) g.push(x)
    else out.set(x.enrollmentId, [x])
  }
  return out
}
