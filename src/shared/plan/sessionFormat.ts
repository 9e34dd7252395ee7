import { dayNumber, dateOfDayNumber, type LocalDate } from './clock'
import { slotLabel, type SessionSlot } from './session'
import { sessionFormLabel, type SessionForm } from './sessionForm'

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

/** '2025-09-08' → '2025年9月8日': every date on a printed sheet, and wherever the year matters. */
export function fullDate(date: LocalDate): string {
  return `${Number(date.slice(0, 4))}年${shortDate(date)}`
}

/** '2025-09-08' → '2025年9月8日（周一）'. */
export function fullDateWithWeekday(date: LocalDate): string {
  return `${fullDate(date)}（${weekdayLabel(date)}）`
}

/**
 * '2025-09-08', '2025-09-14' → '2025年9月8日至14日'; the second date says its month or year
 * only when they differ from the first's ('2025年12月29日至2026年1月4日').
 */
export function dateSpan(from: LocalDate, to: LocalDate): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${fullDate(from)}至${fullDate(to)}`
  if (from.slice(5, 7) !== to.slice(5, 7)) return `${fullDate(from)}至${shortDate(to)}`
  return `${fullDate(from)}至${Number(to.slice(8, 10))}日`
}

/**
 * A session's form and topic, as one heading: '专题讲座：党章党规党纪专题'. A topic that already
 * says its form ('结业式', '现场教学：…') is written once: no '结业式：结业式'.
 */
export function formAndTopic(form: SessionForm, topic: string): string {
  const label = sessionFormLabel(form)
  const t = topic.trim()
  if (!t) return label
  if (t.startsWith(label) || form === 'other') return t
  return `${label}：${t}`
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

/** '2025年9月8日上午' — a session on an official sheet (every date with its year). */
export function sessionSheetLabel(s: { date: LocalDate; slot: SessionSlot }): string {
  return `${fullDate(s.date)}${slotLabel(s.slot)}`
}

/** '9月8日上午' — short, for grid headers and chart labels. */
export function sessionShortLabel(s: { date: LocalDate; slot: SessionSlot }): string {
  return `${shortDate(s.date)}${slotLabel(s.slot)}`
}
