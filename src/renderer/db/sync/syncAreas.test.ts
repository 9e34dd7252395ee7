import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { attendanceMarkId } from '@shared/attendance/mark'
import { KEY_CLASS_TEMPLATE } from '@shared/checklist'
import { SYNCED_TABLES } from '../core/database'
import type { DataAccess } from '../core/openData'
import { emptyPerson } from '../roster/rosterBuilders'
import { SCHEMA_VERSIONS } from '../core/schema'
import { SYNC_TABLE_LABELS, syncTableLabel } from './syncTableLabels'
import {
  classInput,
  dumpSynced,
  exportBytes,
  importBytes,
  testCodec,
  testOffices,
  TEST_PASS,
  OPENING_LECTURE,
} from '../../../../test/helpers/syncTestOffices'

/**
 * Source: issue 6 "Depends on the foundation issue … extend it as each area adds tables": every
 * table of the roster, teaching plan, attendance, leave and checklist areas travels in snapshots,
 * arrives whole (bytes as bytes), and is named in the user's words in the dry run.
 */

const offices = testOffices('sync-areas')
afterEach(() => offices.closeAll())

/** Tables whose records carry sync metadata, by their index spec (schema.ts `synced()`). */
function syncedStores(): string[] {
  const stores = new Map<string, string | null>()
  for (const v of SCHEMA_VERSIONS) for (const [name, spec] of Object.entries(v.stores)) stores.set(name, spec)
  return [...stores].filter(([, spec]) => spec?.startsWith('id, deleted, _updated')).map(([name]) => name)
}

const scan = new Uint8Array(200_000).map((_, i) => (i * 131) & 255)

/** One record at least in every area, each written through its own repository. */
async function fillEveryArea(a: DataAccess) {
  const cls = await a.classes.createClass(classInput('2025年春季中青班'))
  await a.checklists.reconcile(cls)
  await a.checklistTemplates.duplicate(KEY_CLASS_TEMPLATE, '我校处级班模板')
  const person = await a.people.create({ ...emptyPerson('张三'), phone: '13900000000' })
  const enrollment = await a.enrollments.enrol(cls.id, person.id)
  await a.groups.createGroup(cls.id, 'discussion')
  const session = await a.sessions.createSession(cls.id, { ...OPENING_LECTURE })
  await a.attendance.setMark(cls.id, {
    sessionId: session.id,
    enrollmentId: enrollment.id,
    status: 'late',
    minutes: 10,
  })
  await a.leaveRequests.createRequest(cls.id, {
    enrollmentId: enrollment.id,
    type: 'personal',
    from: '2025-03-05T09:00',
    to: '2025-03-05T11:30',
    reason: '家中有事',
    approver: '',
    status: 'pending',
    returnedAt: null,
    unitRequestNoted: false,
    hospitalCertificateNoted: false,
    note: '',
  })
  await a.discipline.record({
    classId: cls.id,
    enrollmentId: enrollment.id,
    kind: 'criticism',
    at: '2025-03-05T10:00',
    note: '',
  })
  await a.attachments.attach({
    classId: cls.id,
    sessionId: session.id,
    name: '签到表.jpg',
    mimeType: 'image/jpeg',
    bytes: scan,
  })
  // The school's rules (schoolSettings): they travel in every file, whatever its classes.
  await a.attendanceSettings.saveLeaveRules({ toleratedHours: 2 })
  return { cls, session, enrollment }
}

describe('every area travels in snapshots', () => {
  it('registers every table with sync metadata as synced, each with a Chinese area name', () => {
    expect([...SYNCED_TABLES].sort()).toEqual(syncedStores().sort())
    const labels = SYNCED_TABLES.map((t) => syncTableLabel(t))
    for (const label of labels) expect(label).toMatch(/^[\u4e00-\u9fff]+$/)
    expect(new Set(labels).size).toBe(labels.length)
    expect(Object.keys(SYNC_TABLE_LABELS).sort()).toEqual([...SYNCED_TABLES].sort())
  })

  it('exports every area, dry-runs it per area, and leaves the other office identical, scans as bytes', async () => {
    const a = await offices.office('本部教务科')
    const b = await offices.office('分校区')
    await fillEveryArea(a)
    const snapshot = await a.sync.readSnapshot('all')
    for (const table of SYNCED_TABLES)
      expect([table, snapshot.header.counts[table]! > 0]).toEqual([table, true])

    const decoded = await testCodec.decode(await testCodec.encode(snapshot, TEST_PASS), TEST_PASS)
    const plan = await b.sync.planImport(decoded)
    expect(Object.keys(plan.tables).sort()).toEqual([...SYNCED_TABLES].sort())
    for (const table of SYNCED_TABLES)
      expect([table, plan.tables[table]!.added]).toEqual([table, snapshot.header.counts[table]])
    await b.sync.applyImport(plan, { fileName: 'a.banwu' })

    expect(await dumpSynced(b)).toEqual(await dumpSynced(a))
    const [attachment] = await b.db.attachments.toArray()
    expect(attachment!.bytes).toBeInstanceOf(Uint8Array)
    expect(attachment!.bytes).toEqual(scan)
    expect((await b.attachments.listByClass(attachment!.classId))[0]!.size).toBe(scan.length)
  })

  it('exports the selected classes with every area of theirs and nothing of another class', async () => {
    const a = await offices.office('本部教务科')
    const { cls } = await fillEveryArea(a)
    const other = await a.classes.createClass(classInput('另一个班'))
    await a.checklists.reconcile(other)
    const snapshot = await a.sync.readSnapshot({ classIds: [cls.id] })
    for (const [table, rows] of Object.entries(snapshot.tables)) {
      expect([table, rows.length > 0]).toEqual([table, true])
      for (const row of rows) expect([table, row.classId ?? cls.id]).toEqual([table, cls.id])
    }
    expect(snapshot.tables.classes!.map((c) => c.id)).toEqual([cls.id])
  })
})

describe('attendance marks merge by their natural key', () => {
  it('two offices marking the same cell end with one record, the newer values, the older in 冲突记录', async () => {
    const a = await offices.office('本部教务科')
    const b = await offices.office('分校区')
    const { cls, session, enrollment } = await fillEveryArea(a)
    await a.attendance.setMark(cls.id, { sessionId: session.id, enrollmentId: enrollment.id, status: null })
    await importBytes(b, await exportBytes(a))

    // Both offices mark the cleared cell, each without seeing the other's mark.
    offices.tick()
    await a.attendance.setMark(cls.id, {
      sessionId: session.id,
      enrollmentId: enrollment.id,
      status: 'late',
      minutes: 15,
    })
    offices.tick()
    await b.attendance.setMark(cls.id, {
      sessionId: session.id,
      enrollmentId: enrollment.id,
      status: 'late',
      note: '堵车',
    })
    const toA = await importBytes(a, await exportBytes(b))
    await importBytes(b, await exportBytes(a))

    const id = attendanceMarkId(session.id, enrollment.id)
    expect(await a.db.attendance.where('sessionId').equals(session.id).count()).toBe(1)
    expect(await a.db.attendance.get(id)).toMatchObject({ deleted: false, status: 'late', note: '堵车' })
    expect(toA.plan.tables.attendance).toMatchObject({ added: 0, changed: 1 })
    expect(await dumpSynced(b)).toEqual(await dumpSynced(a))
    const logged = (await a.db.conflicts.toArray()).filter((c) => c.recordId === id)
    expect(logged.map((c) => [c.field, c.losingValue, c.winningValue])).toEqual([['minutes', 15, null]])
  })
})
