/**
 * For tests of sync (issue 6): offices as separate databases on fake-indexeddb
 * (import 'fake-indexeddb/auto' first), one shared wall clock the test moves,
 * file bytes through the in-thread codec, and "the data" of an office as a
 * full export sorted by id.
 */
import { newClassDefaults, type TrainingClassInput } from '@shared/domain/trainingClass'
import type { Snapshot } from '@shared/sync/snapshot'
import { createDirectSnapshotCodec } from '../../src/renderer/workers/snapshotCodec'
import { SYNCED_TABLES } from '../../src/renderer/db/core/database'
import { openData, type DataAccess } from '../../src/renderer/db/core/openData'

/** Fast KDF: these tests are about the data; the file format has its own tests. */
export const testCodec = createDirectSnapshotCodec({ iterations: 1000, allowWeakKdfForTests: true })
export const TEST_PASS = '同步口令2025'
export const TEST_SCHOOL = '中共松江区委党校'

/** Offices of one school name share its id here, as offices that joined one school do (schoolIdentity.ts). */
const schoolIds = new Map<string, string>()
export function testSchoolId(schoolName: string = TEST_SCHOOL): string {
  let id = schoolIds.get(schoolName)
  if (!id) schoolIds.set(schoolName, (id = `01TESTSCH${String(schoolIds.size + 1).padStart(17, '0')}`))
  return id
}

export interface TestOffices {
  /** A new office (its own database) with the school and office name set. */
  office(officeName: string, schoolName?: string): Promise<DataAccess>
  /** Moves the shared wall clock on, so "later" is certain. */
  tick(ms?: number): number
  /** Closes every database opened; call in afterEach. */
  closeAll(): void
}

export function testOffices(prefix: string, start = 1_763_000_000_000): TestOffices {
  let wall = start
  let n = 0
  const opened: DataAccess[] = []
  return {
    async office(officeName, schoolName = TEST_SCHOOL) {
      const data = await openData(`${prefix}-${++n}`, () => wall)
      opened.push(data)
      await data.settings.save({
        schoolName,
        officeName,
        currentUser: '',
        schoolId: testSchoolId(schoolName),
      })
      return data
    },
    tick: (ms = 1000) => (wall += ms),
    closeAll() {
      for (const d of opened.splice(0)) d.db.close()
    },
  }
}

export const classInput = (name: string): TrainingClassInput => ({
  ...newClassDefaults('zhongqing', '2025-03-03'),
  name,
  endDate: '2025-05-30',
  totalHours: 120,
})

/** One morning lecture of a class's plan, for tests that need a session to mark. */
export const OPENING_LECTURE = {
  date: '2025-03-04',
  slot: 'morning',
  start: '09:00',
  end: '11:30',
  topic: '开班式',
  form: 'lecture',
  teacher: '李老师',
  place: '报告厅',
  hours: 3,
} as const

/** The bytes of an export of `from`, as the export screen makes them. */
export async function exportBytes(
  from: DataAccess,
  scope: Snapshot['header']['scope'] = 'all',
  passphrase: string | null = TEST_PASS,
): Promise<Uint8Array> {
  return testCodec.encode(await from.sync.readSnapshot(scope), passphrase)
}

/** Reads `bytes` into `to` as the import screen does, confirming whatever may be confirmed. */
export async function importBytes(to: DataAccess, bytes: Uint8Array, passphrase: string | null = TEST_PASS) {
  const snapshot = await testCodec.decode(bytes, passphrase)
  let plan = await to.sync.planImport(snapshot)
  if (!plan.canApply && plan.refusals.every((r) => r.overridable))
    plan = await to.sync.planImport(snapshot, {
      olderThanMerged: true,
      massDelete: true,
      massOverwrite: true,
    })
  const outcome = await to.sync.applyImport(plan, { fileName: 'test.banwu' })
  return { plan, outcome }
}

/** Every synced table's rows, sorted by id: what "identical data" means. */
export async function dumpSynced(data: DataAccess): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const name of SYNCED_TABLES)
    out[name] = (await data.db.table<{ id: string }, string>(name).toArray()).sort((a, b) =>
      a.id.localeCompare(b.id),
    )
  return out
}

/**
 * Everything an office holds, local tables included (conflict log, 同步记录,
 * clock, marks, settings): what "the database is unchanged" means.
 */
export async function dumpAll(data: DataAccess): Promise<Record<string, unknown[]>> {
  const out = await dumpSynced(data)
  out.local = await data.db.local.toArray()
  out.conflicts = await data.db.conflicts.toArray()
  out.syncLog = await data.db.syncLog.toArray()
  return out
}
