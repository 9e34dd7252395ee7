import type { HlcString } from './hlc'

/**
 * Sync metadata carried by every stored record.
 *
 * Deletion is the field `deleted` stamped like any other field, so a delete,
 * a restore from the recycle bin and a concurrent edit all merge by the same
 * per-field rule: the newest stamp wins, and the losing value is logged.
 */
export interface SyncMeta {
  id: string
  /** ISO time the record was first created (informational, never merged). */
  createdAt: string
  deleted: boolean
  /** HLC of the last write of each field, `deleted` included. */
  _hlc: Record<string, HlcString>
  /** The highest stamp in `_hlc`: indexed, and the record's "last changed" for lists. */
  _updated: HlcString
}

export type Synced<T> = T & SyncMeta

/** Fields that are bookkeeping, not user data: never stamped or merged as values. */
export const META_FIELDS = ['id', 'createdAt', '_hlc', '_updated'] as const

export function isMetaField(field: string): boolean {
  return (META_FIELDS as readonly string[]).includes(field)
}

/** HLC string → wall time in ms, for showing "when" in the UI. */
export function stampTime(stamp: HlcString): number {
  return Number(stamp.slice(0, 15))
}
