import { describe, expect, it } from 'vitest'
import {
  addHours,
  compareHours,
  divHours,
  formatHours,
  formatHoursExact,
  hoursFromDecimal,
  hoursOf,
  hoursToNumber,
  mulHours,
  subHours,
  sumHours,
} from './hours'

describe('exact hours', () => {
  it.each([
    // [decimal, n, d, why]
    [3, 3n, 1n, 'fixture schedule-zhongqing-2025: 3 学时 a half day'],
    [1.5, 3n, 2n, 'a 90-minute lecture'],
    [0.1, 1n, 10n, 'the decimal typed, not the float beneath it'],
    [0.29, 29n, 100n, 'two decimals'],
    [120, 120n, 1n, '000 附2 第九条: a 120-hour class'],
    [0, 0n, 1n, 'zero'],
  ])('reads %s as %s/%s (%s)', (x, n, d) => {
    expect(hoursFromDecimal(x)).toEqual({ n, d })
  })

  it('reduces and keeps the sign on the numerator', () => {
    expect(hoursOf(6, -4)).toEqual({ n: -3n, d: 2n })
    expect(hoursOf(0, 5)).toEqual({ n: 0n, d: 1n })
    expect(() => hoursOf(1, 0)).toThrow(RangeError)
  })

  it('adds decimals that drift as floats exactly', () => {
    const tenths = Array.from({ length: 10 }, () => hoursFromDecimal(0.1))
    expect(sumHours(tenths)).toEqual(hoursOf(1))
    expect(0.1 * 3 === 0.3).toBe(false) // the float problem the fractions avoid
    expect(addHours(hoursFromDecimal(0.1), hoursFromDecimal(0.2))).toEqual(hoursFromDecimal(0.3))
  })

  it('divides 120 by 7 into 17 1/7 and compares at the boundary exactly (000 附2 第九条)', () => {
    const allowed = divHours(hoursOf(120), hoursOf(7))
    expect(allowed).toEqual({ n: 120n, d: 7n })
    const used = addHours(hoursOf(17), hoursOf(1, 7))
    expect(compareHours(used, allowed)).toBe(0)
    expect(compareHours(addHours(used, hoursOf(1, 100000)), allowed)).toBe(1)
    expect(compareHours(subHours(used, hoursOf(1, 100000)), allowed)).toBe(-1)
    expect(mulHours(allowed, hoursOf(7))).toEqual(hoursOf(120))
  })

  it.each([
    [hoursOf(120, 7), '17.14', '17又1/7'],
    [hoursOf(3, 2), '1.5', '1又1/2'],
    [hoursOf(18), '18', '18'],
    [hoursOf(1, 3), '0.33', '1/3'],
    [hoursOf(-1, 3), '-0.33', '-1/3'],
    [hoursOf(2, 3), '0.67', '2/3'],
    [hoursOf(1, 1000), '0', '1/1000'],
  ])('formats %o as %s and %s', (h, decimal, exact) => {
    expect(formatHours(h)).toBe(decimal)
    expect(formatHoursExact(h)).toBe(exact)
  })

  it('converts to a number for charts', () => {
    expect(hoursToNumber(hoursOf(120, 7))).toBeCloseTo(17.142857, 5)
  })
})
