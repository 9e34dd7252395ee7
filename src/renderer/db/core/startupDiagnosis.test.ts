import { describe, expect, it } from 'vitest'
import { diagnoseStartup, localStateProblems, type StartupProbe } from './startupDiagnosis'

const ID = '01JD0000000000000000000000'
const CLOCK = `001763900000000-000003-${ID}`
const SETTINGS = { schoolName: '中共松江区委党校', officeName: '本部教务科', currentUser: '' }
const sound = { opened: true as const, replicaId: ID, clock: CLOCK, settings: SETTINGS }

describe('diagnoseStartup: which failure leads to which screen', () => {
  const cases: {
    name: string
    probe: StartupProbe
    screen: 'blocked' | 'recovery'
    areas?: string[]
    repair?: unknown
  }[] = [
    {
      name: 'database held by another window',
      probe: { opened: false, errorName: 'BlockedError', message: 'blocked' },
      screen: 'blocked',
    },
    {
      name: 'database does not open: recovery, restore recreates it',
      probe: { opened: false, errorName: 'UpgradeError', message: 'upgrade failed' },
      screen: 'recovery',
      areas: ['database'],
      repair: null,
    },
    {
      name: 'clock with too many digits',
      probe: { ...sound, clock: `999999999999999999-000000-${ID}` },
      screen: 'recovery',
      areas: ['clock'],
      repair: { replicaId: ID, rebuildClock: true, resetSettings: false },
    },
    {
      name: 'clock not a string',
      probe: { ...sound, clock: { wall: 1 } },
      screen: 'recovery',
      areas: ['clock'],
      repair: { replicaId: ID, rebuildClock: true, resetSettings: false },
    },
    {
      name: 'replica id garbage: recovered from the clock stamp',
      probe: { ...sound, replicaId: '坏的!@#' },
      screen: 'recovery',
      areas: ['replicaId'],
      repair: { replicaId: ID, rebuildClock: false, resetSettings: false },
    },
    {
      name: 'replica id and clock both garbage: a new id',
      probe: { ...sound, replicaId: 42, clock: 'garbage' },
      screen: 'recovery',
      areas: ['replicaId', 'clock'],
      repair: { replicaId: null, rebuildClock: true, resetSettings: false },
    },
    {
      name: 'settings missing the school',
      probe: { ...sound, settings: { officeName: '本部教务科' } },
      screen: 'recovery',
      areas: ['settings'],
      repair: { replicaId: ID, rebuildClock: false, resetSettings: true },
    },
    {
      name: 'settings not an object',
      probe: { ...sound, settings: 'x' },
      screen: 'recovery',
      areas: ['settings'],
    },
    {
      name: 'everything reads well yet opening failed: recovery names the error',
      probe: sound,
      screen: 'recovery',
      areas: ['unknown'],
      repair: { replicaId: ID, rebuildClock: false, resetSettings: false },
    },
  ]
  for (const c of cases)
    it(c.name, () => {
      const d = diagnoseStartup(c.probe, 'boom')
      expect(d.screen).toBe(c.screen)
      if (d.screen !== 'recovery') return
      if (c.areas) expect(d.problems.map((p) => p.area)).toEqual(c.areas)
      if (c.repair !== undefined) expect(d.repair).toEqual(c.repair)
      for (const p of d.problems) expect(p.detail).toMatch(/[\u4e00-\u9fa5]/)
    })

  it('names the unreadable value, shortened', () => {
    const d = diagnoseStartup({ ...sound, clock: '9'.repeat(200) }, '')
    expect(d.screen === 'recovery' && d.problems[0]!.detail).toContain('本机同步时钟无法识别：999')
    expect(d.screen === 'recovery' && d.problems[0]!.detail.length).toBeLessThan(100)
  })
})

describe('localStateProblems', () => {
  it('accepts a sound local table and a first start (nothing stored yet)', () => {
    expect(localStateProblems(ID, CLOCK, SETTINGS)).toEqual([])
    expect(localStateProblems(undefined, undefined, undefined)).toEqual([])
  })
  it('refuses an empty replica id and a non-string current user', () => {
    expect(localStateProblems('', CLOCK, SETTINGS).map((p) => p.area)).toEqual(['replicaId'])
    expect(localStateProblems(ID, CLOCK, { ...SETTINGS, currentUser: 3 }).map((p) => p.area)).toEqual([
      'settings',
    ])
  })
})
