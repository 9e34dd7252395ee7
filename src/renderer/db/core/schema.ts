/**
 * The Dexie schema as an ordered list of versions.
 *
 * Each step is data (stores + an optional upgrade), so the migration test can
 * open a database at any earlier version, fill it, and reopen it at the latest.
 * Add a new version at the end; never edit an old one.
 */
import type { Transaction } from 'dexie'
import { moveSettingsToSchool } from './schoolSettingsUpgrade'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void>
}

/** Records of synced tables are indexed by id, deletion flag and last stamp. */
const synced = (extra = '') => `id, deleted, _updated${extra ? ', ' + extra : ''}`

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      /** Training classes (班次). */
      classes: synced('type, status, startDate'),
      /** This installation's own state: replica id and name, clock, school. Never synced. */
      local: 'key',
    },
  },
  {
    version: 2,
    stores: {
      /** A class's duty checklist (班务工作事项表): one header per class, id = class id. */
      checklists: synced('classId, templateId'),
      /** Its items, one record each, id = `${classId}:${code}` (deterministic: offices merge them). */
      checklistItems: synced('classId, dueDate'),
      /** Versions of the template library the school made, id = `${templateId}@${version}`. */
      checklistTemplates: synced('templateId'),
    },
  },
  {
    version: 3,
    stores: {
      /** Values that lost a merge, for review and one-click restore. Local: never synced. */
      conflicts: '++seq, key, table, recordId, importId, resolved',
      /** Each export and import, with counts. Local. */
      syncLog: '++seq, kind, at',
    },
  },
  {
    version: 4,
    stores: {
      /** People (identity across classes), matched by ID number or 学号 + 姓名. */
      people: synced('idNumber, studentNo, name'),
      /** A person in one class; id from class id + person id. */
      enrollments: synced('classId, personId'),
      /** 小组 and 党小组 of a class. */
      groups: synced('classId'),
    },
  },
  {
    version: 5,
    stores: {
      /** Teaching plan sessions (教学计划). */
      sessions: synced('classId, date'),
      /** Attendance marks; id = attendanceMarkId(sessionId, enrollmentId). */
      attendance: synced('classId, sessionId, enrollmentId'),
      /** Leave requests (请假报告单). */
      leaveRequests: synced('classId, enrollmentId'),
      /** Criticism and leaving-school events that the leave rules weigh. */
      disciplineEvents: synced('classId, enrollmentId'),
      /** Photos or scans of signed sheets. */
      attachments: synced('classId, sessionId'),
    },
  },
  {
    version: 6,
    stores: {
      /** The school's rules, one record per group (id = group name); synced (schoolSettings.ts). */
      schoolSettings: synced(),
    },
    /** The attendance statuses and leave rules move here from `local` (schoolSettingsUpgrade.ts). */
    upgrade: moveSettingsToSchool,
  },
  {
    version: 7,
    stores: {
      /** Versions of the school's 考核方案, id = `${schemeId}@${version}` (db/assessment). */
      assessmentSchemes: synced('schemeId'),
      /** A class's assessment header (scheme version, 定稿), id = class id. */
      assessments: synced('classId'),
      /** Points per student and item, id = `${enrollmentId}:${itemCode}:${date}`. */
      assessmentEntries: synced('classId, enrollmentId'),
      /** Qualitative evaluations per student and source, id = `${enrollmentId}:${source}`. */
      assessmentEvaluations: synced('classId, enrollmentId'),
      /** Exams and 考查 of a class. */
      exams: synced('classId'),
      /** Scores with the make-up beside the first, id = `${examId}:${enrollmentId}`. */
      examScores: synced('classId, examId'),
      /** Grades per student, id = `${classId}:${enrollmentId}`. */
      assessmentGrades: synced('classId'),
      /** 校长室 adjustments of the 优秀 count. */
      quotaAdjustments: synced('classId'),
      /** The 定稿 / unlock log. */
      assessmentLog: synced('classId'),
    },
  },
  {
    version: 8,
    stores: {
      /** Party-spirit ledger schemes (党性锻炼方案), id = `${schemeId}@${version}` (db/ledger). */
      ledgerSchemes: synced('schemeId'),
      /** 党支部 (a class's 临时党支部 carries classId). */
      ledgerBranches: synced('classId'),
      /** A branch's members: a Person of the app or a line of the branch's own list. */
      ledgerMembers: synced('branchId, classId, personId'),
      /** Ledger entries with 支部审核. */
      ledgerEntries: synced('branchId, memberId, classId'),
      /** Evidence of entries (photos, scans, PDF). */
      ledgerAttachments: synced('branchId, entryId, classId'),
      /** Year-end reviews, id = `${memberId}:${year}`. */
      ledgerReviews: synced('branchId, memberId, classId'),
    },
  },
  {
    version: 9,
    stores: {
      /** 挂职安排 per student (issue 15, db/secondment), id = enrollment id. */
      placements: synced('classId'),
      /** A class's secondment (部署会 date, Fridays without a meeting), id = class id. */
      secondments: synced('classId'),
      /** A student's 日志 days and 三个一, id = enrollment id. */
      secondmentWork: synced('classId'),
      /** 谈心谈话 with the host unit's 联络人. */
      secondmentTalks: synced('classId, enrollmentId'),
      /** 挂职锻炼鉴定, id = enrollment id. */
      secondmentAppraisals: synced('classId'),
      /** Versions of the school's questionnaires (db/evaluation), id = `${questionnaireId}@${version}`. */
      questionnaires: synced('questionnaireId'),
      /** Anonymous numbered answer sheets of a class, id = `${classId}:${questionnaire}:${number}`. */
      questionnaireResponses: synced('classId'),
      /** The weighting of the year-end review of head teachers, id 'default'. */
      reviewWeightings: synced(),
    },
  },
  {
    version: 10,
    stores: {
      /** 结业证书 and their numbers (issue 13); ULID ids, so a duplicate number shows after a merge. */
      certificates: synced('classId, enrollmentId, number'),
    },
  },
]

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version
