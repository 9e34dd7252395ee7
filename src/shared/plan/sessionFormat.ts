import { dayNumber, dateOfDayNumber, type LocalDate } from './clock'
import { slotLabel, type SessionSlot } from './session'

/** How dates and sessions of a plan are written on screen and on paper. */

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 0 = Sunday … 6 = Saturday, from the calendar alone (no time zone). */
export function weekdayOf(date: LocalDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

export function weekdayLabel(date: LocalDate): string {
  return WEEKDAYS[weekdayOf(date)]!
}

/** '2025-09-08' → '9月8日'. */
export function shortDate(date: LocalDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

/** '2025-09-08' → '9月8日（周一）'. */
export function dateWithWeekday(date: LocalDate): string {
  return `${shortDate(date)}（${weekdayLabel(date)}）`
}

/** The Monday of the week a date falls in. */
export function mondayOf(date: LocalDate): LocalDate {
  const wd = weekdayOf(date)
  return dateOfDayNumber(dayNumber(date) - ((wd + 6) % 7))
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOfDayNumber(dayNumber(date) + days)
}

/** '9月8日（周一）上午 开班式暨入学教育' — how a session is named in pickers and messages. */
export function sessionLabel(s: { date: LocalDate; slot: SessionSlot; topic: string }): string {
  return `${dateWithWeekday(s.date)}${slotLabel(s.slot)} ${s.topic}`
}

/** '9月8日上午' — short, for grid headers and chart labels. */
export function sessionShortLabel(s: { date: LocalDate; slot: SessionSlot }): string {
  return `${shortDate(s.date)}${slotLabel(s.slot)}`
}
