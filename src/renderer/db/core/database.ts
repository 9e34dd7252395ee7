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
] as const
export type SyncedTableName = (typeof SYNCED_TABLES)[number]
