import { isLocalDateTime, minuteOfDateTime, type LocalDateTime } from '../plan/clock'

/**
 * A leave request (请假报告单), after seed 000 附2 第九条 2.请假程序:
 * "学员因公请假，一律由学员所在单位组织（干部）部门出具书面申请，报区委组织部审批。学员因病、因私
 * 需请假的，须填写《学员请假报告单》，并按有关规定履行审批手续。其中因病请假，须持相关医院证明。
 * 请假期满后，学员须向班主任销假。"
 */

export const LEAVE_TYPES = [
  { code: 'official', label: '因公', defaultApprover: '区委组织部' },
  { code: 'sick', label: '因病', defaultApprover: '' },
  { code: 'personal', label: '因私', defaultApprover: '' },
] as const

export type LeaveType = (typeof LEAVE_TYPES)[number]['code']
export const LEAVE_TYPE_CODES = LEAVE_TYPES.map((t) => t.code) as [LeaveType, ...LeaveType[]]

export const LEAVE_REQUEST_STATUSES = [
  { code: 'pending', label: '待审批' },
  { code: 'approved', label: '已批准' },
  { code: 'rejected', label: '未批准' },
  { code: 'returned', label: '已销假' },
] as const

export type LeaveRequestStatus = (typeof LEAVE_REQUEST_STATUSES)[number]['code']

export function leaveTypeLabel(code: LeaveType): string {
  return LEAVE_TYPES.find((t) => t.code === code)?.label ?? code
}

export function leaveRequestStatusLabel(code: LeaveRequestStatus): string {
  return LEAVE_REQUEST_STATUSES.find((s) => s.code === code)?.label ?? code
}

/** 因公 requests go to the district organisation department (第九条 2); others per school rules. */
export function defaultApproverFor(type: LeaveType): string {
  return LEAVE_TYPES.find((t) => t.code === type)?.defaultApprover ?? ''
}

export interface LeaveRequestFields {
  enrollmentId: string
  type: LeaveType
  /** Start of the leave, wall clock. */
  from: LocalDateTime
  /** Approved end of the leave, wall clock. */
  to: LocalDateTime
  reason: string
  approver: string
  status: LeaveRequestStatus
  /** When the student reported back (销假) to the head teacher. */
  returnedAt: LocalDateTime | null
  /** 因公: the unit's organisation (cadre) department's written request has been received. */
  unitRequestNoted: boolean
  /** 因病: the hospital certificate has been seen. */
  hospitalCertificateNoted: boolean
  note: string
}

/** A stored request (sync metadata is added by the repository). */
export interface LeaveRequest extends LeaveRequestFields {
  id: string
}

/** Problems with the request's own data, in Chinese; empty when it can be saved. */
export function leaveRequestProblems(r: LeaveRequestFields): string[] {
  const out: string[] = []
  const fromOk = isLocalDateTime(r.from)
  const toOk = isLocalDateTime(r.to)
  if (!fromOk) out.push('请填写请假开始时间')
  if (!toOk) out.push('请填写请假结束时间')
  if (fromOk && toOk && minuteOfDateTime(r.to) <= minuteOfDateTime(r.from))
    out.push('请假结束时间应晚于开始时间')
  if (!r.reason.trim()) out.push('请填写请假事由')
  if ((r.status === 'approved' || r.status === 'returned') && !r.approver.trim())
    out.push('已批准的请假须填写审批人')
  if (r.status === 'returned') {
    if (!r.returnedAt) out.push('已销假的请假须填写销假时间')
    else if (!isLocalDateTime(r.returnedAt)) out.push('销假时间格式不正确')
    else if (fromOk && minuteOfDateTime(r.returnedAt) < minuteOfDateTime(r.from)) {
      out.push('销假时间不能早于请假开始时间')
    }
  }
  return out
}

/**
 * Documents the seed requires that have not been noted (第九条 2): the unit's written request
 * for 因公, a hospital certificate for 因病. The UI shows these before approval.
 */
export function missingDocuments(
  r: Pick<LeaveRequestFields, 'type' | 'unitRequestNoted' | 'hospitalCertificateNoted'>,
): string[] {
  if (r.type === 'official' && !r.unitRequestNoted) {
    return ['因公请假须由学员所在单位组织（干部）部门出具书面申请，尚未登记']
  }
  if (r.type === 'sick' && !r.hospitalCertificateNoted) return ['因病请假须持相关医院证明，尚未登记']
  return []
}

/** Everything that stands in the way of approving the request. */
export function approvalProblems(r: LeaveRequestFields): string[] {
  return [...leaveRequestProblems({ ...r, status: 'pending' }), ...missingDocuments(r)]
}

/** Only approved leave, returned or not, counts toward the 1/7 limit (第九条 1). */
export function countsTowardLimit(r: Pick<LeaveRequestFields, 'status'>): boolean {
  return r.status === 'approved' || r.status === 'returned'
}

/** A half-open span of minutes on the class's line. */
export interface MinuteSpan {
  start: number
  end: number
}

/**
 * The leave actually taken: from `from` to the approved end, or to 销假 if the student came back
 * early. Null when the request does not count, or its times are malformed.
 */
export function leaveSpan(r: LeaveRequestFields): MinuteSpan | null {
  if (!countsTowardLimit(r) || !isLocalDateTime(r.from) || !isLocalDateTime(r.to)) return null
  const start = minuteOfDateTime(r.from)
  let end = minuteOfDateTime(r.to)
  if (r.status === 'returned' && r.returnedAt && isLocalDateTime(r.returnedAt)) {
    end = Math.min(end, minuteOfDateTime(r.returnedAt))
  }
  return end > start ? { start, end } : null
}

/**
 * 无故超假 (第九条 3(1)): the time between the approved end and a later 销假. Null when the
 * student came back in time or has not reported back yet.
 */
export function overstaySpan(r: LeaveRequestFields): MinuteSpan | null {
  if (r.status !== 'returned' || !r.returnedAt || !isLocalDateTime(r.returnedAt) || !isLocalDateTime(r.to)) {
    return null
  }
  const start = minuteOfDateTime(r.to)
  const end = minuteOfDateTime(r.returnedAt)
  return end > start ? { start, end } : null
}

/** Approved leave whose end has passed without 销假: the head teacher should follow up. */
export function isReturnOverdue(r: LeaveRequestFields, now: LocalDateTime): boolean {
  return r.status === 'approved' && isLocalDateTime(r.to) && minuteOfDateTime(now) > minuteOfDateTime(r.to)
}
