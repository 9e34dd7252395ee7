import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { leaveRuleSettingsOf } from '@shared/attendance/leaveRuleSettings'
import { resolveStatuses } from '@shared/attendance/status'
import { ValidationError } from '@shared/validationError'
import { exportBytes, importBytes, testOffices } from '../../../../test/helpers/syncTestOffices'
import { BanwuDatabase } from './database'
import { openData } from './openData'
import { LEGACY_LEAVE_RULES_KEY, LEGACY_STATUSES_KEY } from './schoolSettingsUpgrade'

const offices = testOffices('school-settings')
afterEach(() => offices.closeAll())

describe('SchoolSettingsRepository and the attendance settings kept in it', () => {
  it('gives the defaults when nothing was saved, and only 只接受加密快照 on', async () => {
    const data = await offices.office('本部')
    expect(await data.attendanceSettings.statuses()).toEqual({})
    expect(await data.attendanceSettings.leaveRules()).toEqual({})
    expect(await data.schoolSettings.snapshotPolicy()).toEqual({ encryptedOnly: true })
    expect(await data.schoolSettings.listLive()).toEqual([])
  })

  it('keeps each group as one synced record with a fixed id and one stamp per field', async () => {
    const data = await offices.office('本部')
    await data.attendanceSettings.saveLeaveRules({ afterCriticismOnly: false, toleratedHours: 4 })
    await data.attendanceSettings.saveStatuses({ late: { label: '迟到了' } })
    await data.schoolSettings.saveSnapshotPolicy({ encryptedOnly: false })

    expect(await data.attendanceSettings.leaveRules()).toEqual({
      afterCriticismOnly: false,
      toleratedHours: 4,
    })
    expect(await data.attendanceSettings.statuses()).toEqual({ late: { label: '迟到了' } })
    expect(await data.schoolSettings.snapshotPolicy()).toEqual({ encryptedOnly: false })
    const ids = (await data.schoolSettings.listLive()).map((r) => r.id).sort()
    expect(ids).toEqual(['attendanceStatuses', 'leaveRules', 'snapshots'])

    const before = (await data.schoolSettings.get('leaveRules'))!
    offices.tick()
    await data.attendanceSettings.saveLeaveRules({ afterCriticismOnly: false, toleratedHours: 6 })
    const after = (await data.schoolSettings.get('leaveRules'))!
    // Only the changed field gets the new stamp: a concurrent change of the other one survives a merge.
    expect(after._hlc.toleratedHours! > before._hlc.toleratedHours!).toBe(true)
    expect(after._hlc.afterCriticismOnly).toBe(before._hlc.afterCriticismOnly)
  })

  it('goes back to a default when the setting is cleared', async () => {
    const data = await offices.office('本部')
    await data.attendanceSettings.saveStatuses({ late: { label: '迟到了' }, sickLeave: { hidden: true } })
    await data.attendanceSettings.saveStatuses({ sickLeave: { hidden: true } })
    expect(await data.attendanceSettings.statuses()).toEqual({ sickLeave: { hidden: true } })
    expect(resolveStatuses(await data.attendanceSettings.statuses())[1]!.label).toBe('迟到')
    await data.attendanceSettings.saveLeaveRules({ toleratedHours: 3 })
    await data.attendanceSettings.saveLeaveRules({})
    expect(await data.attendanceSettings.leaveRules()).toEqual({})
  })

  it.each([
    ['hours out of range', () => ({ toleratedHours: 101 }), 'toleratedHours', '不能超过 100'],
    ['negative hours', () => ({ toleratedHours: -1 }), 'toleratedHours', '不能为负数'],
  ])('refuses %s with a Chinese message and writes nothing', async (_, rules, field, message) => {
    const data = await offices.office('本部')
    const error = await data.attendanceSettings.saveLeaveRules(rules()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).fieldErrors[field]).toContain(message)
    expect(await data.schoolSettings.get('leaveRules')).toBeUndefined()
  })

  it('refuses status settings the schema cannot store (a colour that is not #RRGGBB), writing nothing', async () => {
    const data = await offices.office('本部')
    const error = await data.schoolSettings
      .saveGroup('attendanceStatuses', {
        ...Object.fromEntries(resolveStatuses().map((s) => [s.code, {}])),
        late: { color: 'orange' },
      } as never)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).message).toContain('颜色应为 #RRGGBB 格式')
    expect(await data.schoolSettings.get('attendanceStatuses')).toBeUndefined()
  })

  it('refuses a policy that is not a yes or no', async () => {
    const data = await offices.office('本部')
    await expect(
      data.schoolSettings.saveSnapshotPolicy({ encryptedOnly: 'no' as unknown as boolean }),
    ).rejects.toThrow('“只接受加密快照”应为是或否')
    expect(await data.schoolSettings.snapshotPolicy()).toEqual({ encryptedOnly: true })
  })

  it('keeps what an installation had set before version 6 (the upgrade moved it)', async () => {
    const name = 'school-settings-legacy'
    const old = new BanwuDatabase(name, 5)
    await old.open()
    await old.local.bulkPut([
      { key: 'replicaId', value: '01JDTESTSEED0000000000000R' },
      { key: LEGACY_STATUSES_KEY, value: { absent: { label: '缺课', keys: ['a'] } } },
      { key: LEGACY_LEAVE_RULES_KEY, value: { afterCriticismOnly: false, toleratedHours: 1.5 } },
    ])
    old.close()
    const data = await openData(name)
    try {
      await data.settings.save({ schoolName: '中共松江区委党校', officeName: '本部', currentUser: '' })
      expect(await data.attendanceSettings.statuses()).toEqual({ absent: { label: '缺课', keys: ['a'] } })
      expect(await data.attendanceSettings.leaveRules()).toEqual({
        afterCriticismOnly: false,
        toleratedHours: 1.5,
      })
      // The moved values are this office's edits: its next export carries them.
      const snapshot = await data.sync.readSnapshot('all')
      expect(snapshot.tables.schoolSettings?.map((r) => r.id).sort()).toEqual([
        'attendanceStatuses',
        'leaveRules',
      ])
      // A new edit is stamped after the moved values.
      const moved = (await data.schoolSettings.get('leaveRules'))!._updated
      await data.attendanceSettings.saveLeaveRules({ afterCriticismOnly: true, toleratedHours: 1.5 })
      expect((await data.schoolSettings.get('leaveRules'))!._updated > moved).toBe(true)
    } finally {
      data.db.close()
    }
  })
})

describe('school rules between two offices', () => {
  it('ends with one value in both offices and a conflict entry when both changed the same rule', async () => {
    const a = await offices.office('本部')
    const b = await offices.office('分校')
    await a.attendanceSettings.saveLeaveRules({ toleratedHours: 2 })
    offices.tick()
    // Concurrently (neither has seen the other's change), and B later.
    await b.attendanceSettings.saveLeaveRules({ toleratedHours: 5 })

    const fromA = await exportBytes(a)
    const fromB = await exportBytes(b)
    const intoB = await importBytes(b, fromA)
    const intoA = await importBytes(a, fromB)

    expect(await a.attendanceSettings.leaveRules()).toEqual({ toleratedHours: 5 })
    expect(await b.attendanceSettings.leaveRules()).toEqual({ toleratedHours: 5 })
    expect(leaveRuleSettingsOf(await a.attendanceSettings.leaveRules())).toEqual(
      leaveRuleSettingsOf(await b.attendanceSettings.leaveRules()),
    )
    // A's value lost: both offices log it, as they log any concurrent change of one field.
    expect(intoA.outcome.conflicts + intoB.outcome.conflicts).toBeGreaterThan(0)
    for (const office of [a, b]) {
      const logged = (await office.sync.conflicts.list()).filter((c) => c.table === 'schoolSettings')
      expect(logged).toEqual([
        expect.objectContaining({
          recordId: 'leaveRules',
          field: 'toleratedHours',
          losingValue: 2,
          winningValue: 5,
        }),
      ])
    }
  })

  it('keeps both changes when the offices changed different rules', async () => {
    const a = await offices.office('本部')
    const b = await offices.office('分校')
    await a.attendanceSettings.saveLeaveRules({ afterCriticismOnly: false })
    await a.attendanceSettings.saveStatuses({ late: { label: '晚到' } })
    offices.tick()
    await b.attendanceSettings.saveLeaveRules({ toleratedHours: 3 })
    await b.attendanceSettings.saveStatuses({ sickLeave: { hidden: true } })
    await b.schoolSettings.saveSnapshotPolicy({ encryptedOnly: false })

    const fromA = await exportBytes(a)
    const fromB = await exportBytes(b)
    await importBytes(b, fromA)
    await importBytes(a, fromB)

    for (const office of [a, b]) {
      expect(await office.attendanceSettings.leaveRules()).toEqual({
        afterCriticismOnly: false,
        toleratedHours: 3,
      })
      expect(await office.attendanceSettings.statuses()).toEqual({
        late: { label: '晚到' },
        sickLeave: { hidden: true },
      })
      expect(await office.schoolSettings.snapshotPolicy()).toEqual({ encryptedOnly: false })
      expect((await office.sync.conflicts.list()).filter((c) => c.table === 'schoolSettings')).toEqual([])
    }
  })

  it('travels in a file of some classes only', async () => {
    const a = await offices.office('本部')
    const b = await offices.office('分校')
    const cls = await a.classes.create({
      ...(await import('../../../../test/helpers/syncTestOffices')).classInput('春季班'),
    })
    await a.attendanceSettings.saveLeaveRules({ toleratedHours: 7 })
    await importBytes(b, await exportBytes(a, { classIds: [cls.id] }))
    expect(await b.attendanceSettings.leaveRules()).toEqual({ toleratedHours: 7 })
  })
})
