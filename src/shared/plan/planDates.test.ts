import { describe, expect, it } from 'vitest'
import { planSpan, sessionsOutside, shiftSessions, weeksToStart } from './planDates'
import { weekdayOf } from './sessionFormat'

/**
 * 000 第五条: the head teacher 严格执行教学计划 — the plan of this class, on this class's days. A
 * plan from another term imported as it is would put every session outside the class.
 */

const at = (...dates: string[]) => dates.map((date, i) => ({ date, sourceRow: i + 3 }))
const spring2026 = { start: '2026-03-02', end: '2026-04-10' }

describe('sessions outside the class dates', () => {
  it.each([
    ['a plan inside the class', at('2026-03-02', '2026-03-03', '2026-04-10'), []],
    ['last year’s autumn plan', at('2025-09-08', '2025-09-19'), ['2025-09-08', '2025-09-19']],
    ['one day before the start', at('2026-03-01', '2026-03-02'), ['2026-03-01']],
    ['one day after the end', at('2026-04-10', '2026-04-11'), ['2026-04-11']],
    ['the right days of another year', at('2025-03-02'), ['2025-03-02']],
    ['an empty plan', at(), []],
  ])('%s', (_, sessions, outside) => {
    expect(sessionsOutside(sessions, spring2026).map((s) => s.date)).toEqual(outside)
  })
})

describe('moving a plan to the class start, weekdays kept', () => {
  it.each([
    // plan dates, class start, days moved, first date after
    ['Monday plan to a Monday start', at('2025-09-08', '2025-09-19'), '2026-03-02', 175, '2026-03-02'],
    ['Monday plan to a Wednesday start: the next Monday', at('2025-09-08'), '2026-03-04', 182, '2026-03-09'],
    ['already at the start', at('2026-03-02', '2026-03-03'), '2026-03-02', 0, '2026-03-02'],
    ['a later plan moved back', at('2026-05-04', '2026-05-05'), '2026-03-02', -63, '2026-03-02'],
    [
      'unordered rows: the earliest date counts',
      at('2025-09-10', '2025-09-08'),
      '2026-03-02',
      175,
      '2026-03-02',
    ],
    ['across New Year', at('2025-12-29', '2026-01-02'), '2026-03-02', 63, '2026-03-02'],
  ])('%s', (_, sessions, start, days, first) => {
    expect(weeksToStart(sessions, start)).toBe(days)
    expect(Math.abs(days % 7)).toBe(0)
    const moved = shiftSessions(sessions, days)
    expect(planSpan(moved)?.start).toBe(first)
    moved.forEach((m, i) => {
      expect(weekdayOf(m.date)).toBe(weekdayOf(sessions[i]!.date))
      expect(m.sourceRow).toBe(sessions[i]!.sourceRow)
    })
  })

  it('moves the whole autumn fortnight into the class, Friday still Friday', () => {
    const moved = shiftSessions(at('2025-09-08', '2025-09-12', '2025-09-19'), 175)
    expect(moved.map((s) => s.date)).toEqual(['2026-03-02', '2026-03-06', '2026-03-13'])
    expect(sessionsOutside(moved, spring2026)).toEqual([])
  })

  it('does nothing to an empty plan', () => {
    expect(weeksToStart([], '2026-03-02')).toBe(0)
    expect(planSpan([])).toBeNull()
  })
})
