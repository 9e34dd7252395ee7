import { ulid } from 'ulid'
import type { Synced } from '@shared/sync/record'
import { ValidationError } from '@shared/validationError'
import { officeCodeProblem, type CertificateFields } from '@shared/assessment/certificateRecord'
import { planIssue, type IssuePlan, type StudentGrade } from '@shared/assessment/certificateIssue'
import type { Grade } from '@shared/assessment/grades'
import { SyncedRepository } from '../core/syncedRepository'
import type { AssessmentRepository } from './assessmentRepository'

export type CertificateRecord = Synced<CertificateFields>

/** This installation's office code (per PC, like its name): `local` key. */
export const OFFICE_CODE_KEY = 'officeCode'

/** The default numbering template: year, class code, office code, sequence. */
export const DEFAULT_NUMBER_TEMPLATE = '{year}{class}-{office}{seq:3}'

export interface IssueRequest {
  classId: string
  template: string
  year: number
  classCode: string
  /** In roster order, with their grades as finalised (定稿). */
  students: readonly StudentGrade[]
  issuedBy: string
}

export interface FinaliseRequest extends Omit<IssueRequest, 'students' | 'issuedBy'> {
  /** Every student with the grade in force (the caller has checked the blockers). */
  grades: readonly { enrollmentId: string; grade: Grade; proposed: Grade | null }[]
  by: string
  /** YYYY-MM-DDTHH:mm */
  at: string
}

export interface ChangeRequest {
  by: string
  reason: string
}

/**
 * 结业证书 and their numbers (issue 13; docs/assessment.md). Numbers are drawn inside one
 * transaction from every certificate this installation knows (planIssue), from this office's own
 * space only, so two offices never make the same number; a number is never reused (voided ones
 * count) and never changes: a reprint prints the stored number. Voiding and reissuing are
 * changes logged on the records themselves (who, when, why).
 */
export class CertificateRepository extends SyncedRepository<CertificateFields> {
  /** A class's certificates, voided ones included (they stay on the record), by number. */
  async listByClass(classId: string): Promise<CertificateRecord[]> {
    return (await this.listLiveWhere('classId', classId)).sort(byNumber)
  }

  /** Every certificate of the school (duplicate numbers are looked for across classes). */
  async listAll(): Promise<CertificateRecord[]> {
    return (await this.listLive()).sort(byNumber)
  }

  async officeCode(): Promise<string> {
    const v = (await this.db.local.get(OFFICE_CODE_KEY))?.value
    return typeof v === 'string' ? v : ''
  }

  /**
   * Sets this office's code. Refused when it is malformed, or when certificates from another
   * installation already carry it (both would then draw from the same space).
   */
  async saveOfficeCode(code: string): Promise<void> {
    const clean = code.trim().toUpperCase()
    const problem = officeCodeProblem(clean)
    if (problem) throw new ValidationError({ officeCode: problem })
    const taken = (await this.table.toArray()).find(
      (c) => c.officeCode === clean && c.replicaId !== this.replica.id,
    )
    if (taken)
      throw new ValidationError({
        officeCode: `代码 ${clean} 已由另一台电脑使用（如证书 ${taken.number}），请换一个本校未用过的代码`,
      })
    await this.db.local.put({ key: OFFICE_CODE_KEY, value: clean })
  }

  /**
   * Numbers every student of the class who earns a certificate and holds none, in one
   * transaction. Refused (nothing written) before the class's assessment is finalised (定稿),
   * without an office code, or with a bad template.
   */
  async issueForClass(req: IssueRequest, now: Date = new Date()): Promise<IssuePlan> {
    let plan: IssuePlan = { ok: false, message: '' }
    await this.db.transaction('rw', [this.table, this.db.local, this.db.assessments], async () => {
      const header = await this.db.assessments.get(req.classId)
      if (!header || header.deleted || !header.finalised) {
        plan = { ok: false, message: '本班考核尚未定稿：定稿后才能编发证书号码' }
        return
      }
      const known = (await this.table.toArray()).filter((c) => !c.deleted)
      const officeCode = await this.officeCode()
      plan = planIssue({ ...req, officeCode, known })
      if (!plan.ok || plan.issue.length === 0) return
      await this.putMany(
        plan.issue.map((p) => ({
          id: ulid(),
          fields: this.fields(
            req.classId,
            p.enrollmentId,
            { ...p, classCode: req.classCode },
            officeCode,
            req.issuedBy,
            now,
            null,
          ),
        })),
        now,
      )
    })
    if (!plan.ok) throw new ValidationError({ certificates: plan.message })
    return plan
  }

  /**
   * 定稿 and the numbers in one step (issue 13: numbers "assigned at 定稿 to 优秀/合格 only"):
   * the assessment repository locks the grades, then every 优秀/合格 student without a live
   * certificate is numbered, in one transaction over both areas' tables, so a refusal of either
   * (no office code, a bad template, no class code) leaves the class unfinalised and nothing
   * numbered.
   */
  async finaliseAndIssue(
    assessment: Pick<AssessmentRepository, 'finalise' | 'tables'>,
    req: FinaliseRequest,
    now: Date = new Date(),
  ): Promise<IssuePlan> {
    let plan: IssuePlan = { ok: false, message: '' }
    const tables = [...assessment.tables, this.table]
    await this.db.transaction('rw', tables, async () => {
      await assessment.finalise(req.classId, req.grades, req.by, req.at)
      plan = await this.issueForClass({ ...req, students: req.grades, issuedBy: req.by }, now)
    })
    return plan
  }

  /** Voids a certificate (lost, misprinted, grade changed): the number is never used again. */
  async voidCertificate(
    id: string,
    change: ChangeRequest,
    now: Date = new Date(),
  ): Promise<CertificateRecord> {
    const problems = changeProblems(change)
    if (problems) throw new ValidationError(problems)
    const current = await this.get(id)
    if (!current) throw new Error(`证书不存在（${id}）`)
    if (current.voidedAt !== null) throw new ValidationError({ reason: `证书 ${current.number} 已作废` })
    return this.update(id, {
      voidedAt: now.toISOString(),
      voidedBy: change.by.trim(),
      voidReason: change.reason.trim(),
    })
  }

  /**
   * Voids a certificate and issues the student a new number in one transaction (a certificate
   * lost or spoiled after it left the school); the new one names the one it replaces.
   */
  async reissue(
    id: string,
    change: ChangeRequest,
    numbering: Pick<IssueRequest, 'template' | 'year' | 'classCode'>,
    now: Date = new Date(),
  ): Promise<CertificateRecord> {
    let issued: CertificateRecord | undefined
    await this.db.transaction('rw', [this.table, this.db.local], async () => {
      const old = await this.voidCertificate(id, change, now)
      const officeCode = await this.officeCode()
      const known = (await this.table.toArray()).filter((c) => !c.deleted)
      const plan = planIssue({
        ...numbering,
        officeCode,
        students: [{ enrollmentId: old.enrollmentId, grade: old.grade }],
        known,
      })
      if (!plan.ok) throw new ValidationError({ certificates: plan.message })
      const p = { ...plan.issue[0]!, classCode: numbering.classCode }
      const [record] = await this.putMany(
        [
          {
            id: ulid(),
            fields: this.fields(old.classId, old.enrollmentId, p, officeCode, change.by.trim(), now, old.id),
          },
        ],
        now,
      )
      issued = record
    })
    return issued!
  }

  private fields(
    classId: string,
    enrollmentId: string,
    p: { number: string; seq: number; space: string; grade: 'excellent' | 'pass'; classCode: string },
    officeCode: string,
    by: string,
    now: Date,
    replaces: string | null,
  ): CertificateFields {
    return {
      classId,
      enrollmentId,
      number: p.number,
      seq: p.seq,
      space: p.space,
      officeCode,
      classCode: p.classCode,
      replicaId: this.replica.id,
      grade: p.grade,
      issuedAt: now.toISOString(),
      issuedBy: by.trim(),
      voidedAt: null,
      voidedBy: null,
      voidReason: null,
      replaces,
    }
  }
}

function changeProblems(change: ChangeRequest): Record<string, string> | null {
  const problems: Record<string, string> = {}
  if (!change.by.trim()) problems.by = '请填写经办人'
  if (!change.reason.trim()) problems.reason = '请填写原因'
  else if (change.reason.length > 200) problems.reason = '原因不能超过 200 个字'
  return Object.keys(problems).length > 0 ? problems : null
}

function byNumber(a: CertificateRecord, b: CertificateRecord): number {
  return a.space.localeCompare(b.space) || a.seq - b.seq || a.id.localeCompare(b.id)
}
