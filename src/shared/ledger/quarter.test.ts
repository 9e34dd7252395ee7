import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { lastEndedQuarter, quarterRange, quarterSummary } from './quarter'
import { LEDGER_TEMPLATES } from './scheme'
import type { StandingEntry } from './standing'

const scheme1 = LEDGER_TEMPLATES[0]!
let n = 0
const e = (
  memberId: string,
  item: string,
  date: string,
  amount = 1,
  review: StandingEntry['review'] = 'verified',
) => ({ id: `q${++n}`, memberId, item, date, amount, review }) satisfies StandingEntry

describe('阶段性总结 (seed 004 scheme 1 五、(三): a report each quarter)', () => {
  it('quotes the seed', () => {
    expect(readSeed('004_33ed6b773a80273d.txt')).toContain(
      '各學生黨支部每個季度按系黨總支要求整理並上報階段性總結材料',
    )
  })
  it.each([
    [1, '2026-01-01', '2026-03-31'],
    [2, '2026-04-01', '2026-06-30'],
    [3, '2026-07-01', '2026-09-30'],
    [4, '2026-10-01', '2026-12-31'],
  ])('quarter %d runs %s – %s', (q, from, to) => {
    expect(quarterRange(2026, q)).toEqual({ from, to })
  })
  it.each([
    ['2026-03-31', null],
    ['2026-04-01', 1],
    ['2026-07-01', 2],
    ['2027-01-05', 4],
  ])('on %s the last ended quarter of 2026 is %s', (asOf, q) => {
    expect(lastEndedQuarter(2026, asOf)).toBe(q)
  })
  it('counts the quarter’s entries and where members stood at its end', () => {
    const list = [
      e('a', 'pledge', '2026-02-01'),
      e('a', 'classic', '2026-05-01'),
      e('b', 'classic', '2026-05-02', 1, 'returned'),
      e('b', 'volunteer', '2026-04-10', 12),
      e('a', 'volunteer', '2026-06-30', 2.5, 'submitted'),
      e('a', 'volunteer', '2026-07-01', 30), // next quarter
    ]
    const s = quarterSummary(scheme1, ['a', 'b'], list, 2026, 2)
    expect(s.lines.find((l) => l.code === 'classic')).toMatchObject({ entries: 1, members: 1, metByEnd: 1 })
    expect(s.lines.find((l) => l.code === 'pledge')).toMatchObject({ entries: 0, metByEnd: 1 })
    expect(s.volunteerHours).toBe(14.5)
    // On 30 June (day 181 of 365) 17.4 hours are due: a (2.5 h) and b (12 h) are both behind.
    expect(s.behindAtEnd).toEqual(['a', 'b'])
    expect(s.pending).toBe(1)
  })
})
