import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import { volunteerStanding, type VolunteerEntry } from './volunteer'

const seed = readSeed('004_33ed6b773a80273d.txt')

/** `times` entries in 2026 adding up to `hours`. */
function entries(hours: number, times: number): VolunteerEntry[] {
  return Array.from({ length: times }, (_, i) => ({
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-10`,
    hours: i === 0 ? hours - (times - 1) * Math.floor(hours / times) : Math.floor(hours / times),
  }))
}

describe('做好一週義工 (seed 004 scheme 1 (五): 35 hours and 18 times in the natural year)', () => {
  it('quotes the seed', () => {
    expect(seed).toContain('要求一年工作總時間達35小時,工作次數不少於18次')
  })

  it.each([
    [35, 18, true],
    [35, 17, false],
    [34.5, 20, false],
    [40, 25, true],
  ])('%d hours, %d times → met %s', (hours, times, met) => {
    const s = volunteerStanding(entries(hours, times), 2026, '2026-12-31')
    expect(s).toMatchObject({ hours, times, met })
  })

  it('counts only the natural year', () => {
    const list = [...entries(35, 18), { date: '2025-12-31', hours: 5 }, { date: '2027-01-01', hours: 5 }]
    expect(volunteerStanding(list, 2026, '2027-01-15')).toMatchObject({ hours: 35, times: 18, met: true })
  })

  it('is behind when below the pro-rata target for the day', () => {
    // 1 July 2026 is day 182 of 365: due 17.5 hours and 8 times.
    const july = volunteerStanding([{ date: '2026-03-01', hours: 10 }], 2026, '2026-07-01')
    expect(july).toMatchObject({ dueHours: 17.5, dueTimes: 8, behind: true })
    const onTrack = volunteerStanding(entries(20, 9), 2026, '2026-07-01')
    expect(onTrack.behind).toBe(false)
  })
})
