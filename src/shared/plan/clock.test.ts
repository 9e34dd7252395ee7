import { describe, expect, it } from 'vitest'
import {
  dateOfDayNumber,
  dateTimeOfMinute,
  dayNumber,
  isLocalDate,
  isLocalDateTime,
  isLocalTime,
  minuteOf,
  minuteOfDateTime,
} from './clock'

describe('wall-clock dates and times', () => {
  it.each([
    ['2025-09-08', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-9-8', false],
    ['2025-13-01', false],
  ])('isLocalDate(%s) = %s', (s, ok) => expect(isLocalDate(s)).toBe(ok))

  it.each([
    ['09:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
  ])('isLocalTime(%s) = %s', (s, ok) => expect(isLocalTime(s)).toBe(ok))

  it('accepts date-times of the form YYYY-MM-DDTHH:mm only', () => {
    expect(isLocalDateTime('2025-09-08T09:00')).toBe(true)
    expect(isLocalDateTime('2025-09-08 09:00')).toBe(false)
    expect(isLocalDateTime('2025-09-08T09:00:00')).toBe(false)
  })

  it('puts dates and times on one minute line, across days and months', () => {
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dateOfDayNumber(dayNumber('2025-03-01') - 1)).toBe('2025-02-28')
    expect(minuteOf('2025-09-09', '00:00') - minuteOf('2025-09-08', '23:30')).toBe(30)
    expect(minuteOfDateTime('2025-09-08T09:00')).toBe(minuteOf('2025-09-08', '09:00'))
    expect(dateTimeOfMinute(minuteOf('2025-09-08', '13:30'))).toBe('2025-09-08T13:30')
  })

  it('throws on malformed input rather than guessing', () => {
    expect(() => minuteOfDateTime('2025-09-08')).toThrow(RangeError)
    expect(() => dayNumber('2025-02-30')).toThrow(RangeError)
  })
})
