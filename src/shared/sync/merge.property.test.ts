import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conflictKey } from './merge'
import { REPLICA_IDS, TABLE_NAMES, World, type Op } from '../../../test/helpers/replicaSim'
import type { Snapshot } from './snapshot'

/**
 * Property tests of the merge (issue 6, "Checks"): three offices with random
 * histories exchange snapshots in random orders, with repeats and stale
 * files, and must end identical without losing any value.
 *
 * What "no value is lost" means here, precisely. A value is *accounted for*
 * when it is, under the same or a newer stamp, in some office's conflict log,
 * or among the values a user replaced by their own edit in an office that
 * held it (that edit's author had seen it: an ordinary later edit, which need
 * not be logged). The simulation records those edits as they happen, not from
 * the merge's bases, so the check does not take the merge's word for it.
 * 1. Per import: every field value held before it, locally or in the file,
 *    is afterwards in that record or accounted for (World.checkNothingDropped).
 * 2. Over the whole history: every value ever written is, at the end, in the
 *    converged state or accounted for (World.lostWrites).
 * And the converged state equals one computed from the writes alone: per
 * field the write with the greatest stamp, with its base (World.expectedState).
 *
 * The other side, that the log holds real conflicts only: histories in which
 * every office imports everything before it edits log nothing at all.
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

/** Any local operation (no import or export): what a user does between exchanges. */
const localOp = op.filter((o) => o.kind !== 'import' && o.kind !== 'export')

/**
 * A strictly sequential history: before each step its office imports the
 * latest file of every other office (in either order), so it has every write
 * made so far; then it makes its edits and exports.
 */
const sequentialSteps = fc.array(
  fc.record({ r: office, reverse: fc.boolean(), ops: fc.array(localOp, { minLength: 1, maxLength: 4 }) }),
  { maxLength: 12 },
)

function runSequential(steps: { r: number; reverse: boolean; ops: Op[] }[]): World {
  const world = new World()
  const latest = new Map<number, Snapshot>()
  const importOthers = (r: number, reverse: boolean) => {
    const others = [0, 1, 2].filter((i) => i !== r)
    for (const i of reverse ? others.reverse() : others) {
      const file = latest.get(i)
      if (file) world.offices[r]!.importSnapshot(file)
    }
  }
  for (const { r, reverse, ops } of steps) {
    importOthers(r, reverse)
    for (const o of ops) world.offices[r]!.apply({ ...o, r })
    latest.set(r, world.offices[r]!.exportSnapshot())
  }
  for (const r of [0, 1, 2]) importOthers(r, false)
  return world
}

/** Office indices in the simulation. */
const A = 0
const B = 1
const C = 2

/** `to` imports a file `from` exports now. */
function send(world: World, from: number, to: number): void {
  world.offices[to]!.importSnapshot(world.offices[from]!.exportSnapshot())
}

/** A creates class 一班, and B imports it. */
function sharedClass(): World {
  const world = new World()
  world.offices[A]!.apply({ kind: 'create', r: A, table: 'classes', values: [0, 0, 0] })
  send(world, A, B)
  return world
}

const editName = (r: number, value: number): Op => ({
  kind: 'edit',
  r,
  table: 'classes',
  pick: 0,
  field: 0,
  value,
})

describe('the conflict log holds values that lost a concurrent edit, and only those', () => {
  it('logs nothing for a one-way sync: A writes, B imports and edits (twice), A imports', () => {
    const world = sharedClass()
    world.offices[B]!.apply(editName(B, 1))
    world.offices[B]!.apply(editName(B, 2))
    send(world, B, A)
    expect(world.offices[A]!.rows('classes')[0]).toMatchObject({ name: '三班' })
    // And back again: A edits what it got, B imports.
    world.offices[A]!.apply(editName(A, 0))
    send(world, A, B)
    expect(world.offices[B]!.rows('classes')[0]).toMatchObject({ name: '一班' })
    for (const o of world.offices) expect(o.log).toEqual([])
  })

  it('logs nothing for an edit relayed through a third office that the first never heard from directly', () => {
    const world = sharedClass()
    world.offices[B]!.apply(editName(B, 1))
    send(world, B, C)
    world.offices[C]!.apply(editName(C, 2))
    send(world, C, A)
    expect(world.offices[A]!.rows('classes')[0]).toMatchObject({ name: '三班' })
    for (const o of world.offices) expect(o.log).toEqual([])
  })

  it.each([
    { name: 'B edits once', bEdits: [2] },
    // Under a rule trusting any newer base, B's second edit (built on B's first, newer than A's) would hide A's value.
    { name: 'B edits twice', bEdits: [2, 0] },
  ])('logs a concurrent edit of the same field exactly once in each office ($name)', ({ bEdits }) => {
    const world = sharedClass()
    world.offices[A]!.apply(editName(A, 1)) // A: 二班
    for (const v of bEdits) world.offices[B]!.apply(editName(B, v)) // B (clock ahead): newer
    const fromA = world.offices[A]!.exportSnapshot()
    const fromB = world.offices[B]!.exportSnapshot()
    world.offices[A]!.importSnapshot(fromB)
    world.offices[B]!.importSnapshot(fromA)
    const [inA, inB] = [world.offices[A]!.log, world.offices[B]!.log]
    expect(inA).toHaveLength(1)
    expect(inB).toHaveLength(1)
    expect(inA[0]).toMatchObject({ field: 'name', losingValue: '二班' })
    expect(conflictKey(inB[0]!)).toBe(conflictKey(inA[0]!))
    expect(world.offices[A]!.fingerprint()).toBe(world.offices[B]!.fingerprint())
  })

  it('logs a concurrent edit once in all when the files go one after the other', () => {
    const world = sharedClass()
    world.offices[A]!.apply(editName(A, 1))
    world.offices[B]!.apply(editName(B, 2))
    send(world, B, A)
    send(world, A, B)
    expect(world.offices.flatMap((o) => o.log).map((c) => c.losingValue)).toEqual(['二班'])
  })

  it('logs nothing in any strictly sequential history of three offices', () => {
    fc.assert(
      fc.property(sequentialSteps, (steps) => {
        const world = runSequential(steps)
        expect(world.offices.flatMap((o) => o.log)).toEqual([])
        expect(world.dropped).toEqual([])
        expect(world.lostWrites(world.offices[0]!)).toEqual([])
        const [a, b, c] = world.offices.map((o) => o.fingerprint())
        expect(b).toBe(a)
        expect(c).toBe(a)
      }),
      { numRuns: 1500 },
    )
  })
})

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
