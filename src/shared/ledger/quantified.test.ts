import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { SCHEME3_FORMS, categoryScore, memberScore, outcomeOf } from './quantified'

const seed = readSeed('004_33ed6b773a80273d.txt')
const [leader, member] = SCHEME3_FORMS

describe('scheme 3 forms (seed 004 第三章)', () => {
  it('carries the seed’s standards, each form 100 points', () => {
    expect(leader!.categories.map((c) => c.standard)).toEqual([25, 20, 25, 30])
    expect(member!.categories.map((c) => c.standard)).toEqual([20, 20, 40, 20])
    for (const f of SCHEME3_FORMS) expect(f.categories.reduce((s, c) => s + c.standard, 0)).toBe(100)
    expect(seed).toContain('(4)民主評議情況(30分)')
    expect(seed).toContain('(3)崗位職責履行情況(40分)')
  })
})

describe('categoryScore (第七條: standard + bonuses − deductions, clamped to [0, standard])', () => {
  const study = { code: 'study', label: '學習', standard: 20 }
  it.each([
    [0, 0, 20, null],
    [3, 5, 18, null],
    [3, 0, 20, 'standard'], // a bonus past the standard counts as the standard
    [0, 23, 0, 'zero'], // deductions below zero count as 0
    [0, 0.5 + 0.5 + 0.5, 18.5, null], // 0.5-point deductions add up exactly
  ])('+%d −%d → %d (clamped: %s)', (bonuses, deductions, score, clamped) => {
    expect(categoryScore(study, bonuses, deductions)).toMatchObject({ score, clamped })
  })
  it('quotes 第七條', () => {
    expect(seed).toContain('若加減分後該項得分低於0分,該項得分按0分計算')
  })
})

describe('memberScore (第八條 80 % + 20 %; 第十四條 thresholds; 第十五條 veto)', () => {
  it('weights the quantified score 80 % and the survey 20 %', () => {
    const s = memberScore(
      member!,
      { study: { bonuses: 0, deductions: 2.5 }, duties: { bonuses: 10, deductions: 0 } },
      90,
    )
    expect(s.quantified).toBe(97.5)
    expect(s.total).toBe(96)
    expect(s.outcome).toBe('commended')
    expect(seed).toContain('其中量化考核分佔80%,民主測評得分佔20%')
  })

  it.each([
    [90, true, 'commended'],
    [90, false, 'ordinary'],
    [60, true, 'unqualified'],
    [60, false, 'ordinary'],
    [59.9, false, 'unqualified'],
    [75, true, 'ordinary'],
  ])('total %d, bounds inclusive %s → %s', (total, inclusive, outcome) => {
    const t = { commend: 90, commendInclusive: inclusive, unqualified: 60, unqualifiedInclusive: inclusive }
    expect(outcomeOf(total, t)).toBe(outcome)
  })

  it('the default reads 以上/以下 as including the number (Civil Code art. 1259)', () => {
    expect(outcomeOf(90)).toBe('commended')
    expect(outcomeOf(60)).toBe('unqualified')
    expect(seed).toContain('對經考核在90分以上的由黨支部進行表彰,60分以下的可初步視為不合格黨員')
  })

  it('a member rated 不合格 in democratic review is vetoed and not scored', () => {
    expect(memberScore(leader!, {}, 100, { vetoed: true })).toEqual({
      categories: [],
      quantified: null,
      survey: null,
      total: null,
      outcome: 'vetoed',
    })
    expect(seed).toContain('採取一票否決,不再進行目標管理量化考核')
  })
})
