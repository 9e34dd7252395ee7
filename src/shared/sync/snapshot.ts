import type { HlcString } from './hlc'
import type { SyncedRow } from './merge'
import type { SyncMeta } from './record'

/**
 * A snapshot: one office's synced tables at one moment, with a header that
 * says whose they are. It is what travels on a USB stick (snapshotFile.ts
 * turns it into bytes) and what an import merges (importPlan.ts).
 */

/**
 * Version of the snapshot format (container and header). Bump it when a
 * reader of the current version could not read the new files correctly.
 */
export const SNAPSHOT_FORMAT_VERSION = 1

/** Everything, or only the records of selected classes (the caller filters the rows). */
export type SnapshotScope = 'all' | { classIds: string[] }

export interface SnapshotHeader {
  formatVersion: number
  /** The database schema version (LATEST_SCHEMA_VERSION) the rows are shaped for. */
  schemaVersion: number
  appVersion: string
  /** The school's name, for display: files are matched by `schoolId`. */
  school: string
  /**
   * The school's id (schoolIdentity.ts): files of another school are refused. Absent in files of
   * apps before issue 12, which are refused as such.
   */
  schoolId?: string
  /** Present (true) when the exporting office's school id was made on upgrade and may still change. */
  schoolIdProvisional?: boolean
  replicaId: string
  /** The office's human name, e.g. "本部" or "分校". */
  replicaName: string
  /** ISO time of the export. */
  createdAt: string
  /**
   * The highest HLC stamp the exporting office had issued or seen at export
   * time (at least every stamp in the rows). It grows with every export of
   * that office, whatever the scope, so it orders its files.
   */
  hlcHighWater: HlcString
  /** Number of rows per table. */
  counts: Record<string, number>
  scope: SnapshotScope
}

export interface Snapshot {
  header: SnapshotHeader
  tables: Record<string, SyncedRow[]>
}

/** The highest `_updated` among the rows, or '' when there are none. */
export function maxStampOf(tables: Readonly<Record<string, readonly SyncMeta[]>>): HlcString {
  let max = ''
  for (const rows of Object.values(tables)) for (const r of rows) if (r._updated > max) max = r._updated
  return max
}

export interface SnapshotSource {
  schemaVersion: number
  appVersion: string
  school: string
  /** This office's school id; left out only by tests of files from before ids existed. */
  schoolId?: string
  schoolIdProvisional?: boolean
  replicaId: string
  replicaName: string
  /** The office clock's current stamp (`HybridClock.current()`), read inside the export's read transaction. */
  clockStamp: HlcString
  scope: SnapshotScope
  /** Time of the export; defaults to now. */
  createdAt?: Date
}

/** Builds a snapshot of the given tables, filling in counts and the high-water mark. */
export function buildSnapshot(
  source: SnapshotSource,
  tables: Readonly<Record<string, readonly SyncMeta[]>>,
): Snapshot {
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length
  const dataMax = maxStampOf(tables)
  const header: SnapshotHeader = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    schemaVersion: source.schemaVersion,
    appVersion: source.appVersion,
    school: source.school,
    ...(source.schoolId !== undefined ? { schoolId: source.schoolId } : {}),
    ...(source.schoolIdProvisional ? { schoolIdProvisional: true } : {}),
    replicaId: source.replicaId,
    replicaName: source.replicaName,
    createdAt: (source.createdAt ?? new Date()).toISOString(),
    hlcHighWater: source.clockStamp > dataMax ? source.clockStamp : dataMax,
    counts,
    scope: source.scope,
  }
  // The rows are records with fields: the snapshot holds them as plain rows.
  return { header, tables: tables as Record<string, SyncedRow[]> }
}
