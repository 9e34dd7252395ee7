import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { newClassDefaults, type TrainingClassInput } from '@shared/domain/trainingClass'
import { isSupersededBySameReplica } from '@shared/sync/merge'
import type { Snapshot } from '@shared/sync/snapshot'
import { createDirectSnapshotCodec } from '../../workers/snapshotCodec'
import { SYNCED_TABLES } from '../core/database'
import { openData, type DataAccess } from '../core/openData'
import { emptyPerson, newEnrollment } from '../roster/rosterBuilders'
import type { PersonFields } from '../roster/rosterRecords'
import { personIdFor } from '../roster/personId'
import { SyncedRepository } from '../core/syncedRepository'
import { testSchoolId } from '../../../../test/helpers/syncTestOffices'

/** Fast KDF: these tests are about the data, the file format has its own. */
const codec = createDirectSnapshotCodec({ iterations: 1000, allowWeakKdfForTests: true })
const PASS = '同步口令2025'

let n = 0
const opened: DataAccess[] = []
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

/** One wall clock for all offices, moved by the test, so "later" is certain. */
let wall = 1_763_000_000_000
const tick = (ms = 1000) => (wall += ms)

async function office(officeName: string, schoolName = '中共松江区委党校') {
  const data = await openData(`sync-${++n}`, () => wall)
  opened.push(data)
  await data.settings.save({ schoolName, officeName, currentUser: '', schoolId: testSchoolId(schoolName) })
  return data
}

const classInput = (name: string): TrainingClassInput => ({
  ...newClassDefaults('zhongqing', '2025-03-03'),
  name,
  endDate: '2025-05-30',
  totalHours: 120,
})

/** Exports `from` through real file bytes and imports them into `to`, confirming what needs it. */
async function exchange(from: DataAccess, to: DataAccess, scope: Snapshot['header']['scope'] = 'all') {
  tick()
  const bytes = await codec.encode(await from.sync.readSnapshot(scope), PASS)
  const snapshot = await codec.decode(bytes, PASS)
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
async function dump(data: DataAccess) {
  const out: Record<string, unknown[]> = {}
  for (const name of SYNCED_TABLES)
    out[name] = (await data.db.table(name).toArray()).sort((a: { id: string }, b: { id: string }) =>
      a.id.localeCompare(b.id),
    )
  return out
}

function person(name: string, idNumber: string): PersonFields {
  return { ...emptyPerson(name), idNumber }
}

const enrollment = newEnrollment

describe('export and import between two offices', () => {
  it('brings a second office to the same data, and both converge after edits on both sides', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const c1 = await a.classes.createClass(classInput('2025年春季中青班'))
    await a.classes.createClass(classInput('2025年处级班'))
    const first = await exchange(a, b)
    expect(first.plan.tables.classes).toMatchObject({ added: 2, changed: 0, deleted: 0, conflicts: 0 })
    expect(await dump(b)).toEqual(await dump(a))

    // Different fields on each side: both edits survive.
    tick()
    await a.classes.update(c1.id, { totalHours: 100 })
    tick()
    await b.classes.update(c1.id, { note: '分校区加的备注' })
    await exchange(a, b)
    await exchange(b, a)
    expect(await dump(b)).toEqual(await dump(a))
    expect(await a.classes.get(c1.id)).toMatchObject({ totalHours: 100, note: '分校区加的备注' })
  })

  it('changes nothing when the same file is imported twice', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    await a.classes.createClass(classInput('2025年春季中青班'))
    const bytes = await codec.encode(await a.sync.readSnapshot('all'), PASS)
    const snapshot = await codec.decode(bytes, PASS)
    await b.sync.applyImport(await b.sync.planImport(snapshot), { fileName: 'x.banwu' })
    const before = await dump(b)

    const again = await b.sync.planImport(snapshot)
    expect(again.refusals.map((r) => r.code)).toEqual(['olderThanMerged'])
    expect(again.canApply).toBe(false)
    const confirmed = await b.sync.planImport(snapshot, { olderThanMerged: true })
    expect(confirmed.isNoop).toBe(true)
    const outcome = await b.sync.applyImport(confirmed, { fileName: 'x.banwu' })
    expect(outcome.conflicts).toBe(0)
    expect(Object.values(outcome.written).reduce((s, x) => s + x, 0)).toBe(0)
    expect(await dump(b)).toEqual(before)
    expect(await b.db.conflicts.count()).toBe(0)
  })

  it('logs the losing value of a concurrent edit, and restoring it is a new edit that syncs', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const c = await a.classes.createClass(classInput('2025年春季中青班'))
    await exchange(a, b)
    tick()
    await a.classes.update(c.id, { name: '本部改的名字' })
    tick()
    await b.classes.update(c.id, { name: '分校区改的名字' })

    const { outcome } = await exchange(b, a)
    // B's edit is newer: it wins in A, and A's value is logged.
    expect((await a.classes.get(c.id))?.name).toBe('分校区改的名字')
    expect(outcome.conflicts).toBe(1)
    const [logged] = await a.sync.conflicts.list()
    expect(logged).toMatchObject({
      table: 'classes',
      recordId: c.id,
      field: 'name',
      losingValue: '本部改的名字',
      winningValue: '分校区改的名字',
      importId: outcome.importId,
      resolved: '',
    })
    expect(isSupersededBySameReplica(logged!)).toBe(false)
    expect(logged!.losingStamp.endsWith(a.replica.id)).toBe(true)
    expect(logged!.winningStamp.endsWith(b.replica.id)).toBe(true)
    expect(await a.sync.state.replicaNames()).toEqual({ [b.replica.id]: '分校区' })

    // A's file now carries B's value: B has nothing to log, the loss is on record in A.
    await exchange(a, b)
    expect((await b.classes.get(c.id))?.name).toBe('分校区改的名字')
    expect(await b.sync.conflicts.list()).toHaveLength(0)

    tick()
    await a.sync.conflicts.restore(logged!.seq!)
    expect((await a.classes.get(c.id))?.name).toBe('本部改的名字')
    expect((await a.sync.conflicts.get(logged!.seq!))?.resolved).toBe('restored')
    expect(await a.sync.conflicts.countOpen()).toBe(0)
    await exchange(a, b)
    expect((await b.classes.get(c.id))?.name).toBe('本部改的名字')
    expect(await dump(b)).toEqual(await dump(a))
  })

  it('keeps a delete and a concurrent edit of the same class: in the recycle bin, with the edit', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const c = await a.classes.createClass(classInput('2025年春季中青班'))
    await exchange(a, b)
    tick()
    await a.classes.softDelete(c.id)
    tick()
    await b.classes.update(c.id, { note: '分校区修改' })
    await exchange(a, b)
    await exchange(b, a)
    for (const office of [a, b])
      expect(await office.classes.get(c.id)).toMatchObject({ deleted: true, note: '分校区修改' })
  })

  it('never overwrites an edit made between the dry run and applying it', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const c = await a.classes.createClass(classInput('2025年春季中青班'))
    await exchange(a, b)
    tick()
    await a.classes.update(c.id, { note: '本部的备注' })
    tick()
    const snapshot = await codec.decode(await codec.encode(await a.sync.readSnapshot('all'), PASS), PASS)
    const plan = await b.sync.planImport(snapshot)
    expect(await b.sync.isUnchangedSince(plan)).toBe(true)
    tick()
    await b.classes.update(c.id, { totalHours: 99 })
    // The import screen would make the dry run again; applying the old one loses nothing either.
    expect(await b.sync.isUnchangedSince(plan)).toBe(false)
    await b.sync.applyImport(plan, { fileName: 'x.banwu' })
    expect(await b.classes.get(c.id)).toMatchObject({ note: '本部的备注', totalHours: 99 })
  })

  it('merges a record new in the file that was also made here after the dry run (same natural key)', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const c = await a.classes.createClass(classInput('2025年春季中青班'))
    await exchange(a, b)
    const pid = personIdFor({ kind: 'idNumber', idNumber: '110101199003077777' })
    tick()
    await a.people.put(pid, { ...person('张三', '110101199003077777'), phone: '13900000001' })
    await a.enrollments.enrol(c.id, pid)
    const snapshot = await codec.decode(await codec.encode(await a.sync.readSnapshot('all'), PASS), PASS)
    const plan = await b.sync.planImport(snapshot)
    expect(plan.tables.people).toMatchObject({ added: 1 })
    // Meanwhile B enrols the same person from its own roster.
    tick()
    await b.people.put(pid, { ...person('张三', '110101199003077777'), unit: '分校区填的单位' })
    await b.enrollments.enrol(c.id, pid)
    await b.sync.applyImport(plan, { fileName: 'x.banwu' })
    expect(await b.people.get(pid)).toMatchObject({ phone: '', unit: '分校区填的单位' })
    expect(await b.db.enrollments.where('personId').equals(pid).count()).toBe(1)
    await exchange(b, a)
    expect(await dump(a)).toEqual(await dump(b))
  })

  it('exports only the selected classes with their rows and the people enrolled in them', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const kept = await a.classes.createClass(classInput('选中的班'))
    const other = await a.classes.createClass(classInput('没选的班'))
    const people = new SyncedRepository(a.db, a.db.people, a.replica)
    const enrollments = new SyncedRepository(a.db, a.db.enrollments, a.replica)
    const p1 = await people.create(person('张三', '11010519491231002X'))
    const p2 = await people.create(person('李四', '110105194912310037'))
    await enrollments.create(enrollment(kept.id, p1.id))
    const gone = await enrollments.create(enrollment(other.id, p2.id))
    await enrollments.softDelete(gone.id)

    const snapshot = await a.sync.readSnapshot({ classIds: [kept.id] })
    expect(snapshot.header.scope).toEqual({ classIds: [kept.id] })
    expect(snapshot.tables.classes?.map((r) => r.id)).toEqual([kept.id])
    expect(snapshot.tables.people?.map((r) => r.id)).toEqual([p1.id])
    expect(snapshot.tables.enrollments?.map((r) => r.personId)).toEqual([p1.id])
    expect(Object.keys(snapshot.tables).sort()).toEqual([...SYNCED_TABLES].sort())

    await exchange(a, b, { classIds: [kept.id] })
    expect((await b.classes.listLive()).map((r) => r.name)).toEqual(['选中的班'])
    // A scoped file is never a deletion of what it lacks: exchanging back leaves A whole.
    await exchange(b, a)
    expect((await a.classes.listLive()).map((r) => r.name).sort()).toEqual(['没选的班', '选中的班'])
  })

  it('refuses a file of another school: nothing can be applied, nothing changes', async () => {
    const a = await office('本部教务科', '中共松江区委党校')
    const x = await office('别的学校', '中共青浦区委党校')
    await a.classes.createClass(classInput('本校的班'))
    await x.classes.createClass(classInput('别校的班'))
    const before = await dump(a)
    const snapshot = await codec.decode(await codec.encode(await x.sync.readSnapshot('all'), PASS), PASS)
    const plan = await a.sync.planImport(snapshot, { olderThanMerged: true, massDelete: true })
    expect(plan.refusals).toEqual([expect.objectContaining({ code: 'otherSchool', overridable: false })])
    expect(plan.refusals[0]?.message).toContain('中共青浦区委党校')
    await expect(a.sync.applyImport(plan, { fileName: 'x.banwu' })).rejects.toThrow('拒绝导入')
    expect(await dump(a)).toEqual(before)
    expect(await a.sync.log.list()).toHaveLength(0)
  })

  it('asks before a file that moves most of a table to the recycle bin', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    const ids: string[] = []
    for (let i = 0; i < 10; i++) ids.push((await a.classes.createClass(classInput(`班${i}`))).id)
    await exchange(a, b)
    tick()
    for (const id of ids.slice(0, 5)) await a.classes.softDelete(id)
    const snapshot = await codec.decode(await codec.encode(await a.sync.readSnapshot('all'), PASS), PASS)
    const plan = await b.sync.planImport(snapshot)
    expect(plan.refusals).toEqual([
      expect.objectContaining({ code: 'massDelete', overridable: true, confirmed: false, table: 'classes' }),
    ])
    expect(plan.refusals[0]?.message).toContain('班次')
    expect(plan.tables.classes?.deleted).toBe(5)
    const confirmed = await b.sync.planImport(snapshot, { massDelete: true })
    expect(confirmed.canApply).toBe(true)
    await b.sync.applyImport(confirmed, { fileName: 'x.banwu' })
    expect(await b.classes.listLive()).toHaveLength(5)
    const [entry] = await b.sync.log.list()
    expect(entry?.note).toContain('已确认')
  })

  it('moves the clock past everything imported and remembers the mark per office', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    await a.classes.createClass(classInput('2025年春季中青班'))
    const { plan } = await exchange(a, b)
    expect(await b.sync.state.mergedMarks()).toEqual({ [a.replica.id]: plan.mergedMark })
    const persisted = (await b.db.local.get('clock'))?.value as string
    expect(persisted >= plan.mergedMark).toBe(true)
    wall -= 60_000 // B's wall clock now lags behind A's stamps: its next edit still sorts after them
    const c = await b.classes.createClass(classInput('分校区的班'))
    expect(c._updated > plan.mergedMark).toBe(true)
    wall += 60_000
  })
})

describe('同步记录', () => {
  it('numbers export files per day from 1 and logs exports and imports with counts', async () => {
    const a = await office('本部教务科')
    const b = await office('分校区')
    await a.classes.createClass(classInput('2025年春季中青班'))
    const day = '2025-11-20'
    expect(await a.sync.log.nextExportSequence(day)).toBe(1)
    const snapshot = await a.sync.readSnapshot('all')
    await a.sync.recordExport(snapshot, 'one.banwu', new Date('2025-11-20T02:00:00Z'))
    await a.sync.recordExport(snapshot, 'two.banwu', new Date('2025-11-20T03:00:00Z'))
    await a.sync.recordExport(snapshot, 'other-day.banwu', new Date('2025-11-22T03:00:00Z'))
    expect(await a.sync.log.nextExportSequence(day)).toBe(3)
    const [latest] = await a.sync.log.list()
    expect(latest).toMatchObject({ kind: 'export', fileName: 'other-day.banwu', replicaName: '本部教务科' })
    expect(latest?.counts.classes).toEqual({ rows: 1 })

    await exchange(a, b)
    const [imported] = await b.sync.log.list()
    expect(imported).toMatchObject({ kind: 'import', replicaId: a.replica.id, replicaName: '本部教务科' })
    expect(imported?.counts.classes).toMatchObject({ added: 1, changed: 0, deleted: 0, conflicts: 0 })
  })
})
