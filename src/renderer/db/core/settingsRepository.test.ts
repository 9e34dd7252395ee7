import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHOOL_ID_PATTERN } from '@shared/sync/schoolIdentity'
import {
  classInput,
  exportBytes,
  importBytes,
  testCodec,
  TEST_PASS,
} from '../../../../test/helpers/syncTestOffices'
import { openData, type DataAccess } from './openData'
import { SETTINGS_KEY } from './settingsRepository'

/** Issue 12 point 4: the school id in this installation's settings, from first run, join and upgrade. */

const SCHOOL = '中共松江区委党校'
const opened: DataAccess[] = []
let n = 0
let wall = 1_763_000_000_000

async function open(name = `settings-${++n}`): Promise<DataAccess> {
  const data = await openData(name, () => (wall += 1000))
  opened.push(data)
  return data
}

afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

/** An installation set up before school ids: its settings as that version stored them. */
async function upgraded(officeName: string): Promise<DataAccess> {
  const name = `settings-${++n}`
  const old = await open(name)
  await old.db.local.put({ key: SETTINGS_KEY, value: { schoolName: SCHOOL, officeName, currentUser: '' } })
  old.db.close()
  return open(name)
}

describe('the school id in the settings', () => {
  it('is made at the first save (新建学校) and kept by every later save', async () => {
    const data = await open()
    await data.settings.save({ schoolName: SCHOOL, officeName: '本部', currentUser: '' })
    const first = await data.settings.get()
    expect(first?.schoolId).toMatch(SCHOOL_ID_PATTERN)
    expect(first?.schoolIdProvisional).toBeUndefined()
    await data.settings.save({ schoolName: '松江党校', officeName: '本部', currentUser: '王老师' })
    expect((await data.settings.get())?.schoolId).toBe(first?.schoolId)
  })

  it('is the one given when joining a school, and refuses one that is not an id', async () => {
    const data = await open()
    const id = '01JE0000000000000000000000'
    await data.settings.save({ schoolName: SCHOOL, officeName: '分校', currentUser: '', schoolId: id })
    expect((await data.settings.get())?.schoolId).toBe(id)
    await expect(
      data.settings.save({ schoolName: SCHOOL, officeName: '分校', currentUser: '', schoolId: '松江' }),
    ).rejects.toThrow('学校编号无效')
    expect((await data.settings.get())?.schoolId).toBe(id)
  })

  it('is made on upgrade, provisional, once', async () => {
    const data = await upgraded('本部')
    const made = await data.settings.get()
    expect(made).toMatchObject({ schoolName: SCHOOL, officeName: '本部', schoolIdProvisional: true })
    expect(made?.schoolId).toMatch(SCHOOL_ID_PATTERN)
    await data.settings.ensureSchoolId()
    expect((await data.settings.get())?.schoolId).toBe(made?.schoolId)
  })

  it('converges between two upgraded offices of one school, and the import says so in 同步记录', async () => {
    const a = await upgraded('本部')
    const b = await upgraded('分校')
    const [idA, idB] = [(await a.settings.get())!.schoolId!, (await b.settings.get())!.schoolId!]
    expect(idA).not.toBe(idB)
    await a.classes.createClass(classInput('本部的班'))
    await b.classes.createClass(classInput('分校的班'))
    // Each imports the other's file: the larger id adopts the smaller, the smaller keeps its own.
    const fromA = await exportBytes(a)
    const fromB = await exportBytes(b)
    const intoB = await importBytes(b, fromA)
    const intoA = await importBytes(a, fromB)
    const smaller = idA < idB ? idA : idB
    expect((await a.settings.get())?.schoolId).toBe(smaller)
    expect((await b.settings.get())?.schoolId).toBe(smaller)
    const adopted = idA < idB ? intoB : intoA
    expect(adopted.plan.warnings.map((w) => w.code)).toContain('adoptSchool')
    const log = await (idA < idB ? b : a).sync.log.list()
    expect(log[0]?.note).toContain(`本机学校编号改为 ${smaller}`)
    expect((await a.classes.listLive()).map((c) => c.name).sort()).toEqual(['分校的班', '本部的班'])
    expect((await b.classes.listLive()).map((c) => c.name).sort()).toEqual(['分校的班', '本部的班'])
  })

  it('stays provisional until a definitive id arrives, then keeps it', async () => {
    const old = await upgraded('本部')
    const fresh = await open()
    await fresh.settings.save({ schoolName: SCHOOL, officeName: '新电脑', currentUser: '' })
    const definitive = (await fresh.settings.get())!.schoolId!
    await importBytes(old, await exportBytes(fresh))
    expect(await old.settings.get()).toMatchObject({ schoolId: definitive })
    expect((await old.settings.get())?.schoolIdProvisional).toBeUndefined()
  })

  it('refuses a file of another school with the same name, naming both ids; nothing changes', async () => {
    const a = await open()
    const x = await open()
    await a.settings.save({ schoolName: SCHOOL, officeName: '本部', currentUser: '' })
    await x.settings.save({ schoolName: SCHOOL, officeName: '别处', currentUser: '' })
    await x.classes.createClass(classInput('别处的班'))
    const snapshot = await testCodec.decode(await exportBytes(x), TEST_PASS)
    const refusals = await a.sync.refusalsOf(snapshot.header)
    expect(refusals.map((r) => r.code)).toEqual(['otherSchool'])
    expect(refusals[0]?.message).toContain((await a.settings.get())!.schoolId!)
    expect(refusals[0]?.message).toContain((await x.settings.get())!.schoolId!)
    const plan = await a.sync.planImport(snapshot)
    expect(plan.canApply).toBe(false)
    expect(await a.classes.listLive()).toEqual([])
  })
})
