import type { Hours } from '../plan/hours'
import type { LocalDateTime } from '../plan/clock'
import type { LeaveRuleSettings } from './leaveLimit'
import type { LeaveRequest } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'
import {
  sessionTotals,
  studentRegisterRow,
  type AttendanceRegister,
  type RegisterSession,
  type StudentRegisterRow,
} from './register'
import type { AttendanceStatus } from './status'

/**
 * The class register, kept up to date one student at a time.
 *
 * A key press in the roll call or the grid changes one student's marks. Recomputing the whole
 * register (200 students × 80 sessions, exact fractions, leave unions) for that is wasted work;
 * this cache recomputes only the rows whose inputs changed, then recounts the per-session totals.
 * Inputs are compared by content, so fresh arrays from a live query for unchanged students cost a
 * string comparison each. Everything else about the class (sessions, total hours, settings)
 * (a session's roll-call state among them) invalidates all rows. Pure TypeScript: the benchmark measures exactly this code.
 */
export interface RegisterSources {
  /** Columns, in order. */
  sessions: readonly RegisterSession[]
  /** Rows, in order. */
  enrollmentIds: readonly string[]
  marks: readonly AttendanceMarkFields[]
  requests: readonly LeaveRequest[]
  leftSchool: readonly { enrollmentId: string; at: LocalDateTime; note: string }[]
  criticisms: readonly { enrollmentId: string; at: LocalDateTime }[]
  totalHours: Hours
  noLeaveClass: boolean
  now?: LocalDateTime
  settings?: LeaveRuleSettings
  statuses?: readonly AttendanceStatus[]
}

interface StudentInputs {
  marks: AttendanceMarkFields[]
  requests: LeaveRequest[]
  leftSchool: { at: LocalDateTime; note: string }[]
  criticisms: LocalDateTime[]
}

export class RegisterCache {
  private contextKey = ''
  private settings: unknown
  private statuses: unknown
  private readonly rows = new Map<string, { signature: string; row: StudentRegisterRow }>()
  /** Rows recomputed by the last `compute`, for tests and the benchmark. */
  lastRecomputed = 0

  compute(src: RegisterSources): AttendanceRegister {
    const key = contextKey(src)
    if (key !== this.contextKey || src.settings !== this.settings || src.statuses !== this.statuses) {
      this.rows.clear()
      this.contextKey = key
      this.settings = src.settings
      this.statuses = src.statuses
    }
    const byStudent = groupSources(src)
    this.lastRecomputed = 0
    const rows: StudentRegisterRow[] = []
    const live = new Set<string>()
    for (const enrollmentId of src.enrollmentIds) {
      live.add(enrollmentId)
      const own = byStudent.get(enrollmentId) ?? EMPTY
      const signature = studentSignature(own)
      const cached = this.rows.get(enrollmentId)
      if (cached && cached.signature === signature) {
        rows.push(cached.row)
        continue
      }
      const row = studentRegisterRow({
        enrollmentId,
        sessions: src.sessions,
        totalHours: src.totalHours,
        noLeaveClass: src.noLeaveClass,
        ...(src.now !== undefined ? { now: src.now } : {}),
        ...(src.settings ? { settings: src.settings } : {}),
        ...(src.statuses ? { statuses: src.statuses } : {}),
        marks: own.marks,
        requests: own.requests,
        leftSchool: own.leftSchool,
        criticisms: own.criticisms,
      })
      this.rows.set(enrollmentId, { signature, row })
      this.lastRecomputed += 1
      rows.push(row)
    }
    for (const id of this.rows.keys()) if (!live.has(id)) this.rows.delete(id)
    return {
      rows,
      sessions: sessionTotals(src.sessions, rows),
      conflicts: rows.flatMap((r) => r.conflicts),
    }
  }
}

const EMPTY: StudentInputs = { marks: [], requests: [], leftSchool: [], criticisms: [] }

function contextKey(src: RegisterSources): string {
  const sessions = src.sessions
    .map((s) => `${s.id}@${s.date}T${s.start}-${s.end}:${s.hours}:${s.callState ?? ''}`)
    .join(',')
  return `${sessions}|${src.totalHours.n}/${src.totalHours.d}|${src.noLeaveClass}|${src.now ?? ''}`
}

function groupSources(src: RegisterSources): Map<string, StudentInputs> {
  const out = new Map<string, StudentInputs>()
  const of = (id: string) => {
    let g = out.get(id)
    if (!g) out.set(id, (g = { marks: [], requests: [], leftSchool: [], criticisms: [] }))
    return g
  }
  for (const m of src.marks) of(m.enrollmentId).marks.push(m)
  for (const r of src.requests) of(r.enrollmentId).requests.push(r)
  for (const l of src.leftSchool) of(l.enrollmentId).leftSchool.push({ at: l.at, note: l.note })
  for (const c of src.criticisms) of(c.enrollmentId).criticisms.push(c.at)
  return out
}

/** Everything of a student's inputs that the rules read, as one string. */
function studentSignature(s: StudentInputs): string {
  const parts: string[] = []
  for (const m of s.marks) parts.push(`m${m.sessionId}|${m.status}|${m.minutes ?? ''}|${m.note}`)
  for (const r of s.requests)
    parts.push(
      `r${r.id}|${r.type}|${r.from}|${r.to}|${r.status}|${r.returnedAt ?? ''}|${r.unitRequestNoted}|${r.hospitalCertificateNoted}`,
    )
  for (const l of s.leftSchool) parts.push(`l${l.at}|${l.note}`)
  for (const c of s.criticisms) parts.push(`c${c}`)
  return parts.sort().join('\n')
}
