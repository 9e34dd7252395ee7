import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './fieldValue'
import { formatHlc } from './hlc'
import { mergeRecord, type Conflict, type SyncedRow } from './merge'
import { REPLICA_IDS, TABLE_NAMES, World, type Op } from './replicaSim'

/**
 * Property tests of the merge (issue 6, "Checks"): three offices with random
 * histories exchange snapshots in random orders, with repeats and stale
 * files, and must end identical without losing any value.
 *
 * What "no value is lost" means here, precisely:
 * 1. Per import: every field value held before it, locally or in the file,
 *    is afterwards in that record or in the office's conflict log under the
 *    same stamp (World.checkNothingDropped).
 * 2. Over the whole history: every value ever written by a user is, at the
 *    end, in the converged state or in some office's conflict log under a
 *    stamp at least as new, unless a user replaced it by their own later
 *    edit in the office that held it (World.lostWrites).
 * And the converged state equals one computed from the writes alone: per
 * field the write with the greatest stamp (World.expectedState).
 */

const office = fc.integer({ min: 0, max: 2 })
const pick = fc.nat({ max: 20 })
const table = fc.constantFrom(...TABLE_NAMES)

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      r: office,
      table: fc.constantFrom('classes' as const, 'people' as const),
      values: fc.array(fc.nat({ max: 2 }), { minLength: 3, maxLength: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('mark' as const),
      r: office,
      session: fc.nat({ max: 1 }),
      person: fc.nat({ max: 1 }),
      value: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      r: office,
      table,
      pick,
      field: fc.nat({ max: 2 }),
      value: fc.nat({ max: 2 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), r: office, table, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), r: office, table, pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      r: office,
      ms: fc.integer({ min: -120_000, max: 600_000 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('export' as const), r: office }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('import' as const), r: office, file: fc.nat({ max: 50 }) }),
  },
)

/** The end of a history: every office sends its latest to the others, in any order, among stale files. */
const finale = fc.record({
  order: fc.shuffledSubarray(
    REPLICA_IDS.flatMap((_, to) => REPLICA_IDS.map((_, from) => ({ to, from }))).filter(
      (p) => p.to !== p.from,
    ),
    { minLength: 6, maxLength: 6 },
  ),
  stale: fc.array(fc.record({ after: fc.nat({ max: 5 }), to: office, file: fc.nat({ max: 50 }) }), {
    maxLength: 4,
  }),
})

function runHistory(
  ops: Op[],
  end: { order: { to: number; from: number }[]; stale: { after: number; to: number; file: number }[] },
) {
  const world = new World()
  for (const o of ops) world.offices[o.r]!.apply(o)
  const latest = world.offices.map((o) => o.exportSnapshot())
  end.order.forEach(({ to, from }, i) => {
    world.offices[to]!.importSnapshot(latest[from]!)
    for (const s of end.stale.filter((x) => x.after === i)) {
      const file = world.files[s.file % Math.max(1, world.files.length)]
      if (file) world.offices[s.to]!.importSnapshot(file)
    }
  })
  return world
}

function checkHistory(ops: Op[], end: Parameters<typeof runHistory>[1]) {
  const world = runHistory(ops, end)
  expect(world.dropped).toEqual([])
  const [a, b, c] = world.offices.map((o) => o.fingerprint())
  expect(b).toBe(a)
  expect(c).toBe(a)
  expect(a).toBe(world.expectedState())
  expect(world.lostWrites(world.offices[0]!)).toEqual([])
  // Once converged, any file, old or new, changes nothing anywhere.
  for (const file of [...world.files.slice(-3), ...world.offices.map((o) => o.exportSnapshot())]) {
    for (const o of world.offices) {
      const before = o.fingerprint()
      o.importSnapshot(file)
      expect(o.fingerprint()).toBe(before)
    }
  }
}

const allPairsInOrder = [
  { to: 0, from: 1 },
  { to: 0, from: 2 },
  { to: 1, from: 0 },
  { to: 1, from: 2 },
  { to: 2, from: 0 },
  { to: 2, from: 1 },
]

/**
 * Failures fast-check found and shrank, kept as they were. Both came from an
 * early version of the "no value lost" check that matched exact stamps: an
 * equal value arriving with a newer stamp takes over the older write, and a
 * user then replaced it (a deliberate loss).
 */
const REGRESSIONS: { name: string; ops: Op[]; end: Parameters<typeof runHistory>[1] }[] = [
  {
    name: 'same mark in two offices, re-stamped by the merge, then changed by hand in both',
    ops: [
      { kind: 'mark', r: 2, session: 0, person: 0, value: 0 },
      { kind: 'mark', r: 0, session: 0, person: 0, value: 0 },
      { kind: 'export', r: 0 },
      { kind: 'import', r: 2, file: 0 },
      { kind: 'mark', r: 2, session: 0, person: 0, value: 2 },
      { kind: 'mark', r: 0, session: 0, person: 0, value: 2 },
    ],
    end: { order: allPairsInOrder, stale: [] },
  },
  {
    name: 'shrunk history (seed -665201707)',
    ops: JSON.parse(
      '[{"kind":"export","r":0},{"kind":"import","r":0,"file":0},{"kind":"mark","r":0,"session":0,"person":0,"value":0},{"kind":"mark","r":0,"session":1,"person":1,"value":2},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"import","r":0,"file":0},{"kind":"export","r":0},{"kind":"import","r":0,"file":0},{"kind":"mark","r":2,"session":1,"person":1,"value":2},{"kind":"import","r":0,"file":0},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"create","r":0,"table":"classes","values":[0,0,0]},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"delete","r":0,"table":"classes","pick":0},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"mark","r":0,"session":0,"person":0,"value":0},{"kind":"create","r":0,"table":"classes","values":[0,0,0]},{"kind":"export","r":0},{"kind":"import","r":2,"file":28},{"kind":"mark","r":0,"session":1,"person":1,"value":0},{"kind":"export","r":0},{"kind":"mark","r":2,"session":1,"person":1,"value":0},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"export","r":0},{"kind":"delete","r":0,"table":"classes","pick":0},{"kind":"mark","r":0,"session":0,"person":0,"value":0},{"kind":"import","r":0,"file":0},{"kind":"edit","r":0,"table":"classes","pick":0,"field":0,"value":0},{"kind":"import","r":0,"file":0},{"kind":"delete","r":0,"table":"classes","pick":0}]',
    ) as Op[],
    end: {
      order: [
        { to: 0, from: 1 },
        { to: 0, from: 2 },
        { to: 2, from: 1 },
        { to: 2, from: 0 },
        { to: 1, from: 0 },
        { to: 1, from: 2 },
      ],
      stale: [],
    },
  },
]

describe('three offices exchanging snapshots', () => {
  it.each(REGRESSIONS)('regression: $name', ({ ops, end }) => checkHistory(ops, end))

  it('keeps a delete and a concurrent edit of another field both: in the recycle bin, edited (the documented rule)', () => {
    const world = runHistory(
      [
        { kind: 'create', r: 0, table: 'classes', values: [0, 0, 0] },
        { kind: 'export', r: 0 },
        { kind: 'import', r: 1, file: 0 },
        { kind: 'delete', r: 0, table: 'classes', pick: 0 },
        { kind: 'time', r: 1, ms: 1000 },
        { kind: 'edit', r: 1, table: 'classes', pick: 0, field: 0, value: 1 },
      ],
      { order: allPairsInOrder, stale: [] },
    )
    for (const o of world.offices) {
      const [rec] = o.rows('classes')
      expect(rec).toMatchObject({ deleted: true, name: '二班' })
    }
  })

  it('converge to the state the writes imply and lose no value (short histories)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), finale, (ops, end) => checkHistory(ops, end)),
      { numRuns: 6000 },
    )
  })

  it('converge and lose no value (long histories with many exchanges)', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 30, maxLength: 80 }), finale, (ops, end) =>
        checkHistory(ops, end),
      ),
      { numRuns: 4000 },
    )
  })
})

// ---------------------------------------------------------------------------
// The merge as an algebra, on single records.

const stampArb = fc
  .record({
    wall: fc.integer({ min: 1, max: 4 }),
    counter: fc.nat({ max: 1 }),
    replica: fc.constantFrom('A', 'B', 'C'),
  })
  .map(formatHlc)
const valueArb = fc.oneof(
  fc.constantFrom('甲', '乙', '', null, 0, 1, true),
  fc.constant({ a: 1, b: [2] }),
  fc.constant({ b: [2], a: 1 }),
)
const FIELDS = ['name', 'phone', 'tags']

/**
 * Arbitrary copies of one record: any subset of fields, stamps from a tiny
 * pool so that equal stamps (and even equal stamps with different values,
 * which real clocks never produce) come up often.
 */
const recordArb: fc.Arbitrary<SyncedRow> = fc
  .record({
    fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.tuple(valueArb, stampArb)),
    deleted: fc.tuple(fc.boolean(), stampArb),
    createdAt: fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'),
  })
  .map(({ fields, deleted, createdAt }) => {
    const values: Record<string, unknown> = {}
    const hlc: Record<string, string> = { deleted: deleted[1] }
    for (const [f, [v, s]] of Object.entries(fields)) {
      values[f] = v
      hlc[f] = s
    }
    const updated = Object.values(hlc).sort().at(-1)!
    return { ...values, id: 'r1', createdAt, deleted: deleted[0], _hlc: hlc, _updated: updated }
  })

const merge = (a: SyncedRow, b: SyncedRow) => mergeRecord('people', a, b).record
function same(a: SyncedRow, b: SyncedRow): void {
  expect(canonicalJson(a)).toBe(canonicalJson(b))
}
const conflictSet = (cs: Conflict[]) => cs.map((c) => canonicalJson(c)).sort()

describe('mergeRecord as a join', () => {
  it('is commutative, and reports the same conflicts either way round', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        same(merge(a, b), merge(b, a))
        expect(conflictSet(mergeRecord('people', a, b).conflicts)).toEqual(
          conflictSet(mergeRecord('people', b, a).conflicts),
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('is associative', () => {
    fc.assert(
      fc.property(recordArb, recordArb, recordArb, (a, b, c) =>
        same(merge(merge(a, b), c), merge(a, merge(b, c))),
      ),
      { numRuns: 3000 },
    )
  })

  it('is idempotent: merging what is already merged changes nothing and logs nothing', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        same(merge(a, a), a)
        const ab = merge(a, b)
        expect(mergeRecord('people', ab, b).record).toBe(ab)
        expect(mergeRecord('people', ab, ab).conflicts).toEqual([])
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps every value that loses in the conflicts', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const { record, conflicts } = mergeRecord('people', a, b)
        for (const side of [a, b])
          for (const f of [...FIELDS, 'deleted']) {
            if (side[f] === undefined || canonicalJson(record[f]) === canonicalJson(side[f])) continue
            expect(conflicts).toContainEqual(
              expect.objectContaining({ field: f, losingValue: side[f], losingStamp: side._hlc[f] }),
            )
          }
      }),
      { numRuns: 3000 },
    )
  })
})
