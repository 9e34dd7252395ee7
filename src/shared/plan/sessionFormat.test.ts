import { describe, expect, it } from 'vitest'
import {
  addDays,
  dateSpan,
  dateWithWeekday,
  formAndTopic,
  fullDate,
  fullDateWithWeekday,
  mondayOf,
  weekdayLabel,
} from './sessionFormat'

describe('plan dates', () => {
  it('names weekdays and finds the Monday of a week, across months and years', () => {
    expect(weekdayLabel('2025-09-08')).toBe('周一')
    expect(weekdayLabel('2025-09-14')).toBe('周日')
    expect(dateWithWeekday('2025-09-19')).toBe('9月19日（周五）')
    expect(mondayOf('2025-09-14')).toBe('2025-09-08')
    expect(mondayOf('2025-09-08')).toBe('2025-09-08')
    expect(mondayOf('2026-01-01')).toBe('2025-12-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })
})

/** ARCHITECTURE.md, Printing: an official sheet carries every date with its year. */
describe('dates with their year', () => {
  it.each([
    ['2025-09-08', '2025年9月8日', '2025年9月8日（周一）'],
    ['2026-03-02', '2026年3月2日', '2026年3月2日（周一）'],
    ['2025-12-31', '2025年12月31日', '2025年12月31日（周三）'],
  ])('%s', (date, full, withWeekday) => {
    expect(fullDate(date)).toBe(full)
    expect(fullDateWithWeekday(date)).toBe(withWeekday)
  })

  it.each([
    ['2025-09-08', '2025-09-14', '2025年9月8日至14日'],
    ['2026-03-30', '2026-04-05', '2026年3月30日至4月5日'],
    ['2025-12-29', '2026-01-04', '2025年12月29日至2026年1月4日'],
  ])('%s to %s', (from, to, text) => {
    expect(dateSpan(from, to)).toBe(text)
  })
})

describe('a session heading names its form once', () => {
  it.each([
    ['closing', '结业式', '结业式'],
    ['opening', '开班式暨入学教育', '开班式暨入学教育'],
    ['opening', '入学教育', '开班式：入学教育'],
    ['lecture', '党章党规党纪专题', '专题讲座：党章党规党纪专题'],
    ['fieldTeaching', '现场教学：乡村振兴', '现场教学：乡村振兴'],
    ['other', '体检', '体检'],
    ['lecture', '', '专题讲座'],
  ] as const)('%s “%s”', (form, topic, heading) => {
    expect(formAndTopic(form, topic)).toBe(heading)
  })
})
