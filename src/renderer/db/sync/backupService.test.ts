import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { createDirectSnapshotCodec } from '../../workers/snapshotCodec'
import { BackupService } from './backupService'
import { createIndexedDbBackupStore } from './backupStore'
import { openData, type DataAccess } from '../core/openData'
import { parseBackupFileName } from './syncFileNames'

const codec = createDirectSnapshotCodec({ iterations: 1000, allowWeakKdfForTests: true })
const DAY = 24 * 60 * 60 * 1000

let n = 0
const opened: DataAccess[] = []
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

/** An office with its backup service; the store's clock is the test's. */
async function setup() {
  const data = await openData(`backup-${++n}`)
  opened.push(data)
  await data.settings.save({ schoolName: '中共松江区委党校', officeName: '本部教务科', currentUser: '' })
  let now = new Date('2025-11-20T09:00:00+08:00')
  const store = createIndexedDbBackupStore(`backup-files-${n}`, () => now)
  const backups = new BackupService(data.sync, store, codec)
  const setNow = (d: Date) => (now = d)
  return { data, backups, store, setNow, now: () => now }
}

const input = (name: string) => ({ ...newClassDefaults('chuji', '2025-03-03'), name, endDate: '2025-03-20' })

describe('BackupService', () => {
  it('takes a daily backup once a day, names it by time and reason, and logs it', async () => {
    const { data, backups, setNow } = await setup()
    // Nothing to keep yet on a fresh installation.
    expect(await backups.ensureDaily(new Date('2025-11-20T08:00:00+08:00'))).toBeNull()
    await data.classes.createClass(input('处级班'))
    const first = await backups.ensureDaily(new Date('2025-11-20T09:00:00+08:00'))
    expect(first?.reason).toBe('daily')
    expect(parseBackupFileName(first!.name)?.day).toBe('2025-11-20')
    expect(await backups.ensureDaily(new Date('2025-11-20T18:00:00+08:00'))).toBeNull()
    setNow(new Date('2025-11-21T08:00:00+08:00'))
    expect((await backups.ensureDaily(new Date('2025-11-21T08:00:00+08:00')))?.reason).toBe('daily')
    expect((await backups.list()).map((b) => b.reason)).toEqual(['daily', 'daily'])
    const log = await data.sync.log.list()
    expect(log.map((e) => e.kind)).toEqual(['backup', 'backup'])
    expect(log[0]?.counts.classes).toEqual({ rows: 1 })
  })

  it('keeps backups for the set number of days, and always the newest', async () => {
    const { data, backups, setNow } = await setup()
    await data.sync.state.setBackupKeepDays(3)
    const start = new Date('2025-11-01T09:00:00+08:00').getTime()
    for (let d = 0; d < 6; d++) {
      const at = new Date(start + d * DAY)
      setNow(at)
      await backups.create('daily', undefined, at)
    }
    const days = (await backups.list()).map((b) => b.takenAt.getDate())
    expect(days).toEqual([6, 5, 4, 3])
    await expect(data.sync.state.setBackupKeepDays(0)).rejects.toThrow('1 到 365')
  })

  it('restores a backup in place of all data, after backing up the current data, so it can be undone', async () => {
    const { data, backups, setNow } = await setup()
    const kept = await data.classes.createClass(input('备份前就有的班'))
    const backup = await backups.create('manual', undefined, new Date('2025-11-20T09:00:00+08:00'))
    await data.classes.update(kept.id, { note: '备份后的修改' })
    await data.classes.createClass(input('备份后新建的班'))
    const edited = await data.classes.listLive()

    setNow(new Date('2025-11-20T10:00:00+08:00'))
    const fractions: number[] = []
    await backups.restore(backup.name, (f) => fractions.push(f), new Date('2025-11-20T10:00:00+08:00'))
    expect((await data.classes.listLive()).map((c) => c.name)).toEqual(['备份前就有的班'])
    expect((await data.classes.get(kept.id))?.note).toBe('')
    expect(fractions.at(-1)).toBe(1)
    const list = await backups.list()
    expect(list.map((b) => b.reason)).toEqual(['beforeRestore', 'manual'])
    expect((await data.sync.log.list())[0]).toMatchObject({ kind: 'restore', fileName: backup.name })

    // Undo: restore the backup taken just before the restore.
    setNow(new Date('2025-11-20T11:00:00+08:00'))
    await backups.restore(list[0]!.name, undefined, new Date('2025-11-20T11:00:00+08:00'))
    expect(await data.classes.listLive()).toEqual(edited)
  })

  it('edits after a restore still sort after everything seen before it', async () => {
    const { data, backups } = await setup()
    const c = await data.classes.createClass(input('处级班'))
    const backup = await backups.create('manual')
    const later = await data.classes.update(c.id, { note: '后来的修改' })
    await backups.restore(backup.name)
    const again = await data.classes.update(c.id, { note: '恢复后的修改' })
    expect(again._updated > later._updated).toBe(true)
  })

  it('refuses a damaged backup before changing anything', async () => {
    const { data, backups, store } = await setup()
    await data.classes.createClass(input('处级班'))
    const backup = await backups.create('manual')
    const bytes = await store.read(backup.name)
    await store.write('班务通备份_2025-11-20_090000000_手动.banwu', bytes.slice(0, bytes.length - 10))
    await data.classes.createClass(input('之后的班'))
    await expect(backups.restore('班务通备份_2025-11-20_090000000_手动.banwu')).rejects.toMatchObject({
      code: 'truncated',
    })
    expect(await data.classes.listLive()).toHaveLength(2)
    expect((await backups.list()).filter((b) => b.reason === 'beforeRestore')).toHaveLength(0)
  })
})
