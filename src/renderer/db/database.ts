import Dexie, { type Table } from 'dexie'
import type { Synced } from '@shared/sync/record'
import type { TrainingClassFields } from '@shared/domain/trainingClass'
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema'

export type ClassRecord = Synced<TrainingClassFields>

export interface LocalEntry {
  key: string
  value: unknown
}

/** The one database of this installation, with typed tables. */
export class BanwuDatabase extends Dexie {
  classes!: Table<ClassRecord, string>
  local!: Table<LocalEntry, string>

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
export const SYNCED_TABLES = ['classes'] as const
export type SyncedTableName = (typeof SYNCED_TABLES)[number]
