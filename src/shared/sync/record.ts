import type { HlcString } from './hlc'

/**
 * Sync metadata carried by every stored record.
 *
 * Deletion is the field `deleted` stamped like any other field, so a delete,
 * a restore from the recycle bin and a concurrent edit all merge by the same
 * per-field rule: the newest stamp wins, and a value that lost a concurrent
 * edit is logged (docs/sync-merge.md).
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
  /**
   * Per field, the causal base of its last write (`CausalBase`): what the
   * writing office had seen of that field before writing. The merge uses it
   * to tell an edit made after seeing the other office's value (no conflict)
   * from a concurrent one (a conflict).
   *
   * Optional on read: records written before bases existed have none, nor may
   * some of their fields; for those the merge logs every differing loser (bar
   * one written earlier by the winning office itself). Every write stores it;
   * an empty map is left out.
   */
  _base?: Record<string, CausalBase>
}

/**
 * The causal base of one field's write: for each office other than the
 * writer, the newest stamp of that office's writes in the history the value
 * was built on (the value it overwrote, the one that value overwrote, and so
 * on), as stamps joined by single spaces in ascending order; '' when the
 * field was new. Between two offices it is one stamp: the newest write of the
 * other office that the value descends from.
 *
 * Why per office and not just the stamp overwritten: stamps of different
 * offices cannot be compared for "had seen", but an office's own stamps can.
 * If office X wrote a base entry after (or as) a value of X, X had that value
 * first, so the value's loss was an ordinary edit or was judged (and if need
 * be logged) in X. HLC stamps hold no spaces (hlc.ts).
 */
export type CausalBase = string

export type Synced<T> = T & SyncMeta

/** Fields that are bookkeeping, not user data: never stamped or merged as values. */
export const META_FIELDS = ['id', 'createdAt', '_hlc', '_updated', '_base'] as const

export function isMetaField(field: string): boolean {
  return (META_FIELDS as readonly string[]).includes(field)
}

/** HLC string → wall time in ms, for showing "when" in the UI. */
export function stampTime(stamp: HlcString): number {
  return Number(stamp.slice(0, 15))
}

/**
 * HLC string → the replica (office) that issued it. A stamp is
 * `<15-digit wall>-<6-digit counter>-<replica>` (hlc.ts); slicing never throws
 * on a bad one, and '' (no stamp) has no replica.
 */
export function stampReplica(stamp: HlcString): string {
  return stamp.slice(23)
}

/** The stamps of a causal base ('' or undefined: none). */
export function baseStamps(base: CausalBase | undefined): HlcString[] {
  return base ? base.split(' ') : []
}

/**
 * The causal base to store for a new local write of `field` by office
 * `replicaId` over the record as it is (`current`; undefined for a new
 * record). It is the current value's base with the current value's own stamp
 * added, keeping per other office its newest stamp and leaving out the
 * writer's own (its new stamp is newer than all of them). A field or record
 * without a base (older data) contributes only its stamp: the base then
 * claims less than was seen, which can only log more, never lose anything.
 */
export function editBase(current: SyncMeta | undefined, field: string, replicaId: string): CausalBase {
  const stamp = current?._hlc[field] ?? ''
  // A new field, or a value from before stamps: nothing known to have been seen.
  if (stamp === '') return ''
  const newest = new Map<string, HlcString>()
  for (const s of [...baseStamps(current?._base?.[field]), stamp]) {
    const office = stampReplica(s)
    if (office === replicaId) continue
    const seen = newest.get(office)
    if (seen === undefined || s > seen) newest.set(office, s)
  }
  return [...newest.values()].sort().join(' ')
}
