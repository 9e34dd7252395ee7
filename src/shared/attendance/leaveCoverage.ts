import { hoursOf, sumHours, ZERO_HOURS, type Hours } from '../plan/hours'
import { sessionHours, sessionSpan, type SessionTiming } from '../plan/session'
import {
  leaveSpan,
  LEAVE_TYPE_CODES,
  type LeaveRequestFields,
  type LeaveType,
  type MinuteSpan,
} from './leaveRequest'

/**
 * Which sessions a leave covers, and how many class hours (学时) that is.
 *
 * Leave is counted in the plan's class hours, not clock hours: the limit is 1/7 of 总学时
 * (seed 000 附2 第九条), and nights, weekends and breaks between sessions cost nothing.
 * A session is covered when the leave overlaps its span at all; a partly covered session counts
 * the share of its hours that the overlap is of its length, exactly (30 of a 150-minute,
 * 3-学时 session is 3/5 学时). Several requests count as the union of their spans, so
 * overlapping requests are never counted twice and never cancel each other out.
 */

/** Sorted, non-overlapping, non-touching spans covering the same minutes as `spans`. */
export function unionSpans(spans: readonly MinuteSpan[]): MinuteSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const out: MinuteSpan[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}

/** The minutes of `spans` not in `minus`. */
export function subtractSpans(spans: readonly MinuteSpan[], minus: readonly MinuteSpan[]): MinuteSpan[] {
  const cut = unionSpans(minus)
  const out: MinuteSpan[] = []
  for (const s of unionSpans(spans)) {
    let start = s.start
    for (const c of cut) {
      if (c.end <= start || c.start >= s.end) continue
      if (c.start > start) out.push({ start, end: c.start })
      start = Math.max(start, c.end)
    }
    if (start < s.end) out.push({ start, end: s.end })
  }
  return out
}

/** Minutes of overlap between a span and a union of spans. */
export function overlapMinutes(span: MinuteSpan, spans: readonly MinuteSpan[]): number {
  let total = 0
  for (const s of spans) total += Math.max(0, Math.min(span.end, s.end) - Math.max(span.start, s.start))
  return total
}

/**
 * A session's span and exact hours, remembered per session object: the register asks for them
 * once per student and rule (200 students × 80 sessions × several passes), and parsing dates and
 * decimals each time is most of the work. The entry is checked against the fields, so an object
 * edited in place is never served stale.
 */
const timings = new WeakMap<SessionTiming, { of: SessionTiming; span: MinuteSpan; hours: Hours }>()

export function sessionTiming(s: SessionTiming): { span: MinuteSpan; hours: Hours } {
  const known = timings.get(s)
  if (
    known &&
    known.of.date === s.date &&
    known.of.start === s.start &&
    known.of.end === s.end &&
    known.of.hours === s.hours
  ) {
    return known
  }
  const fresh = { of: { ...s }, span: sessionSpan(s), hours: sessionHours(s) }
  timings.set(s, fresh)
  return fresh
}

export interface SessionCoverage {
  sessionId: string
  /** Minutes of the session inside the leave. */
  overlapMinutes: number
  sessionMinutes: number
  /** The session's class hours × overlap / length, exactly. */
  hours: Hours
  /** The whole session is covered. */
  full: boolean
}

export interface Coverage {
  sessions: SessionCoverage[]
  hours: Hours
}

/** The sessions `spans` touch, with the class hours covered (spans are united first). */
export function coverageOf(spans: readonly MinuteSpan[], sessions: readonly SessionTiming[]): Coverage {
  const united = unionSpans(spans)
  const covered: SessionCoverage[] = []
  if (united.length === 0) return { sessions: covered, hours: ZERO_HOURS }
  for (const s of sessions) {
    const { span, hours: h } = sessionTiming(s)
    const length = span.end - span.start
    if (length <= 0) continue
    const overlap = overlapMinutes(span, united)
    if (overlap === 0) continue
    covered.push({
      sessionId: s.id,
      overlapMinutes: overlap,
      sessionMinutes: length,
      hours: overlap === length ? h : hoursOf(h.n * BigInt(overlap), h.d * BigInt(length)),
      full: overlap === length,
    })
  }
  return { sessions: covered, hours: sumHours(covered.map((c) => c.hours)) }
}

/** One request's coverage, as its form shows it (only counted requests cover anything). */
export function leaveCoverage(request: LeaveRequestFields, sessions: readonly SessionTiming[]): Coverage {
  const span = leaveSpan(request)
  return span ? coverageOf([span], sessions) : { sessions: [], hours: ZERO_HOURS }
}

/** The union of a student's approved (and returned) requests: what the 1/7 limit counts. */
export function approvedLeaveCoverage(
  requests: readonly LeaveRequestFields[],
  sessions: readonly SessionTiming[],
): Coverage {
  return coverageOf(approvedSpans(requests), sessions)
}

export function approvedSpans(requests: readonly LeaveRequestFields[]): MinuteSpan[] {
  return unionSpans(requests.map(leaveSpan).filter((s): s is MinuteSpan => s !== null))
}

/**
 * The union split by type, for the register's 公假/病假/事假 columns. A minute inside requests
 * of two types goes to the first type in the order 因公, 因病, 因私 — official business is not
 * the student's choice — so the columns always add up to the union.
 */
export function approvedSpansByType(
  requests: readonly LeaveRequestFields[],
): Record<LeaveType, MinuteSpan[]> {
  const out = {} as Record<LeaveType, MinuteSpan[]>
  const taken: MinuteSpan[] = []
  for (const type of LEAVE_TYPE_CODES) {
    const own = approvedSpans(requests.filter((r) => r.type === type))
    out[type] = subtractSpans(own, taken)
    taken.push(...out[type])
  }
  return out
}

export function approvedCoverageByType(
  requests: readonly LeaveRequestFields[],
  sessions: readonly SessionTiming[],
): Record<LeaveType, Coverage> {
  const spans = approvedSpansByType(requests)
  const out = {} as Record<LeaveType, Coverage>
  for (const type of LEAVE_TYPE_CODES) out[type] = coverageOf(spans[type], sessions)
  return out
}
