import { describe, expect, it } from 'vitest'
import { checkExcellentCount, excellentQuota } from './quota'

// Seed 000, 附3 第十三条: 优秀等次人数应为学员总人数的15%-20%. Reading (DOMAIN.md rule 2):
// count ∈ [⌈0.15 n⌉, ⌊0.20 n⌋], n = students not withdrawn.
describe('excellentQuota (附3 第十三条)', () => {
  it.each([
    // n, min, max
    [5, 1, 1],
    [6, 1, 1],
    [10, 2, 2],
    [20, 3, 4], // 15 % of 20 is exactly 3: integer arithmetic, no 3.0000000000000004
    [40, 6, 8],
    [43, 7, 8], // the 43-person class: 6 refused, 7 accepted, 9 refused
    [48, 8, 9],
    [50, 8, 10],
    [60, 9, 12],
  ])('n = %i → %i–%i 优秀', (n, min, max) => {
    expect(excellentQuota(n)).toEqual({ n, min, max, empty: false })
  })

  it('is empty exactly for n = 1–4, 7, 8, 9, 14 up to 60', () => {
    const empty = Array.from({ length: 60 }, (_, i) => i + 1).filter((n) => excellentQuota(n).empty)
    expect(empty).toEqual([1, 2, 3, 4, 7, 8, 9, 14])
  })

  it('for every n up to 200, min is the least and max the greatest count within 15 %–20 %', () => {
    for (let n = 0; n <= 200; n++) {
      const { min, max } = excellentQuota(n)
      expect(100 * min).toBeGreaterThanOrEqual(15 * n)
      expect(100 * (min - 1)).toBeLessThan(15 * n)
      expect(100 * max).toBeLessThanOrEqual(20 * n)
      expect(100 * (max + 1)).toBeGreaterThan(20 * n)
    }
  })

  it('refuses a count that is not a whole number of students', () => {
    expect(() => excellentQuota(-1)).toThrow()
    expect(() => excellentQuota(4.5)).toThrow()
  })
})

describe('checkExcellentCount', () => {
  it.each([
    [6, false, '优秀应为 7–8 人，现为 6 人，还差 1 人'],
    [7, true, null],
    [8, true, null],
    [9, false, '优秀应为 7–8 人，现为 9 人，多了 1 人'],
  ])('43 students, %i 优秀 → ok %s', (count, ok, message) => {
    const v = checkExcellentCount(count, 43)
    expect(v.ok).toBe(ok)
    if (!v.ok) expect(v.message).toBe(message)
  })

  it('an empty range needs the principal’s office; its recorded decision then rules', () => {
    const v = checkExcellentCount(1, 8)
    expect(v).toMatchObject({
      ok: false,
      message: '本班 8 人，按 15%–20% 没有符合的优秀人数，须由校长室决定并登记',
    })
    const adjustment = {
      min: 1,
      max: 1,
      decidedBy: '校长室 李校长',
      decidedAt: '2026-04-08 10:00',
      reason: '小班',
    }
    expect(checkExcellentCount(1, 8, undefined, adjustment)).toEqual({
      ok: true,
      min: 1,
      max: 1,
      adjusted: true,
    })
    expect(checkExcellentCount(2, 8, undefined, adjustment)).toMatchObject({
      ok: false,
      message: '优秀应为 1 人，现为 2 人，多了 1 人',
    })
  })

  it('the quota is school data: another school may read it as 10 %–20 %', () => {
    expect(checkExcellentCount(5, 43, { minPercent: 10, maxPercent: 20 }).ok).toBe(true)
  })
})
