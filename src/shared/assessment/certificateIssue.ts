import { earnsCertificate, type Grade } from './grades'
import {
  checkTemplate,
  formatCertificateNumber,
  nextSequence,
  numberSpace,
  type IssuedNumber,
} from './certificateNumber'
import { officeCodeProblem } from './certificateRecord'

/**
 * Which students of a class get a certificate number now (附3 第十四条: 优秀 and 合格 only; seed
 * 001 7.9: the number goes on the 成绩、证书登记表), and which numbers. Pure: the repository
 * runs it inside one transaction over every certificate this office knows.
 */
export interface KnownCertificate extends IssuedNumber {
  id: string
  enrollmentId: string
  officeCode: string
  replicaId: string
  voidedAt: string | null
  deleted?: boolean
}

export interface StudentGrade {
  enrollmentId: string
  grade: Grade | null
}

export interface IssuePlanInput {
  template: string
  year: number
  classCode: string
  officeCode: string
  /** In roster order: numbers follow it. */
  students: readonly StudentGrade[]
  /** Every certificate this office knows, voided ones and other classes' included. */
  known: readonly KnownCertificate[]
}

export interface PlannedNumber {
  enrollmentId: string
  grade: 'excellent' | 'pass'
  number: string
  seq: number
  space: string
}

export type IssuePlan =
  | { ok: true; issue: PlannedNumber[]; alreadyHeld: number; noCertificate: number }
  | { ok: false; message: string }

/** A certificate that counts: not voided, not in the recycle bin. */
export function isLiveCertificate(c: Pick<KnownCertificate, 'voidedAt' | 'deleted'>): boolean {
  return c.voidedAt === null && c.deleted !== true
}

export function planIssue(input: IssuePlanInput): IssuePlan {
  const office = officeCodeProblem(input.officeCode)
  if (office) return { ok: false, message: office }
  const template = checkTemplate(input.template)
  if (!template.ok) return { ok: false, message: template.message! }
  if (/\{class(?::\d)?\}/.test(input.template) && !/^[A-Za-z0-9]{1,12}$/.test(input.classCode))
    return { ok: false, message: '编号规则含 {class}：请填写班次代码（1 至 12 位字母或数字，如 ZQ01）' }
  const held = new Set(input.known.filter(isLiveCertificate).map((c) => c.enrollmentId))
  const parts = { year: input.year, classCode: input.classCode, officeCode: input.officeCode }
  const space = numberSpace(input.template, parts)
  let seq = nextSequence(input.known, space)
  const issue: PlannedNumber[] = []
  let alreadyHeld = 0
  let noCertificate = 0
  for (const s of input.students) {
    if (!earnsCertificate(s.grade)) noCertificate++
    else if (held.has(s.enrollmentId)) alreadyHeld++
    else {
      issue.push({
        enrollmentId: s.enrollmentId,
        grade: s.grade as 'excellent' | 'pass',
        number: formatCertificateNumber(input.template, { ...parts, seq }),
        seq,
        space,
      })
      seq++
    }
  }
  return { ok: true, issue, alreadyHeld, noCertificate }
}

/**
 * Live certificates of students who no longer earn one (a grade changed to 不合格 after the
 * grades were unlocked): the screen lists them to be voided, it never voids them by itself.
 */
export function certificatesToReview(
  live: readonly Pick<KnownCertificate, 'id' | 'enrollmentId'>[],
  students: readonly StudentGrade[],
): string[] {
  const grade = new Map(students.map((s) => [s.enrollmentId, s.grade]))
  return live.filter((c) => !earnsCertificate(grade.get(c.enrollmentId))).map((c) => c.id)
}

/**
 * Office codes used by more than one installation (seen after a merge): numbers from those PCs can
 * collide, since each draws its sequence from what it has seen. Code → the installations' ids.
 */
export function sharedOfficeCodes(
  certificates: readonly Pick<KnownCertificate, 'officeCode' | 'replicaId'>[],
): Map<string, string[]> {
  const byCode = new Map<string, Set<string>>()
  for (const c of certificates)
    byCode.set(c.officeCode, (byCode.get(c.officeCode) ?? new Set()).add(c.replicaId))
  return new Map([...byCode].filter(([, r]) => r.size > 1).map(([code, r]) => [code, [...r].sort()]))
}

/**
 * Students holding more than one live certificate (two offices numbered the same class before
 * syncing): enrollment → certificate ids. The screen asks to void all but one.
 */
export function studentsWithTwoCertificates(
  certificates: readonly Pick<KnownCertificate, 'id' | 'enrollmentId' | 'voidedAt' | 'deleted'>[],
): Map<string, string[]> {
  const byStudent = new Map<string, string[]>()
  for (const c of certificates.filter(isLiveCertificate))
    byStudent.set(c.enrollmentId, [...(byStudent.get(c.enrollmentId) ?? []), c.id])
  return new Map([...byStudent].filter(([, ids]) => ids.length > 1))
}
