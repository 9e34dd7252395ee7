import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { compareHlc } from '@shared/sync/hlc'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'
import { emptyPerson } from '../roster/rosterBuilders'
import { openData, type DataAccess } from './openData'
import { ValidationError } from '@shared/validationError'

let n = 0
const opened: DataAccess[] = []
async function fresh(now?: () => number) {
  const data = await openData(`test-${++n}`, now)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const sample = () => ({
  ...newClassDefaults('zhongqing', '2025-03-01'),
  name: '2025年中青班',
  endDate: '2025-05-30',
})

describe('SyncedRepository', () => {
  it('stamps every field of a new record with one HLC stamp', async () => {
    const { classes, replica } = await fresh()
    const c = await classes.createClass(sample())
    expect(c.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(c.deleted).toBe(false)
    expect(Object.keys(c._hlc).sort()).toEqual(Object.keys({ ...sample(), deleted: false }).sort())
    expect(new Set(Object.values(c._hlc))).toEqual(new Set([c._updated]))
    expect(c._updated.endsWith(replica.id)).toBe(true)
  })

  it('stamps only the fields an update changes', async () => {
    const { classes } = await fresh()
    const c = await classes.createClass(sample())
    const u = await classes.updateClass(c.id, { ...sample(), name: '改名后的中青班' })
    expect(compareHlc(u._hlc.name!, c._hlc.name!)).toBe(1)
    expect(u._hlc.type).toBe(c._hlc.type)
    expect(u._updated).toBe(u._hlc.name)
  })

  it('stores each field causal base: none when new, then the other office value an edit builds on', async () => {
    const { db, classes, replica } = await fresh()
    const c = await classes.createClass(sample())
    expect(c._base).toEqual(Object.fromEntries(Object.keys(c._hlc).map((k) => [k, ''])))
    // The name as another office rewrote it, arrived by an import.
    const other = '001700000000000-000003-OTHER'
    await db.classes.put({
      ...c,
      name: '分校区改的名字',
      _hlc: { ...c._hlc, name: other },
      _base: { ...c._base, name: c._hlc.name! },
    })
    const u = await classes.updateClass(c.id, { ...sample(), name: '本部改回' })
    expect(u._base).toEqual({ ...c._base, name: other })
    // A second edit here still builds on that office's value: this office's own stamps are left out.
    const again = await classes.updateClass(c.id, { ...sample(), name: '本部又改' })
    expect(again._base).toEqual({ ...c._base, name: other })
    expect(again._hlc.name!.endsWith(replica.id)).toBe(true)
    // The batch path stores bases the same way.
    const [batch] = await classes.putMany([{ id: c.id, fields: { ...sample(), name: '批量改名' } }])
    expect(batch!._base).toEqual({ ...c._base, name: other })
  })

  it('leaves a record untouched when nothing changes', async () => {
    const { classes } = await fresh()
    const c = await classes.createClass(sample())
    const u = await classes.updateClass(c.id, sample())
    expect(u._updated).toBe(c._updated)
  })

  it('deletes as a stamped tombstone and restores', async () => {
    const { classes } = await fresh()
    const c = await classes.createClass(sample())
    const d = await classes.softDelete(c.id)
    expect(d.deleted).toBe(true)
    expect(await classes.listLive()).toHaveLength(0)
    expect((await classes.listDeleted()).map((r) => r.id)).toEqual([c.id])
    const r = await classes.restore(c.id)
    expect(r.deleted).toBe(false)
    expect(compareHlc(r._hlc.deleted!, d._hlc.deleted!)).toBe(1)
    expect(await classes.listLive()).toHaveLength(1)
  })

  it('refuses invalid input with Chinese messages and writes nothing', async () => {
    const { classes } = await fresh()
    await expect(classes.createClass({ ...sample(), name: ' ' })).rejects.toBeInstanceOf(ValidationError)
    await expect(classes.createClass({ ...sample(), endDate: '2025-01-01' })).rejects.toThrow(
      '结束日期不能早于开始日期',
    )
    expect(await classes.listLive()).toHaveLength(0)
  })

  it('persists the clock so stamps keep increasing after a restart with a clock set back', async () => {
    const name = `test-${++n}`
    const first = await openData(name, () => 2_000_000_000_000)
    const c = await first.classes.createClass(sample())
    first.db.close()
    const second = await openData(name, () => 1_000_000_000_000) // PC date set back
    opened.push(second)
    expect(second.replica.id).toBe(first.replica.id)
    const u = await second.classes.updateClass(c.id, { ...sample(), name: '重启后修改' })
    expect(compareHlc(u._updated, c._updated)).toBe(1)
  })

  it('checks every write with the same schema object an import checks files with (tableSchemas.ts)', async () => {
    const { classes, people, sync, settings } = await fresh()
    await settings.save({
      schoolName: '某党校',
      officeName: '本部',
      currentUser: '',
      schoolId: '01TESTSCH00000000000000001',
    })
    expect(classes.schema).toBe(SYNCED_ROW_SCHEMAS.classes)
    expect(people.schema).toBe(SYNCED_ROW_SCHEMAS.people)
    const classCheck = vi.spyOn(SYNCED_ROW_SCHEMAS.classes!, 'safeParse')
    const personCheck = vi.spyOn(SYNCED_ROW_SCHEMAS.people!, 'safeParse')
    try {
      const c = await classes.createClass(sample())
      const p = await people.create({ ...emptyPerson('张三') })
      expect(classCheck).toHaveBeenCalledTimes(1)
      expect(personCheck).toHaveBeenCalledTimes(1)
      // A write the typed API would not let through (a page handing over bad data) is refused too.
      await expect(people.update(p.id, { gender: '未知' as '' })).rejects.toBeInstanceOf(ValidationError)
      await expect(
        classes.update(c.id, { startDate: { y: 2025 } as unknown as string }),
      ).rejects.toBeInstanceOf(ValidationError)
      expect(await people.get(p.id)).toMatchObject({ gender: '' })
      expect(await classes.get(c.id)).toMatchObject({ startDate: sample().startDate })
      classCheck.mockClear()
      personCheck.mockClear()
      // The dry run checks a file's rows with the very same objects.
      await sync.planImport(await sync.readSnapshot('all'))
      expect(classCheck).toHaveBeenCalledTimes(1)
      expect(personCheck).toHaveBeenCalledTimes(1)
    } finally {
      classCheck.mockRestore()
      personCheck.mockRestore()
    }
  })
})
