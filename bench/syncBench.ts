import 'fake-indexeddb/auto'
import { Deflate, Inflate } from 'fflate'
import { concatBytes } from '../src/shared/sync/bytes'
import { MIN_PBKDF2_ITERATIONS } from '../src/shared/sync/snapshotCrypto'
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_COMPRESSION_LEVEL } from '../src/shared/sync/snapshotFile'
import { buildSnapshot, type Snapshot } from '../src/shared/sync/snapshot'
import { BackupService } from '../src/renderer/db/sync/backupService'
import { createIndexedDbBackupStore } from '../src/renderer/db/sync/backupStore'
import { SYNCED_TABLES } from '../src/renderer/db/core/database'
import { openData, type DataAccess } from '../src/renderer/db/core/openData'
import type { LocalImportPlan } from '../src/renderer/db/sync/syncRepository'
import { LATEST_SCHEMA_VERSION } from '../src/renderer/db/core/schema'
import { createDirectSnapshotCodec, encodeVerified } from '../src/renderer/workers/snapshotCodec'
import { MemorySampler, type MemoryPeak } from './memorySampler'
import { editedElsewhere, rowCount, scaledSchool, tenYearSchool, type SchoolTables } from './tenYearSchool'

/**
 * Issue 6 benchmark: export and import of the ten-year school through the app's own code, beside
 * the raw cost of the same work (docs: bench/README.md, "Sync"). Each call runs one side of one
 * scenario; the runner (run-sync-bench.mjs) gives each its own process, so peak memory is its own.
 *
 * - export: app = SyncRepository.readSnapshot('all') (one read transaction over every synced
 *   table) + encodeVerified (what the snapshot worker runs: streaming JSON + deflate, PBKDF2,
 *   chunked AES-256-GCM, then the read-back: decode and compare). raw = toArray of every table in
 *   one transaction + JSON.stringify + fflate deflate + PBKDF2 + one AES-GCM call (and, for the
 *   read-back, one AES-GCM call + inflate + JSON.parse), in slices of rows (see rawEncode).
 * - import (into an empty office) and merge (into an office holding the school with its own
 *   edits, from a file with the other office's edits): app = decodeSnapshot + planImport (the dry
 *   run) + applyImport (one transaction); the import screen also takes a backup first and plans
 *   again, timed apart. raw = decrypt + inflate + JSON.parse + Dexie bulkPut of every row in one
 *   transaction. */

export type Scenario = 'export' | 'import' | 'merge'
export type Side = 'app' | 'raw'

export interface BenchResult {
  scenario: Scenario
  side: Side
  rows: number
  fileBytes: number
  /** Milliseconds per step, in order. */
  steps: Record<string, number>
  /** What the goal compares: every step but the import screen's extra backup and dry run. */
  total: number
  totalWithExtras: number
  memory: MemoryPeak
  /** Import and merge (app): conflicts logged and rows written. */
  conflicts?: number
  written?: number
}

const PASS = '基准测试口令2025'
const SCHOOL = '中共松江区委党校'
/** Both offices joined one school (schoolIdentity.ts): files are matched by this id. */
const SCHOOL_ID = '01BENCHSCH0000000000000000'
const OFFICE_A = '01BENCH0FF1CEA000000000000' // a ULID's shape (hlc.ts REPLICA_ID_PATTERN)
const OFFICE_B = '01BENCH0FF1CEB000000000000'

const now = () => performance.now()
/** Rows per bulkPut on the raw side: the app's apply batch (syncRepository.ts APPLY_BATCH). */
const RAW_BATCH = 2000

/** Writes the tables into an office's database as a restore would: not timed, setup only. */
async function populate(data: DataAccess, tables: SchoolTables): Promise<void> {
  for (const name of SYNCED_TABLES) {
    const rows = tables[name]
    await data.db.transaction('rw', data.db.table(name), async () => {
      for (let i = 0; i < rows.length; i += 5000) await data.db.table(name).bulkPut(rows.slice(i, i + 5000))
    })
  }
}

let dbCount = 0
async function office(name: string): Promise<DataAccess> {
  const data = await openData(`bench-${name}-${++dbCount}`)
  await data.settings.save({ schoolName: SCHOOL, officeName: name, currentUser: '', schoolId: SCHOOL_ID })
  return data
}

function fileOf(tables: SchoolTables, replicaId: string): Snapshot {
  return buildSnapshot(
    {
      schemaVersion: LATEST_SCHEMA_VERSION,
      appVersion: '0.1.0',
      school: SCHOOL,
      schoolId: SCHOOL_ID,
      replicaId,
      replicaName: replicaId === OFFICE_A ? '本部教务科' : '分校区',
      clockStamp: '',
      scope: 'all',
    },
    tables,
  )
}

async function rawKey(salt: Uint8Array<ArrayBuffer>) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASS), 'PBKDF2', false, [
    'deriveKey',
  ])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: MIN_PBKDF2_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

interface RawFile {
  sealed: Uint8Array<ArrayBuffer>
  salt: Uint8Array<ArrayBuffer>
  iv: Uint8Array<ArrayBuffer>
}

/** Rows per JSON.stringify on the raw side, as the app's encoder slices them. */
const RAW_SLICE = 8192

/**
 * JSON + fflate + WebCrypto, the plainest way that works at this size. One JSON.stringify of
 * the whole school cannot: its text (about 670 million characters) is longer than V8 lets a
 * string be. So: one line of JSON per slice of rows (`["table",[rows…]]`), deflated as one
 * stream, encrypted with one AES-GCM call.
 */
async function rawEncode(tables: Record<string, unknown[]>, mem: MemorySampler): Promise<RawFile> {
  const parts: Uint8Array[] = []
  const deflate = new Deflate({ level: SNAPSHOT_COMPRESSION_LEVEL }, (data) => parts.push(data))
  const encoder = new TextEncoder()
  for (const [name, rows] of Object.entries(tables))
    for (let i = 0; i < rows.length; i += RAW_SLICE) {
      const bytes = encoder.encode(JSON.stringify([name, rows.slice(i, i + RAW_SLICE)]) + '\n')
      // fflate is several times slower fed MBs per push than a few hundred KB.
      for (let at = 0; at < bytes.length; at += 256 * 1024) deflate.push(bytes.subarray(at, at + 256 * 1024))
    }
  deflate.push(new Uint8Array(0), true)
  mem.sample()
  const compressed = concatBytes(parts)
  mem.sample()
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await rawKey(salt)
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, compressed))
  mem.sample()
  return { sealed, salt, iv }
}

/** Back: one AES-GCM call, inflate as a stream, JSON.parse line by line. */
async function rawDecode(file: RawFile, mem: MemorySampler): Promise<Record<string, unknown[]>> {
  const key = await rawKey(file.salt)
  const compressed = new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: file.iv }, key, file.sealed),
  )
  mem.sample()
  const tables: Record<string, unknown[]> = {}
  const decoder = new TextDecoder()
  /** The line being read, from earlier pieces: joined once its end arrives. */
  let pending: string[] = []
  const lines = (text: string) => {
    let from = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      pending.push(text.slice(from, nl))
      const [name, rows] = JSON.parse(pending.join('')) as [string, unknown[]]
      pending = []
      const into = (tables[name] ??= [])
      for (const row of rows) into.push(row)
      from = nl + 1
    }
    if (from < text.length) pending.push(text.slice(from))
  }
  const inflate = new Inflate((data, final) => lines(decoder.decode(data, { stream: !final })))
  for (let i = 0; i < compressed.length; i += 1 << 16) {
    inflate.push(compressed.subarray(i, i + (1 << 16)), i + (1 << 16) >= compressed.length)
    if (i % (1 << 20) === 0) mem.sample()
  }
  return tables
}

/** Not timed: the app's import really wrote the school (import) or its changes (merge). */
async function checkImported(here: DataAccess, plan: LocalImportPlan, scenario: 'import' | 'merge') {
  let stored = 0
  for (const n of SYNCED_TABLES) stored += await here.db.table(n).count()
  const expected = Object.values(plan.header.counts).reduce((t, c) => t + c, 0)
  if (stored !== expected) throw new Error(`${scenario}: ${stored} rows stored, the file has ${expected}`)
  if (scenario === 'merge' && plan.conflicts.length === 0) throw new Error('merge: no conflicts logged')
}

/** Runs the timed steps in order, sampling memory throughout. */
async function timed(mem: MemorySampler, steps: [string, () => Promise<void>][]) {
  const out: Record<string, number> = {}
  let endedAt = 0
  mem.start()
  for (const [name, step] of steps) {
    const t = now()
    await step()
    endedAt = now()
    out[name] = endedAt - t
    mem.sample()
  }
  return { steps: out, endedAt, memory: mem.stop() }
}

interface SideRun {
  steps: Record<string, number>
  memory: MemoryPeak
  fileBytes: number
  /** The steps the goal compares, when not all of them. */
  core?: string[]
  conflicts?: number
  written?: number
}

async function exportSide(side: Side, school: () => SchoolTables, mem: MemorySampler): Promise<SideRun> {
  const data = await office('本部教务科')
  // Only the database holds the school while the steps run, as in the app.
  await populate(data, school())
  let fileBytes = 0
  if (side === 'app') {
    let snapshot: Snapshot | undefined
    let encodedAt = 0
    const run = await timed(mem, [
      ['read', async () => void (snapshot = await data.sync.readSnapshot('all'))],
      [
        'encode',
        async () => {
          const bytes = await encodeVerified(snapshot!, PASS, {
            onProgress: (f) => {
              mem.sample()
              // encodeVerified gives the encoder 0…0.6 of its progress and the read-back the rest.
              if (f >= 0.6 && encodedAt === 0) encodedAt = now()
            },
          })
          fileBytes = bytes.length
        },
      ],
    ])
    // Split the worker's one call at the encoder's last progress report.
    const readBack = run.endedAt - encodedAt
    run.steps.encode = run.steps.encode! - readBack
    run.steps.readBack = readBack
    return { ...run, fileBytes }
  }
  let tablesRead: Record<string, unknown[]> = {}
  let file: RawFile | undefined
  const run = await timed(mem, [
    [
      'read',
      async () => {
        tablesRead = await data.db.transaction(
          'r',
          SYNCED_TABLES.map((n) => data.db.table(n)),
          async () => {
            const out: Record<string, unknown[]> = {}
            for (const n of SYNCED_TABLES) out[n] = await data.db.table(n).toArray()
            return out
          },
        )
      },
    ],
    ['encode', async () => void (file = await rawEncode(tablesRead, mem))],
    ['readBack', async () => void (await rawDecode(file!, mem))],
  ])
  return { ...run, fileBytes: file!.sealed.length }
}

async function importSide(
  side: Side,
  scenario: 'import' | 'merge',
  school: () => SchoolTables,
  mem: MemorySampler,
): Promise<SideRun> {
  // The file comes from office A; office B is empty (import) or holds its own edited copy (merge).
  // Only the file's bytes and B's database are kept for the steps, as in the app.
  const here = await office('分校区')
  const fileFromA = async (encode: (s: Snapshot) => Promise<Uint8Array | RawFile>) => {
    let base: SchoolTables | null = school()
    if (scenario === 'merge') await populate(here, editedElsewhere(base, OFFICE_B, 0.05, 22))
    const fromA = scenario === 'merge' ? editedElsewhere(base, OFFICE_A, 0.05, 11) : base
    base = null
    return encode(fileOf(fromA, OFFICE_A))
  }
  if (side === 'app') {
    const bytes = (await fileFromA((s) => encodeSnapshot(s, { passphrase: PASS }))) as Uint8Array
    const backups = new BackupService(
      here.sync,
      createIndexedDbBackupStore(`bench-backups-${dbCount}`),
      createDirectSnapshotCodec(),
    )
    let decoded: Snapshot | undefined
    let plan: LocalImportPlan | undefined
    const run = await timed(mem, [
      ['decode', async () => void (decoded = await decodeSnapshot(bytes, PASS, () => mem.sample()))],
      ['plan', async () => void (plan = await here.sync.planImport(decoded!))],
      // The import screen (ImportPanel.apply) backs up, then plans again if anything was written since.
      ['backup', async () => void (await backups.create('beforeImport', () => mem.sample()))],
      [
        'recheck',
        async () => {
          if (!(await here.sync.isUnchangedSince(plan!))) plan = await here.sync.planImport(decoded!)
        },
      ],
      [
        'apply',
        async () =>
          void (await here.sync.applyImport(plan!, { fileName: 'a.banwu', onProgress: () => mem.sample() })),
      ],
    ])
    await checkImported(here, plan!, scenario)
    return {
      ...run,
      fileBytes: bytes.length,
      conflicts: plan!.conflicts.length,
      written: rowCount(plan!.rows),
      // The goal compares the import itself; the screen's backup and second dry run come on top.
      core: ['decode', 'plan', 'apply'],
    }
  }
  const file = (await fileFromA((s) => rawEncode(s.tables, mem))) as RawFile
  let tables: Record<string, unknown[]> = {}
  const run = await timed(mem, [
    ['decode', async () => void (tables = await rawDecode(file, mem))],
    [
      'bulkPut',
      async () => {
        await here.db.transaction(
          'rw',
          SYNCED_TABLES.map((n) => here.db.table(n)),
          async () => {
            // In batches, as the app's apply writes: one bulkPut of 600,000 rows is twice as slow here.
            for (const n of SYNCED_TABLES) {
              const rows = tables[n] ?? []
              for (let i = 0; i < rows.length; i += RAW_BATCH)
                await here.db.table(n).bulkPut(rows.slice(i, i + RAW_BATCH))
            }
          },
        )
      },
    ],
  ])
  return { ...run, fileBytes: file.sealed.length }
}

/** One side of one scenario at `scale` of the ten-year school. */
export async function runSyncBench(scenario: Scenario, side: Side, scale: number): Promise<BenchResult> {
  const size = scaledSchool(scale)
  let rows = 0
  const school = () => {
    const tables = tenYearSchool(size)
    rows = rowCount(tables)
    return tables
  }
  const mem = new MemorySampler()
  const result =
    scenario === 'export'
      ? await exportSide(side, school, mem)
      : await importSide(side, scenario, school, mem)
  const sum = (names: readonly string[]) => names.reduce((t, n) => t + (result.steps[n] ?? 0), 0)
  const all = Object.keys(result.steps)
  return {
    scenario,
    side,
    rows,
    fileBytes: result.fileBytes,
    steps: result.steps,
    total: sum(result.core ?? all),
    totalWithExtras: sum(all),
    memory: result.memory,
    ...(result.conflicts !== undefined ? { conflicts: result.conflicts, written: result.written } : {}),
  }
}
