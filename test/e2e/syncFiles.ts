/**
 * Snapshot files on the test's side (Node), for the sync e2e tests: reading what an office
 * exported, to compare two offices' data; and making the files a user might be handed that the
 * app must refuse or question (another school, a newer app, one deleting most of a table).
 * Uses the app's own format code (src/shared/sync), so the files are exactly what the app writes.
 */
import { readFile } from 'node:fs/promises'
import { formatHlc, parseHlc } from '../../src/shared/sync/hlc'
import type { SyncedRow } from '../../src/shared/sync/merge'
import type { Snapshot } from '../../src/shared/sync/snapshot'
import { decodeSnapshot, encodeSnapshot } from '../../src/shared/sync/snapshotFile'

export async function readSnapshotFile(path: string, passphrase: string): Promise<Snapshot> {
  return decodeSnapshot(new Uint8Array(await readFile(path)), passphrase)
}

/** An office's data as a full export holds it: every table's rows sorted by id. */
export async function exportedData(path: string, passphrase: string): Promise<Record<string, SyncedRow[]>> {
  const { tables } = await readSnapshotFile(path, passphrase)
  const out: Record<string, SyncedRow[]> = {}
  for (const name of Object.keys(tables).sort())
    out[name] = [...(tables[name] ?? [])].sort((a, b) => a.id.localeCompare(b.id))
  return out
}

/**
 * The file `path` as its office would export it after one more write to every live record of
 * `table`: `edit` gets each record and a stamp later than anything in the file.
 */
async function withEveryLiveRow(
  path: string,
  passphrase: string,
  table: string,
  edit: (row: SyncedRow, stamp: string) => SyncedRow,
): Promise<Buffer> {
  const snapshot = await readSnapshotFile(path, passphrase)
  const mark = parseHlc(snapshot.header.hlcHighWater)
  let counter = mark.counter
  const rows = (snapshot.tables[table] ?? []).map((row) =>
    row.deleted ? row : edit(row, formatHlc({ ...mark, counter: ++counter })),
  )
  const header = { ...snapshot.header, hlcHighWater: formatHlc({ ...mark, counter }) }
  return encodeAgain({ header, tables: { ...snapshot.tables, [table]: rows } }, passphrase)
}

/** ... after moving every live record of `table` to the recycle bin. */
export function withAllDeleted(path: string, passphrase: string, table: string): Promise<Buffer> {
  return withEveryLiveRow(path, passphrase, table, (row, stamp) => ({
    ...row,
    deleted: true,
    _hlc: { ...row._hlc, deleted: stamp },
    _updated: stamp,
  }))
}

/** ... after rewriting `fields` of every live record of `table` (each new value from the old). */
export function withAllChanged(
  path: string,
  passphrase: string,
  table: string,
  fields: Record<string, (old: unknown) => unknown>,
): Promise<Buffer> {
  return withEveryLiveRow(path, passphrase, table, (row, stamp) => {
    const changed: SyncedRow = { ...row, _hlc: { ...row._hlc }, _updated: stamp }
    for (const [field, value] of Object.entries(fields)) {
      changed[field] = value(row[field])
      changed._hlc[field] = stamp
    }
    return changed
  })
}

/** The file `path` with header fields changed, as if written elsewhere (another school, a newer app). */
export async function withHeader(
  path: string,
  passphrase: string,
  header: Partial<Snapshot['header']>,
): Promise<Buffer> {
  const snapshot = await readSnapshotFile(path, passphrase)
  return encodeAgain({ ...snapshot, header: { ...snapshot.header, ...header } }, passphrase)
}

/**
 * The file `path` as made on a PC whose clock runs `days` ahead: its high-water mark and the newest
 * row's stamps lie that far in the future (still a valid, well-encrypted file).
 */
export async function withClockAhead(path: string, passphrase: string, days: number): Promise<Buffer> {
  const snapshot = await readSnapshotFile(path, passphrase)
  const mark = parseHlc(snapshot.header.hlcHighWater)
  const future = formatHlc({ ...mark, wall: Date.now() + days * 24 * 60 * 60 * 1000 })
  const tables = { ...snapshot.tables }
  const [first, ...rest] = tables.classes ?? []
  if (first) tables.classes = [{ ...first, _hlc: { ...first._hlc, note: future }, _updated: future }, ...rest]
  return encodeAgain({ header: { ...snapshot.header, hlcHighWater: future }, tables }, passphrase)
}

async function encodeAgain(snapshot: Snapshot, passphrase: string): Promise<Buffer> {
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(snapshot.tables)) counts[name] = rows.length
  return Buffer.from(
    await encodeSnapshot({ ...snapshot, header: { ...snapshot.header, counts } }, { passphrase }),
  )
}
