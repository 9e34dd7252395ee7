import type { HlcString } from './hlc'
import type { SyncMeta } from './record'
import { canonicalJson, sameFieldValue } from './fieldValue'

/**
 * Merging two offices' copies of the same data (docs/sync-merge.md).
 *
 * Per field, the write with the newest HLC stamp wins. `deleted` is a field
 * like any other, so a delete and a concurrent edit of another field both
 * apply: the record ends in the recycle bin holding the edited values. Every
 * value that loses to a different value is reported as a conflict, so the
 * merge itself never drops anything silently; the caller keeps the log.
 *
 * On record values the merge is commutative, associative and idempotent (a
 * join): any order of imports, with repeats and stale files, ends in the same
 * state. The conflict list is a side output and is the same whichever side is
 * called local.
 */

/** A stored record of any synced table: sync metadata plus plain JSON-like fields. */
export type SyncedRow = SyncMeta & Record<string, unknown>

/**
 * The rows of one table, as read from the database or a snapshot. Typed
 * records (`Synced<F>[]` from Dexie) fit as they are.
 */
export type TableSnapshot<R extends SyncMeta = SyncMeta> = readonly R[]

/** A value that lost a merge to a different value: kept so the user can restore it. */
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
 * The loser was written by the same office as the winner, so the winning edit
 * was made after that office had the losing value: an ordinary later edit
 * that reached here by sync, not a concurrent one. Stamps alone cannot prove
 * the opposite, so entries from different offices may still be sequential.
 */
export function isSupersededBySameReplica(c: Pick<Conflict, 'losingStamp' | 'winningStamp'>): boolean {
  // A stamp is `<15-digit wall>-<6-digit counter>-<replica>` (hlc.ts); slicing never throws on a bad one.
  const replicaOf = (s: HlcString) => s.slice(23)
  return c.losingStamp !== '' && replicaOf(c.losingStamp) === replicaOf(c.winningStamp)
}

export interface RecordMerge<R extends SyncMeta = SyncedRow> {
  /** The merged record; the very `local` object when nothing changed. */
  record: R
  conflicts: Conflict[]
}

const hasOwn = Object.hasOwn

/** Bookkeeping keys (record.ts META_FIELDS), tested inline: this runs for every field of every record. */
function isMeta(field: string): boolean {
  return field === 'id' || field === 'createdAt' || field === '_hlc' || field === '_updated'
}

/** Whether the remote write of a field beats the local one; ties of equal stamps fall to the value. */
function remoteWins(
  localStamp: HlcString,
  remoteStamp: HlcString,
  localValue: unknown,
  remoteValue: unknown,
) {
  if (remoteStamp !== localStamp) return remoteStamp > localStamp
  // Equal stamps are the same write, so the values are equal; if some bug or
  // hand-edited file made them differ, both offices still pick the same one.
  return canonicalJson(remoteValue) > canonicalJson(localValue)
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
  /** Fields the remote copy wins with a different value or stamp. */
  let taken: string[] | null = null
  let updated = local._updated > remote._updated ? local._updated : remote._updated

  const decide = (field: string) => {
    const ls = local._hlc[field] ?? ''
    const rs = remote._hlc[field] ?? ''
    const lv = local[field]
    const rv = remote[field]
    const takeRemote = remoteWins(ls, rs, lv, rv)
    const differ = !sameFieldValue(lv, rv)
    if (takeRemote && (differ || rs !== ls)) (taken ??= []).push(field)
    if (takeRemote && rs > updated) updated = rs
    // A side that never had the field loses nothing.
    if (!differ || (takeRemote ? lv : rv) === undefined) return
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
  for (const f of taken ?? []) {
    const rv = remote[f]
    const rs = remote._hlc[f]
    if (rv === undefined) delete record[f]
    else record[f] = rv
    if (rs === undefined) delete hlc[f]
    else hlc[f] = rs
  }
  record.createdAt = createdAt
  record.deleted = record.deleted === true
  record._hlc = hlc
  record._updated = updated
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
  /** Values that lose to a different value (see Conflict). */
  conflicts: number
  /** Records here that stay exactly as they are. */
  unchanged: number
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
  const counts: TableMergeCounts = { added: 0, changed: 0, deleted: 0, conflicts: 0, unchanged: 0 }
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
  }
  for (const r of unmatched.values()) {
    rows.push(r)
    written.push(r)
    counts.added++
  }
  counts.conflicts = conflicts.length
  return { rows, written, conflicts, counts }
}
