import Dexie, { type Table } from 'dexie'
import type { Synced } from '@shared/sync/record'
import type { TrainingClassFields } from '@shared/domain/trainingClass'
import type { SchoolSettingsFields } from '@shared/settings/schoolSettings'
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema'
import type {
  ChecklistHeaderRecord,
  ChecklistItemRecord,
  ChecklistTemplateRecord,
} from '../checklist/checklistRecords'
import type {
  AttachmentRecord,
  AttendanceMarkRecord,
  DisciplineEventRecord,
  LeaveRequestRecord,
  SessionRecord,
} from '../attendance/attendanceRecords'
import type { EnrollmentRecord, GroupRecord, PersonRecord } from '../roster/rosterRecords'
import type { ConflictRecord, SyncLogEntry } from '../sync/syncRecords'
import type {
  LedgerAttachmentRecord,
  LedgerBranchRecord,
  LedgerEntryRecord,
  LedgerMemberRecord,
  LedgerReviewRecord,
  LedgerSchemeRecord,
} from '../ledger/ledgerRecords'
import type { CertificateRecord } from '../assessment/certificateRepository'
import type {
  AppraisalRecord,
  PlacementRecord,
  SecondmentRecord,
  SecondmentTalkRecord,
  SecondmentWorkRecord,
} from '../secondment/secondmentRecords'
import type {
  QuestionnaireRecord,
  QuestionnaireResponseRecord,
  ReviewWeightingRecord,
} from '../evaluation/evaluationRecords'
import type {
  AssessmentEntryRecord,
  AssessmentEvaluationRecord,
  AssessmentGradeRecord,
  AssessmentHeaderRecord,
  AssessmentLogRecord,
  AssessmentSchemeRecord,
  ExamRecord,
  ExamScoreRecord,
  QuotaAdjustmentRecord,
} from '../assessment/assessmentRecords'

export type ClassRecord = Synced<TrainingClassFields>
/** One group of the school's rules (shared/settings/schoolSettings.ts). */
export type SchoolSettingsRecord = Synced<SchoolSettingsFields>

export interface LocalEntry {
  key: string
  value: unknown
}

/** The one database of this installation, with typed tables. */
export class BanwuDatabase extends Dexie {
  classes!: Table<ClassRecord, string>
  local!: Table<LocalEntry, string>
  checklists!: Table<ChecklistHeaderRecord, string>
  checklistItems!: Table<ChecklistItemRecord, string>
  checklistTemplates!: Table<ChecklistTemplateRecord, string>
  conflicts!: Table<ConflictRecord, number>
  syncLog!: Table<SyncLogEntry, number>
  people!: Table<PersonRecord, string>
  enrollments!: Table<EnrollmentRecord, string>
  groups!: Table<GroupRecord, string>
  sessions!: Table<SessionRecord, string>
  attendance!: Table<AttendanceMarkRecord, string>
  leaveRequests!: Table<LeaveRequestRecord, string>
  disciplineEvents!: Table<DisciplineEventRecord, string>
  attachments!: Table<AttachmentRecord, string>
  schoolSettings!: Table<SchoolSettingsRecord, string>
  /** Party-spirit ledgers (issue 14, db/ledger/, schema version 8). */
  ledgerSchemes!: Table<LedgerSchemeRecord, string>
  ledgerBranches!: Table<LedgerBranchRecord, string>
  ledgerMembers!: Table<LedgerMemberRecord, string>
  ledgerEntries!: Table<LedgerEntryRecord, string>
  ledgerAttachments!: Table<LedgerAttachmentRecord, string>
  ledgerReviews!: Table<LedgerReviewRecord, string>
  /** Assessment (issue 13, db/assessment/). */
  assessmentSchemes!: Table<AssessmentSchemeRecord, string>
  assessments!: Table<AssessmentHeaderRecord, string>
  assessmentEntries!: Table<AssessmentEntryRecord, string>
  assessmentEvaluations!: Table<AssessmentEvaluationRecord, string>
  exams!: Table<ExamRecord, string>
  examScores!: Table<ExamScoreRecord, string>
  assessmentGrades!: Table<AssessmentGradeRecord, string>
  quotaAdjustments!: Table<QuotaAdjustmentRecord, string>
  assessmentLog!: Table<AssessmentLogRecord, string>
  /** 结业证书 numbers (issue 13, schema version 10). */
  certificates!: Table<CertificateRecord, string>
  /** Secondment (issue 15, schema version 9, db/secondment/). */
  placements!: Table<PlacementRecord, string>
  secondments!: Table<SecondmentRecord, string>
  secondmentWork!: Table<SecondmentWorkRecord, string>
  secondmentTalks!: Table<SecondmentTalkRecord, string>
  secondmentAppraisals!: Table<AppraisalRecord, string>
  /** Evaluation questionnaires and the head-teacher review (issue 15, db/evaluation/). */
  questionnaires!: Table<QuestionnaireRecord, string>
  questionnaireResponses!: Table<QuestionnaireResponseRecord, string>
  reviewWeightings!: Table<ReviewWeightingRecord, string>

  /** `upTo` opens the database at an earlier schema version (migration tests only). */
  constructor(name = 'banwu', upTo?: number) {
    super(name)
    const steps: SchemaVersion[] = SCHEMA_VERSIONS.filter((s) => upTo === undefined || s.version <= upTo)
    for (const step of steps) {
      const v = this.version(step.version).stores(step.stores)
      if (step.upgrade) v.upgrade(step.upgrade)
    }
  }
}

/** Names of the tables that sync between offices (everything but `local`). */
export const SYNCED_TABLES = [
  'classes',
  'checklists',
  'checklistItems',
  'checklistTemplates',
  'people',
  'enrollments',
  'groups',
  'sessions',
  'attendance',
  'leaveRequests',
  'disciplineEvents',
  'attachments',
  'schoolSettings',
  'ledgerSchemes',
  'ledgerBranches',
  'ledgerMembers',
  'ledgerEntries',
  'ledgerAttachments',
  'ledgerReviews',
  'assessmentSchemes',
  'assessments',
  'assessmentEntries',
  'assessmentEvaluations',
  'exams',
  'examScores',
  'assessmentGrades',
  'quotaAdjustments',
  'assessmentLog',
  'certificates',
  'placements',
  'secondments',
  'secondmentWork',
  'secondmentTalks',
  'secondmentAppraisals',
  'questionnaires',
  'questionnaireResponses',
  'reviewWeightings',
] as const
export type SyncedTableName = (typeof SYNCED_TABLES)[number]
