import type { Conflict } from '@shared/sync/merge'

/** Local (never synced) records of the sync feature (issue 6). */

/** A value that lost a merge. `key` is conflictKey(): one entry per losing write, however often imported. */
export interface ConflictRecord extends Conflict {
  seq?: number
  key: string
  /** The sync-log entry of the import that produced it. */
  importId: number | null
  /** ISO time it was logged. */
  at: string
  /** Set when the user restored the losing value (as a new edit) or dismissed it. */
  resolved: '' | 'restored' | 'dismissed'
}

export interface SyncLogEntry {
  seq?: number
  kind: 'export' | 'import' | 'backup' | 'restore'
  /** ISO time. */
  at: string
  fileName: string
  /** The other office for imports; this office for exports. */
  replicaId: string
  replicaName: string
  /** HLC high-water mark of the file. */
  highWater: string
  counts: Record<string, Record<string, number>>
  note: string
}
