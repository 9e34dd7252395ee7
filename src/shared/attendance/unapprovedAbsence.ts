import { minuteOfDateTime, type LocalDateTime } from '../plan/clock'
import { compareHours, ZERO_HOURS, type Hours } from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import { approvedSpans, coverageOf, sessionTiming, subtractSpans, unionSpans } from './leaveCoverage'
import { overstaySpan, type LeaveRequest, type MinuteSpan } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'

/**
 * Unapproved absence, after seed 000 附2 第九条:
 *   1. "未经批准擅自离校的，责令退学。"
 *   3. 在校学员有下列情况之一者，应作退学处理：
 *      (1) "未经请假、请假未准而擅自离校或无故超假，经批评教育仍不能纠正者"
 *
 * An incident is 旷课 (a session marked absent, less any part covered by approved leave),
 * 无故超假 (sessions between the approved end of a leave and a later 销假), or 擅自离校 (left
 * the school without leave, recorded by the head teacher even outside sessions).
 *
 * By default the school follows 3(1): the first incident calls for 批评教育; any incident after a
 * recorded criticism means 应作退学处理. A school may instead flag at once (`afterCriticismOnly:
 * false`, as 1. reads alone), and may tolerate some hours of absence before flagging.
 */

export interface UnapprovedAbsenceSettings {
  /** Only incidents after a recorded 批评教育 count toward withdrawal (第九条 3(1)). */
  afterCriticismOnly: boolean
  /** Class hours of counted 旷课/超假 tolerated; more is flagged. 擅自离校 is never tolerated. */
  toleratedHours: Hours
}

export const DEFAULT_UNAPPROVED_ABSENCE_SETTINGS: UnapprovedAbsenceSettings = {
  afterCriticismOnly: true,
  toleratedHours: ZERO_HOURS,
}

export type UnapprovedIncident =
  | { kind: 'absent'; sessionId: string; at: number; hours: Hours }
  | { kind: 'overstay'; requestId: string; at: number; sessionIds: string[]; hours: Hours }
  | { kind: 'leftSchool'; at: number; note: string }

export type UnapprovedLevel = 'none' | 'needsCriticism' | 'withdraw'

export interface UnapprovedAbsenceResult {
  /** In time order. */
  incidents: UnapprovedIncident[]
  /** Class hours of 旷课 and 超假 together, each minute once. */
  hours: Hours
  /** The part that counts toward withdrawal under the settings. */
  countedHours: Hours
  level: UnapprovedLevel
}

export interface UnapprovedAbsenceInput {
  sessions: readonly SessionTiming[]
  /** This student's marks. */
  marks: readonly AttendanceMarkFields[]
  /** This student's leave requests. */
  requests: readonly LeaveRequest[]
  /** 擅自离校 the head teacher has recorded. */
  leftSchool?: readonly { at: LocalDateTime; note: string }[]
  /** When the student was criticised (批评教育) for unapproved absence. */
  criticisms?: readonly LocalDateTime[]
}

export function unapprovedAbsence(
  input: UnapprovedAbsenceInput,
  settings: UnapprovedAbsenceSettings = DEFAULT_UNAPPROVED_ABSENCE_SETTINGS,
): UnapprovedAbsenceResult {
  const approved = approvedSpans(input.requests)
  const byId = new Map(input.sessions.map((s) => [s.id, s]))
  const incidents: UnapprovedIncident[] = []
  const spans: MinuteSpan[] = []

  for (const m of input.marks) {
    const s = m.status === 'absent' ? byId.get(m.sessionId) : undefined
    if (!s) continue
    const { span } = sessionTiming(s)
    const open = subtractSpans([span], approved)
    if (open.length === 0) continue // wholly on approved leave: a conflict, not an absence
    spans.push(...open)
    incidents.push({ kind: 'absent', sessionId: s.id, at: span.start, hours: coverageOf(open, [s]).hours })
  }
  for (const r of input.requests) {
    const over = overstaySpan(r)
    if (!over) continue
    const open = subtractSpans([over], approved)
    spans.push(...open)
    const c = coverageOf(open, input.sessions)
    incidents.push({
      kind: 'overstay',
      requestId: r.id,
      at: over.start,
      sessionIds: c.sessions.map((x) => x.sessionId),
      hours: c.hours,
    })
  }
  for (const l of input.leftSchool ?? [])
    incidents.push({ kind: 'leftSchool', at: minuteOfDateTime(l.at), note: l.note })
  incidents.sort((a, b) => a.at - b.at)

  const all = unionSpans(spans)
  const criticisms = (input.criticisms ?? []).map(minuteOfDateTime).sort((a, b) => a - b)
  const firstCriticism = criticisms[0]
  const lastCriticism = criticisms[criticisms.length - 1]
  const countFrom = settings.afterCriticismOnly ? (firstCriticism ?? Infinity) : -Infinity
  const counted = all
    .map((s) => ({ start: Math.max(s.start, countFrom), end: s.end }))
    .filter((s) => s.end > s.start)
  const countedHours = coverageOf(counted, input.sessions).hours
  const leftSchoolCounted = incidents.some((i) => i.kind === 'leftSchool' && i.at >= countFrom)

  let level: UnapprovedLevel = 'none'
  if (leftSchoolCounted || compareHours(countedHours, settings.toleratedHours) > 0) level = 'withdraw'
  else if (incidents.some((i) => lastCriticism === undefined || i.at >= lastCriticism))
    level = 'needsCriticism'

  return { incidents, hours: coverageOf(all, input.sessions).hours, countedHours, level }
}
