import { describe, expect, it } from 'vitest'
import { canonicalJson, sameFieldValue } from './fieldValue'

/** Source: issue 6 "Merge": a deterministic tie-break, the same in every office. */
describe('field values', () => {
  it.each([
    { a: 'x', b: 'x', same: true },
    { a: 'x', b: 'y', same: false },
    { a: true, b: false, same: false },
    { a: 1, b: '1', same: false },
    { a: null, b: undefined, same: false },
    { a: { x: 1, y: [1, { z: 2, w: 3 }] }, b: { y: [1, { w: 3, z: 2 }], x: 1 }, same: true },
    { a: [1, 2], b: [2, 1], same: false },
    { a: { x: 1, y: undefined }, b: { x: 1 }, same: true },
    { a: Number.NaN, b: null, same: true },
  ])('$a vs $b: same = $same', ({ a, b, same }) => {
    expect(sameFieldValue(a, b)).toBe(same)
    expect(canonicalJson(a) === canonicalJson(b)).toBe(same)
  })

  it('puts a missing value before every other value', () => {
    expect(canonicalJson(undefined) < canonicalJson(null)).toBe(true)
    expect(canonicalJson(undefined) < canonicalJson('')).toBe(true)
  })
})
