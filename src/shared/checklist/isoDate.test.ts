import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, isIsoDate, isoWeekOf } from './isoDate'

describe('addDays', () => {
  const table: [string, number, string][] = [
    ['2025-03-10', -3, '2025-03-07'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'], // leap year
    ['2025-12-30', 7, '2026-01-06'],
    ['2025-10-26', 1, '2025-10-27'], // a daylight-saving change in Europe: no drift in UTC
    ['2025-06-15', 0, '2025-06-15'],
  ]
  it.each(table)('%s %+d → %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected)
    expect(daysBetween(from, expected)).toBe(days)
  })
})

describe('isIsoDate', () => {
  const table: [string, boolean][] = [
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-3-1', false],
    ['2025/03/01', false],
    ['', false],
  ]
  it.each(table)('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok)
  })

  it('refuses to count from a date that does not exist', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow('日期不存在')
  })
})

describe('isoWeekOf: Monday to Sunday', () => {
  const table: [string, string, string][] = [
    ['2025-06-16', '2025-06-16', '2025-06-22'], // a Monday
    ['2025-06-18', '2025-06-16', '2025-06-22'], // a Wednesday
    ['2025-06-22', '2025-06-16', '2025-06-22'], // a Sunday belongs to the week before it
    ['2026-01-01', '2025-12-29', '2026-01-04'], // across the new year
  ]
  it.each(table)('%s → %s … %s', (day, monday, sunday) => {
    expect(isoWeekOf(day)).toEqual({ monday, sunday })
  })
})
