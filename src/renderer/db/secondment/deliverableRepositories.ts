import { ValidationError } from '@shared/validationError'
import { reportCharacters } from '@shared/secondment/deliverables'
import {
  appraisalRecordSchema,
  secondmentTalkRecordSchema,
  type AppraisalFields,
  type DocumentKind,
  type SecondmentDocument,
  type SecondmentTalkFields,
  type SecondmentWorkFields,
} from '@shared/secondment/records'
import { SyncedRepository } from '../core/syncedRepository'
import type { AppraisalRecord, SecondmentTalkRecord, SecondmentWorkRecord } from './secondmentRecords'

/**
 * A student's deliverables (附4 第八条): days of the daily log, and the 三个一. id = enrollment id;
 * each document is its own field, so entering the plan in one office and the report in another
 * keeps both. The character count is computed here from the text (reportCharacters), never typed.
 */
export class SecondmentWorkRepository extends SyncedRepository<SecondmentWorkFields> {
  async listByClass(classId: string): Promise<SecondmentWorkRecord[]> {
    return this.listLiveWhere('classId', classId)
  }

  private async current(classId: string, enrollmentId: string): Promise<SecondmentWorkFields> {
    const r = await this.get(enrollmentId)
    return r && !r.deleted
      ? { classId, enrollmentId, logDays: r.logDays, plan: r.plan, summary: r.summary, report: r.report }
      : { classId, enrollmentId, logDays: null, plan: null, summary: null, report: null }
  }

  async setLogDays(
    classId: string,
    enrollmentId: string,
    days: number | null,
  ): Promise<SecondmentWorkRecord> {
    if (days !== null && (!Number.isInteger(days) || days < 0 || days > 366))
      throw new ValidationError({ logDays: '日志天数应为 0–366 的整数' })
    return this.put(enrollmentId, { ...(await this.current(classId, enrollmentId)), logDays: days })
  }

  /** Sets (or with null, clears) one document of the 三个一. */
  async setDocument(
    classId: string,
    enrollmentId: string,
    kind: DocumentKind,
    doc: { text: string; fileName: string; submittedOn: string } | null,
  ): Promise<SecondmentWorkRecord> {
    let value: SecondmentDocument | null = null
    if (doc) {
      if (!doc.text.trim()) throw new ValidationError({ text: '请粘贴正文或选择文本文件' })
      value = { ...doc, characters: reportCharacters(doc.text) }
    }
    return this.put(enrollmentId, { ...(await this.current(classId, enrollmentId)), [kind]: value })
  }
}

/** 谈心谈话 of the host unit's 联络人 with a student (附4 第七条(一): 至少2次). */
export class SecondmentTalkRepository extends SyncedRepository<SecondmentTalkFields> {
  async listByClass(classId: string): Promise<SecondmentTalkRecord[]> {
    return (await this.listLiveWhere('classId', classId)).sort((a, b) => a.date.localeCompare(b.date))
  }

  async record(fields: SecondmentTalkFields): Promise<SecondmentTalkRecord> {
    const r = secondmentTalkRecordSchema.safeParse(fields)
    if (!r.success) throw ValidationError.fromZod(r.error)
    return this.create({ ...r.data, who: r.data.who.trim(), note: r.data.note.trim() })
  }
}

/** 挂职锻炼鉴定 per student (附4 第九条(二)); id = enrollment id. */
export class AppraisalRepository extends SyncedRepository<AppraisalFields> {
  async listByClass(classId: string): Promise<AppraisalRecord[]> {
    return this.listLiveWhere('classId', classId)
  }

  async save(fields: AppraisalFields): Promise<AppraisalRecord> {
    const r = appraisalRecordSchema.safeParse(fields)
    if (!r.success) throw ValidationError.fromZod(r.error)
    if (r.data.grade && !r.data.appraisedOn)
      throw new ValidationError({ appraisedOn: '评定等次时请填写鉴定日期' })
    return this.put(fields.enrollmentId, r.data)
  }
}
