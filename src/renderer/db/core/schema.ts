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
]

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version
