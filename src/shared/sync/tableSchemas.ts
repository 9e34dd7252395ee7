import type { z } from 'zod'
import { attendanceMarkRecord } from '../attendance/mark'
import {
  attachmentRecordSchema,
  disciplineEventRecordSchema,
  leaveRequestRecordSchema,
} from '../attendance/recordSchemas'
import {
  checklistHeaderRecordSchema,
  checklistItemRecordSchema,
  checklistTemplateRecordSchema,
} from '../checklist/schema'
import { trainingClassRecord } from '../domain/trainingClass'
import { sessionRecord } from '../plan/session'
import { enrollmentRecordSchema, groupRecordSchema, personRecordSchema } from '../roster/rosterSchemas'
import { schoolSettingsRecordSchema } from '../settings/schoolSettings'
import {
  ledgerAttachmentRecordSchema,
  ledgerBranchRecordSchema,
  ledgerEntryRecordSchema,
  ledgerMemberRecordSchema,
  ledgerReviewRecordSchema,
} from '../ledger/records'
import { ledgerSchemeRecordSchema } from '../ledger/scheme'
import {
  assessmentEntryRecordSchema,
  assessmentEvaluationRecordSchema,
  assessmentGradeRecordSchema,
  assessmentHeaderRecordSchema,
  assessmentLogRecordSchema,
  assessmentSchemeRecordSchema,
  examRecordSchema,
  examScoreRecordSchema,
  quotaAdjustmentRecordSchema,
} from '../assessment/records'
import { certificateRecordSchema } from '../assessment/certificateRecord'
import {
  appraisalRecordSchema,
  placementRecordSchema,
  secondmentRecordSchema,
  secondmentTalkRecordSchema,
  secondmentWorkRecordSchema,
} from '../secondment/records'
import { questionnaireRecordSchema, questionnaireResponseRecordSchema } from '../evaluation/questionnaire'
import { reviewWeightingRecordSchema } from '../evaluation/review'

/**
 * One zod schema per synced table: the record's own fields (sync metadata — id, createdAt,
 * deleted, _hlc, _updated, _base — is checked separately, rowValidation.ts). The repositories
 * check every write against it (db/core/syncedRepository.ts) and an import or a restore checks
 * every row of the file against the same object before anything is written, so a file can
 * never store a record the app itself would not.
 *
 * Schemas are strict on types and allow unknown extra fields (a newer minor version may add
 * one). docs/snapshot-format.md's field tables are generated from this map (snapshotDoc.ts).
 * A table added to SYNCED_TABLES needs an entry here.
 */
export const SYNCED_ROW_SCHEMAS: Record<string, z.ZodType> = {
  classes: trainingClassRecord,
  checklists: checklistHeaderRecordSchema,
  checklistItems: checklistItemRecordSchema,
  checklistTemplates: checklistTemplateRecordSchema,
  people: personRecordSchema,
  enrollments: enrollmentRecordSchema,
  groups: groupRecordSchema,
  sessions: sessionRecord,
  attendance: attendanceMarkRecord,
  leaveRequests: leaveRequestRecordSchema,
  disciplineEvents: disciplineEventRecordSchema,
  attachments: attachmentRecordSchema,
  schoolSettings: schoolSettingsRecordSchema,
  ledgerSchemes: ledgerSchemeRecordSchema,
  ledgerBranches: ledgerBranchRecordSchema,
  ledgerMembers: ledgerMemberRecordSchema,
  ledgerEntries: ledgerEntryRecordSchema,
  ledgerAttachments: ledgerAttachmentRecordSchema,
  ledgerReviews: ledgerReviewRecordSchema,
  assessmentSchemes: assessmentSchemeRecordSchema,
  assessments: assessmentHeaderRecordSchema,
  assessmentEntries: assessmentEntryRecordSchema,
  assessmentEvaluations: assessmentEvaluationRecordSchema,
  exams: examRecordSchema,
  examScores: examScoreRecordSchema,
  assessmentGrades: assessmentGradeRecordSchema,
  quotaAdjustments: quotaAdjustmentRecordSchema,
  assessmentLog: assessmentLogRecordSchema,
  certificates: certificateRecordSchema,
  placements: placementRecordSchema,
  secondments: secondmentRecordSchema,
  secondmentWork: secondmentWorkRecordSchema,
  secondmentTalks: secondmentTalkRecordSchema,
  secondmentAppraisals: appraisalRecordSchema,
  questionnaires: questionnaireRecordSchema,
  questionnaireResponses: questionnaireResponseRecordSchema,
  reviewWeightings: reviewWeightingRecordSchema,
}
