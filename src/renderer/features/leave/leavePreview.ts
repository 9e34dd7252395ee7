import { approvedLeaveCoverage, leaveCoverage, type Coverage } from '@shared/attendance/leaveCoverage'
import { leaveLevelMessage, leaveMeter, type LeaveMeter } from '@shared/attendance/leaveLimit'
import { missingDocuments, type LeaveRequest, type LeaveRequestFields } from '@shared/attendance/leaveRequest'
import type { AttendanceMarkFields } from '@shared/attendance/mark'
import { statusForLeaveType, type AttendanceStatusCode } from '@shared/attendance/status'
import type { UnapprovedIncident } from '@shared/attendance/unapprovedAbsence'
import { dateTimeOfMinute, isLocalDateTime } from '@shared/plan/clock'
import { formatHours, type Hours } from '@shared/plan/hours'
import type { SessionTiming } from '@shared/plan/session'
import { fullDate } from '@shared/plan/sessionFormat'

/**
 * What the leave form shows while it is filled in: which sessions the request covers and how
 * many class hours that is, where the student's meter would stand once it is approved, the
 * documents still missing, and attendance marks that would contradict it.
 */
export interface LeavePreview {
  /** The sessions the request covers, as if approved (a pending request covers nothing yet). */
  coverage: Coverage
  /** The student's meter with this request approved, the others as they are. */
  meterIfApproved: LeaveMeter
  message: string
  missing: string[]
  /** Marks on covered sessions that do not fit this leave. */
  conflicts: { sessionId: string; status: AttendanceStatusCode }[]
}

export function previewLeave(input: {
  request: LeaveRequestFields
  /** The id of the request being edited, so its stored version is replaced, not counted twice. */
  requestId: string | null
  /** The student's other requests. */
  requests: readonly LeaveRequest[]
  marks: readonly AttendanceMarkFields[]
  sessions: readonly SessionTiming[]
  totalHours: Hours
}): LeavePreview {
  const { request } = input
  const valid = isLocalDateTime(request.from) && isLocalDateTime(request.to) && request.to > request.from
  const asApproved: LeaveRequestFields = {
    ...request,
    status: request.status === 'returned' ? 'returned' : 'approved',
  }
  const coverage = valid
    ? leaveCoverage(asApproved, input.sessions)
    : { sessions: [], hours: { n: 0n, d: 1n } }
  const others = input.requests.filter((r) => r.id !== input.requestId)
  const used = valid
    ? approvedLeaveCoverage([...others, { ...asApproved, id: input.requestId ?? 'new' }], input.sessions)
        .hours
    : approvedLeaveCoverage(others, input.sessions).hours
  const meterIfApproved = leaveMeter(used, input.totalHours)
  const fits = statusForLeaveType(request.type)
  const conflicts = coverage.sessions.flatMap((c) => {
    const mark = input.marks.find((m) => m.sessionId === c.sessionId)
    if (!mark) return []
    const ok = mark.status === fits || (!c.full && (mark.status === 'late' || mark.status === 'leftEarly'))
    return ok ? [] : [{ sessionId: c.sessionId, status: mark.status }]
  })
  return {
    coverage,
    meterIfApproved,
    message: leaveLevelMessage(meterIfApproved),
    missing: missingDocuments(request),
    conflicts,
  }
}

/** One line per incident for the withdrawal report: '9月9日 09:00 旷课（3学时）'. */
export function incidentLines(
  incidents: readonly UnapprovedIncident[],
  sessionName: (sessionId: string) => string,
): string[] {
  return incidents.map((i) => {
    if (i.kind === 'absent') return `${sessionName(i.sessionId)}旷课（${formatHours(i.hours)}学时）`
    if (i.kind === 'overstay') return `${dayTime(i.at)}请假期满未按时销假，超假${formatHours(i.hours)}学时`
    return `${dayTime(i.at)}擅自离校${i.note ? `（${i.note}）` : ''}`
  })
}

function dayTime(minute: number): string {
  const [d = '', t = ''] = dateTimeOfMinute(minute).split('T')
  return `${fullDate(d)}${t}`
}
