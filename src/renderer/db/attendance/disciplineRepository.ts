import { isLocalDateTime } from '@shared/plan/clock'
import type { DisciplineEventFields, DisciplineEventRecord } from './attendanceRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

/**
 * Facts the leave rules weigh besides marks and requests (seed 000 附2 第九条 3(1)): a recorded
 * 批评教育 (after which further unapproved absence means 应作退学处理), and 擅自离校.
 */
export class DisciplineRepository extends SyncedRepository<DisciplineEventFields> {
  async listByClass(classId: string): Promise<DisciplineEventRecord[]> {
    return (await this.listLiveWhere('classId', classId)).sort((a, b) => a.at.localeCompare(b.at))
  }

  async record(fields: DisciplineEventFields): Promise<DisciplineEventRecord> {
    const problems: Record<string, string> = {}
    if (!fields.enrollmentId) problems.enrollmentId = '请选择学员'
    if (fields.kind !== 'criticism' && fields.kind !== 'leftSchool') problems.kind = '请选择记录类型'
    if (!isLocalDateTime(fields.at)) problems.at = '请填写时间'
    if (fields.note.length > 500) problems.note = '说明不能超过 500 个字'
    if (Object.keys(problems).length > 0) throw new ValidationError(problems)
    return this.create({ ...fields, note: fields.note.trim() })
  }
}
