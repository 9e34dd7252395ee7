import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { secondmentPeriod } from './period'

// Seed 000 附4 第五条: 挂职时间为1个月，从部署会召开之日起算.
describe('secondmentPeriod (附4 第五条)', () => {
  it('quotes the seed', () => {
    expect(readSeed('000_2fb966d90a3b6fa5.txt')).toContain('挂职时间为1个月，从部署会召开之日起算')
  })
  it.each([
    ['2026-03-02', '2026-04-01'],
    ['2026-03-01', '2026-03-31'],
    ['2026-01-31', '2026-02-28'], // no 31 February: the end of February
    ['2028-01-31', '2028-02-29'], // leap year
    ['2027-01-29', '2027-02-28'], // no 29 February in 2027
    ['2026-01-28', '2026-02-27'],
    ['2026-12-15', '2027-01-14'], // across the year
    ['2026-05-31', '2026-06-30'],
  ])('部署会 %s → last day %s', (meeting, to) => {
    expect(secondmentPeriod(meeting)).toEqual({ from: meeting, to })
  })
})
