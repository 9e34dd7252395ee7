import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { yearEndOutcomeProblem, yearEndOutcomes, yearEndSuggestion } from './yearEnd'

/* Seed 004 办法一 五、(四) 考核评比. */
const seed = readSeed('004_33ed6b773a80273d.txt')

describe('scheme 1 year-end review (004 办法一 五、(四))', () => {
  it('quotes the seed', () => {
    expect(seed).toContain('採取自我評議、民主評議、滿意度測評等方式')
    expect(seed).toContain('黨總支建議延長其預備期或取消其預備黨員資格')
  })

  it.each([
    ['commend', 'full', null],
    ['criticise', 'full', null],
    ['extendProbation', 'full', '“建议延长预备期”只适用于预备党员'],
    ['cancelProbation', 'full', '“建议取消预备党员资格”只适用于预备党员'],
    ['extendProbation', 'probationary', null],
    ['cancelProbation', 'probationary', null],
    ['', 'full', null],
  ] as const)('%s for a %s member → %s', (outcome, status, problem) => {
    expect(yearEndOutcomeProblem(outcome, status)).toBe(problem)
  })

  it('offers the probation outcomes to a 预备党员 only', () => {
    expect(yearEndOutcomes('full')).toEqual(['', 'commend', 'criticise'])
    expect(yearEndOutcomes('probationary')).toHaveLength(5)
  })

  it.each([
    [0, 'full', '各项均已完成；表现突出的可予表彰'],
    [2, 'full', '有 2 项未达到要求：给予批评教育'],
    [1, 'probationary', '有 1 项未达到要求：给予批评教育，并可建议延长预备期或取消预备党员资格'],
  ] as const)('%d items open, %s → “%s”', (open, status, text) => {
    expect(yearEndSuggestion({ open }, status)).toBe(text)
  })
})
