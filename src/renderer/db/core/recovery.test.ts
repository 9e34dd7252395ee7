import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { parseHlc } from '@shared/sync/hlc'
import { BanwuDatabase } from './database'
import { openData } from './openData'
import { CLOCK_KEY, REPLICA_KEY } from './replica'
import { SETTINGS_KEY } from './settingsRepository'
import { diagnose, dumpDatabase, recreateDatabase, repairLocalState, startFresh } from './recovery'

let n = 0
const SETTINGS = { schoolName: '中共松江区委党校', officeName: '本部教务科', currentUser: '' }

/** A database with settings and one class, closed; returns its name, replica id and the class's stamp. */
async function seeded() {
  const name = `recovery-${++n}`
  const data = await openData(name)
  await data.settings.save(SETTINGS)
  const c = await data.classes.createClass({
    ...newClassDefaults('chuji', '2025-03-03'),
    name: '处级班',
    endDate: '2025-03-20',
  })
  const stamp = (await data.db.classes.get(c.id))!._updated
  const id = data.replica.id
  data.db.close()
  return { name, id, stamp }
}

async function putLocal(name: string, key: string, value: unknown) {
  const db = new BanwuDatabase(name)
  await db.local.put({ key, value })
  db.close()
}

describe('recovery at start', () => {
  it('a garbage clock stops the start; the repair rebuilds it from the data and the app opens with its data', async () => {
    const { name, id, stamp } = await seeded()
    await putLocal(name, CLOCK_KEY, `999999999999999999-000000-${id}`)
    await expect(openData(name)).rejects.toThrow('本机同步时钟无法识别')
    const d = await diagnose(new Error('x'), name)
    expect(d.screen).toBe('recovery')
    if (d.screen !== 'recovery' || !d.repair) throw new Error('expected a repair')
    await repairLocalState(d.repair, name)
    const data = await openData(name)
    expect(data.replica.id).toBe(id)
    // The next edit sorts after everything in the data.
    const next = data.replica.clock.tick()
    expect(next > stamp).toBe(true)
    expect(parseHlc(data.replica.clock.current()).replica).toBe(id)
    expect(await data.db.classes.count()).toBe(1)
    expect(await data.settings.get()).toMatchObject(SETTINGS)
    data.db.close()
  })

  it('a garbage replica id is taken back from the clock stamp', async () => {
    const { name, id } = await seeded()
    await putLocal(name, REPLICA_KEY, '坏的 id!')
    await expect(openData(name)).rejects.toThrow('本机编号')
    const d = await diagnose(new Error('x'), name)
    if (d.screen !== 'recovery' || !d.repair) throw new Error('expected a repair')
    expect(d.repair.replicaId).toBe(id)
    await repairLocalState(d.repair, name)
    const data = await openData(name)
    expect(data.replica.id).toBe(id)
    data.db.close()
  })

  it('unreadable settings are dropped: the first-run screen asks again', async () => {
    const { name } = await seeded()
    await putLocal(name, SETTINGS_KEY, { schoolName: 7 })
    await expect(openData(name)).rejects.toThrow('学校名称')
    const d = await diagnose(new Error('x'), name)
    if (d.screen !== 'recovery' || !d.repair) throw new Error('expected a repair')
    await repairLocalState(d.repair, name)
    const data = await openData(name)
    expect(await data.settings.get()).toBeUndefined()
    expect(await data.db.classes.count()).toBe(1)
    data.db.close()
  })

  it('dumps every table as stored, binary as base64, without the app checks', async () => {
    const { name } = await seeded()
    await putLocal(name, CLOCK_KEY, 'garbage')
    const db = new BanwuDatabase(name)
    await db.table('attachments').put({ id: 'a1', bytes: new Uint8Array([1, 2, 3]) })
    db.close()
    const doc = JSON.parse(new TextDecoder().decode(await dumpDatabase(name))) as {
      format: string
      tables: Record<string, { key?: string; value?: unknown; name?: string; bytes?: unknown }[]>
    }
    expect(doc.format).toBe('banwu-raw-dump')
    expect(Object.keys(doc.tables)).toEqual(
      expect.arrayContaining(['classes', 'local', 'people', 'attachments']),
    )
    expect(doc.tables.classes![0]!.name).toBe('处级班')
    expect(doc.tables.local!.find((e) => e.key === CLOCK_KEY)?.value).toBe('garbage')
    expect(doc.tables.attachments![0]!.bytes).toEqual({ $bytes: 'AQID' })
  })

  it('recreating keeps the replica id and settings, empties the data', async () => {
    const { name, id } = await seeded()
    await recreateDatabase(name)
    const data = await openData(name)
    expect(data.replica.id).toBe(id)
    expect(await data.settings.get()).toMatchObject(SETTINGS)
    expect(await data.db.classes.count()).toBe(0)
    data.db.close()
  })

  it('starts fresh only after the typed confirmation', async () => {
    const { name } = await seeded()
    await expect(startFresh('确定', name)).rejects.toThrow('请输入“清空重来”')
    expect(await Dexie.exists(name)).toBe(true)
    await startFresh(' 清空重来 ', name)
    expect(await Dexie.exists(name)).toBe(false)
  })
})
