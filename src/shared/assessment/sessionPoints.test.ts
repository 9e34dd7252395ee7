import { describe, expect, it } from 'vitest'
import { DEFAULT_SCHEME } from './scheme'
import { dayPoints, inClassItems, sessionPointsLock, signedPoints } from './sessionPoints'

// 附3 第八条 (seed 000): 课堂纪律 and 互动提问 are recorded as the class goes (形成考核数据积累).
describe('in-class items and the day’s points (附3 第八条)', () => {
  it('takes 课堂纪律 and 互动提问 from the scheme, in its order, and only those present', () => {
    expect(inClassItems(DEFAULT_SCHEME).map((i) => i.label)).toEqual(['课堂纪律', '互动提问'])
    const without = {
      ...DEFAULT_SCHEME,
      quantitative: DEFAULT_SCHEME.quantitative.filter((i) => i.code !== 'questions'),
    }
    expect(inClassItems(without).map((i) => i.code)).toEqual(['classDiscipline'])
  })

  it.each([
    ['the day’s dated entries only', '2026-03-02', [['E1:questions', 2]]],
    ['another day', '2026-03-03', [['E1:questions', -1]]],
    ['no date: nothing (the recorded score has date "")', '', []],
  ] as const)('%s', (_, date, expected) => {
    const entries = [
      { enrollmentId: 'E1', itemCode: 'questions', date: '', points: 8 },
      { enrollmentId: 'E1', itemCode: 'questions', date: '2026-03-02', points: 2 },
      { enrollmentId: 'E1', itemCode: 'questions', date: '2026-03-03', points: -1 },
    ]
    expect([...dayPoints(entries, date)]).toEqual(expected)
  })

  it.each([
    [false, null],
    [true, '本班考核已定稿，不能再加减分（须先在“考核 › 等次评定”解除锁定）'],
  ])('finalised %s → %s', (finalised, reason) => expect(sessionPointsLock(finalised)).toBe(reason))

  it.each([
    [2, '+2'],
    [0, '0'],
    [-1, '-1'],
  ])('%d shows as %s', (v, s) => expect(signedPoints(v)).toBe(s))
})
