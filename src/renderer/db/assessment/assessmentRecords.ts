import type { z } from 'zod'
import type {
  assessmentEntryRecordSchema,
  assessmentEvaluationRecordSchema,
  assessmentGradeRecordSchema,
  assessmentHeaderRecordSchema,
  assessmentLogRecordSchema,
  assessmentSchemeRecordSchema,
  examRecordSchema,
  examScoreRecordSchema,
  quotaAdjustmentRecordSchema,
} from '@shared/assessment/records'
import type { Synced } from '@shared/sync/record'

/**
 * How the assessment is stored (issue 13, schema version 7). Facts that have a natural key get a
 * deterministic id, so the same fact recorded in two offices merges into one record:
 * an entry is enrollment + item + date, an evaluation enrollment + source, a score exam +
 * enrollment, a grade class + enrollment, the header the class id, a scheme version
 * scheme + version. Exams, 校长室 adjustments and the 定稿 log are events with ULIDs.
 * Field shapes: shared/assessment/records.ts (one zod schema per table).
 */
export type AssessmentSchemeFields = Pick<
  z.infer<typeof assessmentSchemeRecordSchema>,
  'schemeId' | 'version' | 'scheme'
>
export type AssessmentHeaderFields = Pick<
  z.infer<typeof assessmentHeaderRecordSchema>,
  'classId' | 'schemeId' | 'schemeVersion' | 'finalised' | 'finalisedAt' | 'finalisedBy'
>
export type AssessmentEntryFields = Pick<
  z.infer<typeof assessmentEntryRecordSchema>,
  'classId' | 'enrollmentId' | 'itemCode' | 'date' | 'sessionId' | 'points' | 'note'
>
export type AssessmentEvaluationFields = Pick<
  z.infer<typeof assessmentEvaluationRecordSchema>,
  'classId' | 'enrollmentId' | 'source' | 'rating' | 'comment' | 'tally'
>
export type ExamFields = Pick<
  z.infer<typeof examRecordSchema>,
  'classId' | 'name' | 'kind' | 'date' | 'fullMark' | 'passMark' | 'order'
>
export type ExamScoreFields = Pick<
  z.infer<typeof examScoreRecordSchema>,
  'classId' | 'examId' | 'enrollmentId' | 'score' | 'absent' | 'makeUpScore' | 'makeUpAbsent'
>
export type AssessmentGradeFields = Pick<
  z.infer<typeof assessmentGradeRecordSchema>,
  'classId' | 'enrollmentId' | 'grade' | 'proposed' | 'reason' | 'sanction'
>
export type QuotaAdjustmentFields = Pick<
  z.infer<typeof quotaAdjustmentRecordSchema>,
  'classId' | 'min' | 'max' | 'decidedBy' | 'decidedAt' | 'reason' | 'recordedBy'
>
export type AssessmentLogFields = Pick<
  z.infer<typeof assessmentLogRecordSchema>,
  'classId' | 'action' | 'at' | 'by' | 'reason'
>

export type AssessmentSchemeRecord = Synced<AssessmentSchemeFields>
export type AssessmentHeaderRecord = Synced<AssessmentHeaderFields>
export type AssessmentEntryRecord = Synced<AssessmentEntryFields>
export type AssessmentEvaluationRecord = Synced<AssessmentEvaluationFields>
export type ExamRecord = Synced<ExamFields>
export type ExamScoreRecord = Synced<ExamScoreFields>
export type AssessmentGradeRecord = Synced<AssessmentGradeFields>
export type QuotaAdjustmentRecord = Synced<QuotaAdjustmentFields>
export type AssessmentLogRecord = Synced<AssessmentLogFields>

export const schemeRecordId = (schemeId: string, version: number) => `${schemeId}@${version}`
export const entryId = (enrollmentId: string, itemCode: string, date = '') =>
  `${enrollmentId}:${itemCode}:${date}`
export const evaluationId = (enrollmentId: string, source: string) => `${enrollmentId}:${source}`
export const examScoreId = (examId: string, enrollmentId: string) => `${examId}:${enrollmentId}`
export const gradeId = (classId: string, enrollmentId: string) => `${classId}:${enrollmentId}`
