import { describe, expect, it } from 'vitest'
import { matchesClassFilter, sortClasses, yearsOf } from './classFilter'
import { newClassDefaults } from './trainingClass'

const a = {
  ...newClassDefaults('zhongqing', '2025-03-01'),
  name: '2025年春季中青班',
  headTeachers: ['王老师'],
}
const b = { ...newClassDefaults('weituo', '2024-09-10'), name: '某局委托培训班', status: 'finished' as const }

describe('matchesClassFilter', () => {
  it.each([
    [{}, true, true],
    [{ year: 2025 }, true, false],
    [{ year: 2024 }, false, true],
    [{ type: 'weituo' as const }, false, true],
    [{ status: 'finished' as const }, false, true],
    [{ search: '中青' }, true, false],
    [{ search: '王老师' }, true, false],
    [{ search: '委托班' }, false, true], // type label is searchable
    [{ search: '  春季   中青 ' }, true, false],
    [{ search: '党员' }, false, false],
  ])('%o → a:%s b:%s', (filter, forA, forB) => {
    expect(matchesClassFilter(a, filter)).toBe(forA)
    expect(matchesClassFilter(b, filter)).toBe(forB)
  })
})

describe('sortClasses / yearsOf', () => {
  it('puts the newest class first and lists years descending', () => {
    expect(sortClasses([b, a]).map((c) => c.name)).toEqual([a.name, b.name])
    expect(yearsOf([b, a, a])).toEqual([2025, 2024])
  })
})
