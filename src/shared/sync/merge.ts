import type { HlcString } from './hlc'
import { baseStamps, stampReplica, type CausalBase, type SyncMeta } from './record'
import { canonicalJson, sameFieldValue } from './fieldValue'

/**
 * Merging two offices' copies of the same data (docs/sync-merge.md).
 *
 * Per field, the write with the newest HLC stamp wins. `deleted` is a field
 * like any other, so a delete and a concurrent edit of another field both
 * apply: the record ends in the recycle bin holding the edited values. Every
 * value that loses a concurrent edit to a different value is reported as a
 * conflict; a value the winning write's office had in hand before it wrote
 * (per field causal bases, `_base`) lost to an ordinary later edit and is not.
 * So the merge itself never drops anything silently; the caller keeps the log.
 *
 * On record values and bases the merge is commutative, associative and
 * idempotent (a join): any order of imports, with repeats and stale files,
 * ends in the same state. The conflict list is a side output and is the same
 * whichever side is called local.
 */

/** A stored record of any synced table: sync metadata plus plain JSON-like fields. */
export type SyncedRow = SyncMeta & Record<string, unknown>

/**
 * The rows of one table, as read from the database or a snapshot. Typed
 * records (`Synced<F>[]` from Dexie) fit as they are.
 */
export type TableSnapshot<R extends SyncMeta = SyncMeta> = readonly R[]

/** A value that lost a concurrent edit to a different value: kept so the user can restore it. */
export interface Conflict {
  table: string
  recordId: string
  field: string
  losingValue: unknown
  /** The stamp of the losing write; '' for a value written before stamps existed. */
  losingStamp: HlcString
  winningValue: unknown
  winningStamp: HlcString
}

/** A stable key per losing write, so re-importing a file does not log the same loss twice. */
export function conflictKey(c: Pick<Conflict, 'table' | 'recordId' | 'field' | 'losingStamp'>): string {
  return `${c.table}\u0000${c.recordId}\u0000${c.field}\u0000${c.losingStamp}`
}

/**
 * The loser was written by the same office as the winner, so that office had
 * the losing value before it made the winning write: an ordinary later edit
 * that reached here by sync, not a concurrent one. (Each office's stamps only
 * grow, and an office holding a value either edits it, or loses it to an
 * import, which is judged and logged there.)
 */
export function isSupersededBySameReplica(c: Pick<Conflict, 'losingStamp' | 'winningStamp'>): boolean {
  return c.losingStamp !== '' && stampReplica(c.losingStamp) === stampReplica(c.winningStamp)
}

/**
 * Whether a value that loses a merge lost to an edit made after seeing it, so
 * it is no conflict. True when the office that made the winning write had the
 * losing write before it wrote:
 * - the same office wrote both (isSupersededBySameReplica); or
 * - the winning write's causal base (record.ts `CausalBase`) holds a stamp of
 *   the loser's office at least as new as the loser. Equal: the winning
 *   write's history contains the loser. Newer: that office wrote the base
 *   entry after the loser, so it had the loser first (as above).
 *
 * Stamps of different offices prove nothing: a value from office C newer than
 * office A's may have been written without ever seeing it (two offices
 * editing the same field at the same time, one of them twice). Such losses,
 * and every loss to a write without a base (older data) from another office,
 * are logged.
 */
export function isSequentialLoss(
  losingStamp: HlcString,
  winningStamp: HlcString,
  winningBase: CausalBase | undefined,
): boolean {
  // Equal stamps are the same write: differing values there are damage, never "seen".
  if (losingStamp === '' || winningStamp <= losingStamp) return false
  if (isSupersededBySameReplica({ losingStamp, winningStamp })) return true
  const office = stampReplica(losingStamp)
  return baseStamps(winningBase).some((s) => s >= losingStamp && stampReplica(s) === office)
}

export interface RecordMerge<R extends SyncMeta = SyncedRow> {
  /** The merged record; the very `local` object when nothing changed. */
  record: R
  conflicts: Conflict[]
}

const hasOwn = Object.hasOwn

/** Bookkeeping keys (record.ts META_FIELDS), tested inline: this runs for every field of every record. */
function isMeta(field: string): boolean {
  return (
    field === 'id' || field === 'createdAt' || field === '_hlc' || field === '_updated' || field === '_base'
  )
}

/** A field's base as stored; anything but a string (no base, a damaged file) counts as none. */
function baseOf(row: SyncedRow, field: string): CausalBase | undefined {
  const base = row._base?.[field]
  return typeof base === 'string' ? base : undefined
}

/**
 * Merges two copies of one record (same id). Conflicts name `table` so the
 * caller can log them as they are. Written for speed (an import may merge
 * hundreds of thousands of attendance marks): one pass decides every field,
 * and a new record is built only when the remote copy changes something.
 */
export function mergeRecord<R extends SyncMeta>(
  table: string,
  localRecord: R,
  remoteRecord: R,
): RecordMerge<R> {
  // Records are read field by field, whatever their declared type.
  const local = localRecord as unknown as SyncedRow
  const remote = remoteRecord as unknown as SyncedRow
  const conflicts: Conflict[] = []
  /** Fields the remote copy wins with a different value, stamp or base. */
  let taken: string[] | null = null
  let updated = local._updated > remote._updated ? local._updated : remote._updated

  const decide = (field: string) => {
    const ls = local._hlc[field] ?? ''
    const rs = remote._hlc[field] ?? ''
    const lv = local[field]
    const rv = remote[field]
    const lb = baseOf(local, field)
    const rb = baseOf(remote, field)
    const differ = !sameFieldValue(lv, rv)
    // The newest stamp wins. Equal stamps are the same write, so value and base
    // are equal too; should some bug or hand-edited file make them differ, the
    // greater value (canonical JSON), then the greater base (none lowest) wins,
    // so that every office picks the same and the merge stays a join.
    const takeRemote =
      rs !== ls
        ? rs > ls
        : differ
          ? canonicalJson(rv) > canonicalJson(lv)
          : rb !== undefined && (lb === undefined || rb > lb)
    if (takeRemote) {
      ;(taken ??= []).push(field)
      if (rs > updated) updated = rs
    }
    // A side that never had the field loses nothing.
    if (!differ || (takeRemote ? lv : rv) === undefined) return
    if (takeRemote ? isSequentialLoss(ls, rs, rb) : isSequentialLoss(rs, ls, lb)) return
    conflicts.push(
      takeRemote
        ? {
            table,
            recordId: local.id,
            field,
            losingValue: lv,
            losingStamp: ls,
            winningValue: rv,
            winningStamp: rs,
          }
        : {
            table,
            recordId: local.id,
            field,
            losingValue: rv,
            losingStamp: rs,
            winningValue: lv,
            winningStamp: ls,
          },
    )
  }
  // Every data field and every stamped field of either side, each once.
  for (const f in local) if (!isMeta(f)) decide(f)
  for (const f in local._hlc) if (!isMeta(f) && !hasOwn(local, f)) decide(f)
  for (const f in remote) if (!isMeta(f) && !hasOwn(local, f) && !hasOwn(local._hlc, f)) decide(f)
  for (const f in remote._hlc)
    if (!isMeta(f) && !hasOwn(remote, f) && !hasOwn(local, f) && !hasOwn(local._hlc, f)) decide(f)

  const createdAt = remote.createdAt < local.createdAt ? remote.createdAt : local.createdAt
  if (taken === null && createdAt === local.createdAt && updated === local._updated)
    return { record: localRecord, conflicts }

  const record: Record<string, unknown> = { ...local }
  const hlc: Record<string, HlcString> = { ...local._hlc }
  // The winning write's base travels with its value.
  let base: Record<string, CausalBase> | undefined = local._base ? { ...local._base } : undefined
  for (const f of taken ?? []) {
    const rv = remote[f]
    const rs = remote._hlc[f]
    const rb = baseOf(remote, f)
    if (rv === undefined) delete record[f]
    else record[f] = rv
    if (rs === undefined) delete hlc[f]
    else hlc[f] = rs
    if (rb !== undefined) (base ??= {})[f] = rb
    else if (base) delete base[f]
  }
  record.createdAt = createdAt
  record.deleted = record.deleted === true
  record._hlc = hlc
  record._updated = updated
  if (base && Object.keys(base).length > 0) record._base = base
  else delete record._base
  return { record: record as unknown as R, conflicts }
}

/** What a table merge would do to the local table: the dry run's numbers. */
export interface TableMergeCounts {
  /** Records new to this office (including ones that arrive already in the recycle bin). */
  added: number
  /** Existing records whose values or stamps change (restores included), apart from those below. */
  changed: number
  /** Live records here that the merge moves to the recycle bin. */
  deleted: number
  /** Values that lose a concurrent edit to a different value (see Conflict). */
  conflicts: number
  /** Records here that stay exactly as they are. */
  unchanged: number
  /**
   * Records that one side moved to the recycle bin while the other, holding
   * them live, edited them without having seen the deletion: the
   * delete-versus-edit rule decides them (both apply), and the dry run says so.
   */
  deleteEdit: number
}

/**
 * Whether merging `a` and `b` into `merged` met a delete against a concurrent
 * edit. The result is deleted, and either
 * - one side had the record live and had written some field after (by stamp)
 *   the deleting side's copy of it: the deleting side had not seen that edit
 *   (an office's copy of a field only grows, so an older or missing stamp there
 *   means the edit had not reached it); or
 * - the result holds an edit by another office stamped after the deletion: it
 *   was made on the live record, not knowing of the deletion. This is how the
 *   second office sees the case, once the first has merged both.
 */
export function isDeleteEditClash(a: SyncMeta, b: SyncMeta, merged: SyncMeta): boolean {
  if (!merged.deleted) return false
  const deletedAt = merged._hlc.deleted ?? ''
  const deleter = stampReplica(deletedAt)
  for (const f in merged._hlc) {
    if (f === 'deleted' || isMeta(f)) continue
    const s = merged._hlc[f]!
    if (s > deletedAt && stampReplica(s) !== deleter) return true
  }
  if (a.deleted === b.deleted) return false
  const [live, gone] = a.deleted ? [b, a] : [a, b]
  for (const f in live._hlc) {
    if (f === 'deleted' || isMeta(f)) continue
    if (live._hlc[f]! > (gone._hlc[f] ?? '')) return true
  }
  return false
}

export interface TableMerge<R extends SyncMeta = SyncedRow> {
  /** The whole merged table: unchanged local records are the same objects. */
  rows: R[]
  /** Only the records to write (added, changed, deleted), in the same order as in `rows`. */
  written: R[]
  conflicts: Conflict[]
  counts: TableMergeCounts
}

/** Rows keyed by id; duplicate ids (a damaged file) are merged with each other rather than dropped. */
function byId<R extends SyncMeta>(
  table: string,
  rows: TableSnapshot<R>,
  conflicts: Conflict[],
): Map<string, R> {
  const map = new Map<string, R>()
  for (const row of rows) {
    const seen = map.get(row.id)
    if (!seen) {
      map.set(row.id, row)
      continue
    }
    const m = mergeRecord(table, seen, row)
    for (const c of m.conflicts) conflicts.push(c)
    map.set(row.id, m.record)
  }
  return map
}

/**
 * Merges a whole table. Records on one side only are taken as they are: a
 * record missing from a file (e.g. one exported for selected classes) is
 * never a deletion; deletions travel as stamped tombstones. `local` holds
 * each id once (it is the database's primary key); the file may repeat one.
 */
export function mergeTables<R extends SyncMeta>(
  table: string,
  local: TableSnapshot<R>,
  remote: TableSnapshot<R>,
): TableMerge<R> {
  const conflicts: Conflict[] = []
  /** Remote records not yet matched with a local one. */
  const unmatched = byId(table, remote, conflicts)
  const counts: TableMergeCounts = {
    added: 0,
    changed: 0,
    deleted: 0,
    conflicts: 0,
    unchanged: 0,
    deleteEdit: 0,
  }
  const rows: R[] = []
  const written: R[] = []

  for (const l of local) {
    const r = unmatched.get(l.id)
    if (!r) {
      rows.push(l)
      counts.unchanged++
      continue
    }
    unmatched.delete(l.id)
    const m = mergeRecord(table, l, r)
    for (const c of m.conflicts) conflicts.push(c)
    rows.push(m.record)
    if (m.record === l) {
      counts.unchanged++
      continue
    }
    written.push(m.record)
    if (!l.deleted && m.record.deleted) counts.deleted++
    else counts.changed++
    if (isDeleteEditClash(l, r, m.record)) counts.deleteEdit++
  }
  for (const r of unmatched.values()) {
    rows.push(r)
    written.push(r)
    counts.added++
  }
  counts.conflicts = conflicts.length
  return { rows, written, conflicts, counts }
}
