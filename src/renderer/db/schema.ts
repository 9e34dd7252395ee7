/**
 * The Dexie schema as an ordered list of versions.
 *
 * Each step is data (stores + an optional upgrade), so the migration test can
 * open a database at any earlier version, fill it, and reopen it at the latest.
 * Add a new version at the end; never edit an old one.
 */
import type { Transaction } from 'dexie'

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
]

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version
