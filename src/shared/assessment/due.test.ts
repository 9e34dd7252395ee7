import { describe, expect, it } from 'vitest'
import { assessmentDueSoon, daysToEndText } from './due'

describe('assessmentDueSoon (issue 13: 首页 lists classes ending within two weeks)', () => {
  it.each([
    ['2026-07-20', 'running', '2026-07-06', true], // 14 days ahead: within two weeks
    ['2026-07-21', 'running', '2026-07-06', false], // 15 days
    ['2026-07-06', 'preparing', '2026-07-06', true], // ends today
    ['2026-07-01', 'running', '2026-07-06', true], // ended, not yet 已结业
    ['2026-07-01', 'finished', '2026-07-06', false],
    ['2026-07-10', 'archived', '2026-07-06', false],
    ['', 'running', '2026-07-06', false],
  ])('ends %s, %s, today %s → %s', (endDate, status, today, due) => {
    expect(assessmentDueSoon({ endDate, status }, today)).toBe(due)
  })

  it('says how far the end is', () => {
    expect(daysToEndText('2026-07-09', '2026-07-06')).toBe('还有 3 天结业')
    expect(daysToEndText('2026-07-06', '2026-07-06')).toBe('今天结业')
    expect(daysToEndText('2026-07-04', '2026-07-06')).toBe('已过结业日期 2 天')
  })
})
