import {
  LEAVE_TYPE_CODES,
  leaveRequestProblems,
  type LeaveRequestFields,
  type LeaveRequestStatus,
} from '@shared/attendance/leaveRequest'
import type { LocalDateTime } from '@shared/plan/clock'
import type { LeaveRequestRecord } from './attendanceRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

export type LeaveRequestStored = LeaveRequestFields & { classId: string }

/**
 * Leave requests (请假报告单), seed 000 附2 第九条 2. A request is checked with the shared rules
 * before every write. Missing documents (因公: the unit's written request; 因病: a hospital
 * certificate) do not block approval — a certificate often follows a sick day — but are flagged
 * until noted (docs/leave-rules.md §11).
 */
export class LeaveRepository extends SyncedRepository<LeaveRequestStored> {
  async listByClass(classId: string): Promise<LeaveRequestRecord[]> {
    return (await this.listLiveWhere('classId', classId)).sort((a, b) => a.from.localeCompare(b.from))
  }

  async createRequest(classId: string, fields: LeaveRequestFields): Promise<LeaveRequestRecord> {
    return this.create({ ...check(fields), classId })
  }

  async updateRequest(id: string, fields: LeaveRequestFields): Promise<LeaveRequestRecord> {
    return this.update(id, check(fields))
  }

  /** 审批: approve (with the approver's name) or reject. */
  async decide(id: string, status: 'approved' | 'rejected', approver: string): Promise<LeaveRequestRecord> {
    const current = await this.get(id)
    if (!current || current.deleted) throw new Error('请假单不存在或已删除')
    return this.updateRequest(id, { ...fieldsOf(current), status, approver: approver.trim() })
  }

  /** 销假: the student reported back at `at`. */
  async recordReturn(id: string, at: LocalDateTime): Promise<LeaveRequestRecord> {
    const current = await this.get(id)
    if (!current || current.deleted) throw new Error('请假单不存在或已删除')
    return this.updateRequest(id, { ...fieldsOf(current), status: 'returned', returnedAt: at })
  }
}

const STATUSES: readonly LeaveRequestStatus[] = ['pending', 'approved', 'rejected', 'returned']

/** Refuses what the rules refuse, with every reason in Chinese. */
function check(fields: LeaveRequestFields): LeaveRequestFields {
  const clean: LeaveRequestFields = {
    ...fields,
    reason: fields.reason.trim(),
    approver: fields.approver.trim(),
    note: fields.note.trim(),
    returnedAt: fields.status === 'returned' ? fields.returnedAt : fields.returnedAt || null,
  }
  const problems: Record<string, string> = {}
  if (!clean.enrollmentId) problems.enrollmentId = '请选择学员'
  if (!LEAVE_TYPE_CODES.includes(clean.type)) problems.type = '请选择请假类型'
  if (!STATUSES.includes(clean.status)) problems.status = '请选择审批状态'
  leaveRequestProblems(clean).forEach((message, i) => (problems[`rule${i}`] = message))
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  return clean
}

/** The request's own fields, without class or sync metadata. */
export function fieldsOf(r: LeaveRequestRecord): LeaveRequestFields {
  return {
    enrollmentId: r.enrollmentId,
    type: r.type,
    from: r.from,
    to: r.to,
    reason: r.reason,
    approver: r.approver,
    status: r.status,
    returnedAt: r.returnedAt,
    unitRequestNoted: r.unitRequestNoted,
    hospitalCertificateNoted: r.hospitalCertificateNoted,
    note: r.note,
  }
}
