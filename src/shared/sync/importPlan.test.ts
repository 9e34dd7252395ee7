import { describe, expect, it } from 'vitest'
import { conflictKey, type SyncedRow } from './merge'
import { planImport, type ImportContext, type ImportPlan } from './importPlan'
import { SNAPSHOT_FORMAT_VERSION, buildSnapshot, type Snapshot, type SnapshotSource } from './snapshot'
import { stamp, tableRow } from '../../../test/helpers/syncTestRows'

const DAY = 24 * 60 * 60 * 1000
const NOW = 1_750_000_000_000
const A1 = stamp(NOW - 3 * DAY, 'A')
const B1 = stamp(NOW - 2 * DAY, 'B')
const B2 = stamp(NOW - DAY, 'B')

const SCHOOL = '某市委党校'
const SCHOOL_ID = '01JDSCH00000000000000000AA'
const OTHER_SCHOOL_ID = '01JDSCH00000000000000000BB'

const classes = (n: number) =>
  Array.from({ length: n }, (_, i) => tableRow('classes', `c${i}`, { name: [`${i + 1}班`, A1] }))
const people = [tableRow('people', 'p1', { name: ['张三', A1], phone: ['139', A1] })]

function snapshotFrom(tables: Record<string, SyncedRow[]>, over: Partial<SnapshotSource> = {}): Snapshot {
  return buildSnapshot(
    {
      schemaVersion: 1,
      appVersion: '0.1.0',
      school: SCHOOL,
      schoolId: SCHOOL_ID,
      replicaId: 'B',
      replicaName: '分校',
      clockStamp: B2,
      scope: 'all',
      createdAt: new Date(NOW - DAY),
      ...over,
    },
    tables,
  )
}

const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  school: { id: SCHOOL_ID, name: SCHOOL, provisional: false },
  schemaVersion: 1,
  mergedMarks: {},
  now: NOW,
  ...over,
})

function apply(local: Record<string, SyncedRow[]>, plan: ImportPlan): Record<string, SyncedRow[]> {
  const out: Record<string, SyncedRow[]> = {}
  for (const [t, rows] of Object.entries(local)) out[t] = [...rows]
  for (const [t, rows] of Object.entries(plan.rows)) {
    const byId = new Map((out[t] ?? []).map((r) => [r.id, r]))
    for (const r of rows) byId.set(r.id, r)
    out[t] = [...byId.values()]
  }
  return out
}

const edited = tableRow('people', 'p1', { name: ['张珊', B1], phone: ['139', A1] })
const deleted = (r: SyncedRow, s = B1): SyncedRow => ({
  ...r,
  deleted: true,
  _hlc: { ...r._hlc, deleted: s },
  _updated: s,
})

describe('planImport', () => {
  it('counts per table what the file adds, changes, deletes and puts in conflict', () => {
    const local = { classes: classes(3), people }
    const snap = snapshotFrom({
      classes: [deleted(classes(3)[0]!), tableRow('classes', 'c9', { name: ['新班', B1] })],
      people: [edited],
    })
    const plan = planImport(local, snap, ctx())
    expect(plan.tables.classes).toEqual({
      added: 1,
      changed: 0,
      deleted: 1,
      conflicts: 1,
      unchanged: 2,
      deleteEdit: 0,
    })
    expect(plan.tables.people).toEqual({
      added: 0,
      changed: 1,
      deleted: 0,
      conflicts: 1,
      unchanged: 0,
      deleteEdit: 0,
    })
    expect(plan.totals).toEqual({
      added: 1,
      changed: 1,
      deleted: 1,
      conflicts: 2,
      unchanged: 2,
      deleteEdit: 0,
    })
    expect(plan.refusals).toEqual([])
    expect(plan.canApply).toBe(true)
    expect(plan.rows.people).toEqual([expect.objectContaining({ id: 'p1', name: '张珊', phone: '139' })])
    expect(plan.conflicts.map((c) => [c.recordId, c.field, c.losingValue])).toEqual([
      ['c0', 'deleted', false],
      ['p1', 'name', '张三'],
    ])
    expect(plan.mergedMark).toBe(B2)
  })

  it('changes nothing the second time the same file is imported', () => {
    const local = { classes: classes(3), people }
    const snap = snapshotFrom({ classes: [deleted(classes(3)[0]!)], people: [edited] })
    const first = planImport(local, snap, ctx())
    const after = apply(local, first)
    const known = new Set(first.conflicts.map(conflictKey))
    const marks = { B: first.mergedMark }
    const second = planImport(after, snap, ctx({ mergedMarks: marks, knownConflictKeys: known }))
    expect(second.isNoop).toBe(true)
    expect(second.totals).toMatchObject({ added: 0, changed: 0, deleted: 0, conflicts: 0 })
    expect(second.refusals.map((r) => r.code)).toEqual(['olderThanMerged'])
  })

  it('changes nothing that it should not when an older file comes after a newer one', () => {
    const local = { people }
    const older = snapshotFrom(
      { people: [tableRow('people', 'p1', { name: ['张三', A1], phone: ['139', A1] })] },
      { clockStamp: B1 },
    )
    const newer = snapshotFrom({ people: [edited] }, { clockStamp: B2 })
    const afterNewer = apply(local, planImport(local, newer, ctx()))
    const plan = planImport(
      afterNewer,
      older,
      ctx({ mergedMarks: { B: B2 }, confirmed: { olderThanMerged: true } }),
    )
    expect(plan.canApply).toBe(true)
    expect(plan.rows.people).toEqual([])
    expect(plan.mergedMark).toBe(B2)
  })

  describe('refusals', () => {
    it('refuses a file of another school outright, without merging', () => {
      const plan = planImport(
        { people },
        snapshotFrom({ people: [edited] }, { school: '另一所党校', schoolId: OTHER_SCHOOL_ID }),
        ctx(),
      )
      expect(plan.refusals).toEqual([expect.objectContaining({ code: 'otherSchool', overridable: false })])
      expect(plan.refusals[0]!.message).toContain('另一所党校')
      expect(plan.canApply).toBe(false)
      expect(plan.rows).toEqual({})
    })

    it('adopts the school id of a same-named school when this office got its id on upgrade, and says so', () => {
      const here = { id: '01JDSCH00000000000000000ZZ', name: SCHOOL, provisional: true }
      const plan = planImport({ people }, snapshotFrom({ people: [edited] }), ctx({ school: here }))
      expect(plan.refusals).toEqual([])
      expect(plan.adoptSchool).toEqual({ schoolId: SCHOOL_ID, provisional: false })
      expect(plan.warnings.map((w) => w.code)).toEqual(['adoptSchool'])
      expect(plan.canApply).toBe(true)
      expect(planImport({ people }, snapshotFrom({ people: [edited] }), ctx()).adoptSchool).toBeUndefined()
    })

    it('refuses a file without a school id (an older app), naming its office', () => {
      const plan = planImport({ people }, snapshotFrom({ people: [edited] }, { schoolId: undefined }), ctx())
      expect(plan.refusals).toEqual([expect.objectContaining({ code: 'noSchoolId', overridable: false })])
      expect(plan.refusals[0]!.message).toContain('「分校」')
      expect(plan.rows).toEqual({})
    })

    it('accepts any school on a fresh installation that has none yet', () => {
      const plan = planImport({}, snapshotFrom({ people }, { school: '另一所党校' }), ctx({ school: null }))
      expect(plan.canApply).toBe(true)
      expect(plan.totals.added).toBe(1)
    })

    it.each([
      { name: 'a newer database schema', over: { schemaVersion: 2 } },
      { name: 'a newer file format', over: { formatVersion: SNAPSHOT_FORMAT_VERSION + 1 } },
      { name: 'a newer app, same schema', over: { appVersion: '0.2.0' } },
      { name: 'a newer patch release', over: { appVersion: '0.1.10' } },
    ])('refuses a file from a newer app version ($name), even if confirmed', ({ over }) => {
      const snap = snapshotFrom({ people: [edited] })
      const plan = planImport(
        { people },
        { ...snap, header: { ...snap.header, ...over } },
        ctx({ confirmed: { olderThanMerged: true, massDelete: true }, appVersion: '0.1.9' }),
      )
      expect(plan.refusals.map((r) => [r.code, r.overridable])).toEqual([['newerVersion', false]])
      expect(plan.canApply).toBe(false)
    })

    it.each([
      { file: '0.1.0', here: '0.1.0' },
      { file: '0.1.0', here: '0.2.0' },
      { file: '0.9.9', here: '0.10.0' },
      { file: '1.0.0-beta.1', here: '1.0.0' },
    ])('takes a file of the same or an older app ($file here $here)', ({ file, here }) => {
      const snap = snapshotFrom({ people: [edited] }, { appVersion: file })
      expect(planImport({ people }, snap, ctx({ appVersion: here })).canApply).toBe(true)
    })

    it('asks before importing a file not newer than one already merged from that office', () => {
      const snap = snapshotFrom({ people: [edited] })
      for (const mark of [B2, stamp(NOW, 'B')]) {
        const plan = planImport({ people }, snap, ctx({ mergedMarks: { B: mark } }))
        expect(plan.refusals.map((r) => [r.code, r.overridable, r.confirmed])).toEqual([
          ['olderThanMerged', true, false],
        ])
        expect(plan.canApply).toBe(false)
        expect(plan.mergedMark).toBe(mark)
        const confirmed = planImport(
          { people },
          snap,
          ctx({ mergedMarks: { B: mark }, confirmed: { olderThanMerged: true } }),
        )
        expect(confirmed.canApply).toBe(true)
      }
      expect(
        planImport({ people }, snap, ctx({ mergedMarks: { B: B1, C: stamp(NOW, 'C') } })).refusals,
      ).toEqual([])
    })

    it.each([
      { live: 12, deleting: 4, refused: true },
      { live: 12, deleting: 3, refused: false },
      { live: 10, deleting: 4, refused: true },
      { live: 9, deleting: 9, refused: false },
    ])(
      'asks before deleting a large share: $deleting of $live live records → $refused',
      ({ live, deleting, refused }) => {
        const local = { classes: classes(live) }
        const snap = snapshotFrom({
          classes: classes(live)
            .slice(0, deleting)
            .map((r) => deleted(r)),
        })
        const plan = planImport(local, snap, ctx({ tableLabels: { classes: '班次' } }))
        expect(plan.tables.classes!.deleted).toBe(deleting)
        expect(plan.refusals.map((r) => r.code)).toEqual(refused ? ['massDelete'] : [])
        if (refused) {
          expect(plan.refusals[0]).toMatchObject({ table: 'classes', overridable: true })
          expect(plan.refusals[0]!.message).toContain('班次')
          expect(planImport(local, snap, ctx({ confirmed: { massDelete: true } })).canApply).toBe(true)
        }
      },
    )

    it('counts only records live here when judging a mass delete', () => {
      const local = {
        classes: [
          ...classes(12).slice(0, 6),
          ...classes(12)
            .slice(6)
            .map((r) => deleted(r)),
        ],
      }
      const snap = snapshotFrom({ classes: classes(12).map((r) => deleted(r, B2)) })
      const plan = planImport(local, snap, ctx())
      expect(plan.tables.classes!.deleted).toBe(6)
      expect(plan.refusals).toEqual([])
    })
  })

  it('refuses a file whose office clock runs more than a day ahead, naming that office', () => {
    const ahead = stamp(NOW + 3 * DAY, 'B')
    const plan = planImport({ people }, snapshotFrom({ people: [edited] }, { clockStamp: ahead }), ctx())
    expect(plan.refusals.map((r) => [r.code, r.overridable])).toEqual([['clockAhead', false]])
    expect(plan.refusals[0]!.message).toContain('3 天')
    expect(plan.refusals[0]!.message).toContain('分校')
    expect(plan.canApply).toBe(false)
    expect(plan.rows).toEqual({})
    const justInside = stamp(NOW + DAY - 1, 'B')
    expect(
      planImport({ people }, snapshotFrom({ people: [edited] }, { clockStamp: justInside }), ctx()).refusals,
    ).toEqual([])
  })
})

describe('buildSnapshot', () => {
  it('counts rows and takes the high-water mark from the clock or the newest row, whichever is higher', () => {
    const snap = snapshotFrom({ classes: classes(2), people: [edited] }, { clockStamp: A1 })
    expect(snap.header.counts).toEqual({ classes: 2, people: 1 })
    expect(snap.header.hlcHighWater).toBe(B1)
    expect(snapshotFrom({ people }, { clockStamp: B2 }).header.hlcHighWater).toBe(B2)
    expect(snap.header.formatVersion).toBe(SNAPSHOT_FORMAT_VERSION)
  })
})
