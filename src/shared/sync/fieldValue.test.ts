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
    // An attachment's scan: compared byte by byte, never as an object of numbered keys.
    { a: new Uint8Array([1, 2, 3]), b: new Uint8Array([1, 2, 3]), same: true },
    { a: new Uint8Array([1, 2, 3]), b: new Uint8Array([1, 2, 4]), same: false },
    { a: new Uint8Array([1, 2]), b: new Uint8Array([1, 2, 0]), same: false },
  ])('$a vs $b: same = $same', ({ a, b, same }) => {
    expect(sameFieldValue(a, b)).toBe(same)
    expect(canonicalJson(a) === canonicalJson(b)).toBe(same)
  })

  it('puts a missing value before every other value', () => {
    expect(canonicalJson(undefined) < canonicalJson(null)).toBe(true)
    expect(canonicalJson(undefined) < canonicalJson('')).toBe(true)
  })

  it('writes bytes as the snapshot body does, so a tie-break on them is the same in every office', () => {
    expect(canonicalJson(new Uint8Array([0xff, 0, 0x41]))).toBe('{"$bytes":"/wBB"}')
    // A large scan compares without building an object of millions of keys.
    const big = new Uint8Array(8 * 1024 * 1024).fill(7)
    const copy = big.slice()
    expect(sameFieldValue(big, copy)).toBe(true)
    copy[copy.length - 1] = 8
    expect(sameFieldValue(big, copy)).toBe(false)
  })
})
