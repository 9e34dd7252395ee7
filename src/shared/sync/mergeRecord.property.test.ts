import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './fieldValue'
import { formatHlc } from './hlc'
import { isSequentialLoss, mergeRecord, type Conflict, type SyncedRow } from './merge'

// One record merged with another: the per-field merge is a join (commutative, associative,
// idempotent), whatever the stamps, values and causal bases. Histories across offices are in
// merge.property.test.ts.

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

/** A causal base: none (older data), '' (a new field), or one or two other offices' stamps. */
const baseArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(''),
  stampArb,
  fc.tuple(stampArb, stampArb).map(([x, y]) => [x, y].sort().join(' ')),
)

/**
 * Arbitrary copies of one record: any subset of fields, stamps from a tiny
 * pool so that equal stamps (and even equal stamps with different values or
 * bases, which real clocks never produce) come up often; bases on some
 * fields, none on others.
 */
const recordArb: fc.Arbitrary<SyncedRow> = fc
  .record({
    fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.tuple(valueArb, stampArb, baseArb)),
    deleted: fc.tuple(fc.boolean(), stampArb, baseArb),
    createdAt: fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'),
  })
  .map(({ fields, deleted, createdAt }) => {
    const values: Record<string, unknown> = {}
    const hlc: Record<string, string> = { deleted: deleted[1] }
    const base: Record<string, string> = {}
    if (deleted[2] !== undefined) base.deleted = deleted[2]
    for (const [f, [v, s, b]] of Object.entries(fields)) {
      values[f] = v
      hlc[f] = s
      if (b !== undefined) base[f] = b
    }
    const updated = Object.values(hlc).sort().at(-1)!
    const row = { ...values, id: 'r1', createdAt, deleted: deleted[0], _hlc: hlc, _updated: updated }
    return Object.keys(base).length > 0 ? { ...row, _base: base } : row
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

  it('logs exactly the values that lose to a write whose office had not seen them', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const { record, conflicts } = mergeRecord('people', a, b)
        const expected: string[] = []
        for (const side of [a, b])
          for (const f of [...FIELDS, 'deleted']) {
            if (side[f] === undefined || canonicalJson(record[f]) === canonicalJson(side[f])) continue
            const losingStamp = side._hlc[f] ?? ''
            if (isSequentialLoss(losingStamp, record._hlc[f] ?? '', record._base?.[f])) continue
            expected.push(canonicalJson({ field: f, losingValue: side[f], losingStamp }))
          }
        const got = conflicts.map((c) =>
          canonicalJson({ field: c.field, losingValue: c.losingValue, losingStamp: c.losingStamp }),
        )
        expect(got.sort()).toEqual(expected.sort())
      }),
      { numRuns: 3000 },
    )
  })
})
