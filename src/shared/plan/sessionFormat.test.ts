import { describe, expect, it } from 'vitest'
import { addDays, dateWithWeekday, mondayOf, weekdayLabel } from './sessionFormat'

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
