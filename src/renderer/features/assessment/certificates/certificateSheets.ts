import type { CertificateText } from '@shared/assessment/certificateLayout'
import { GRADE_LABELS } from '@shared/assessment/grades'
import { dateSpan, fullDate } from '@shared/plan/sessionFormat'
import type { ClassRecord } from '../../../db/core/database'
import type { CertificateRecord } from '../../../db/assessment/certificateRepository'

/**
 * The certificates of a class to print: one per live number, in roster order (the order numbers
 * were issued in). A reprint prints the stored number; nothing here makes a number.
 */
export function certificateTexts(
  cls: ClassRecord,
  schoolName: string,
  students: readonly { enrollmentId: string; name: string }[],
  certificates: readonly CertificateRecord[],
): CertificateText[] {
  const live = new Map(certificates.filter((c) => c.voidedAt === null).map((c) => [c.enrollmentId, c]))
  return students.flatMap((s) => {
    const c = live.get(s.enrollmentId)
    if (!c) return []
    return [
      {
        name: s.name,
        className: cls.name,
        period: dateSpan(cls.startDate, cls.endDate),
        grade: GRADE_LABELS[c.grade],
        number: c.number,
        school: schoolName,
        issueDate: fullDate(cls.endDate),
      },
    ]
  })
}

/** A sample for the test page when the class has no certificate yet. */
export function sampleText(cls: ClassRecord, schoolName: string): CertificateText {
  return {
    name: '张三',
    className: cls.name,
    period: dateSpan(cls.startDate, cls.endDate),
    grade: '合格',
    number: '2026ZQ01-B001',
    school: schoolName,
    issueDate: fullDate(cls.endDate),
  }
}
