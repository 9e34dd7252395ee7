/**
 * Wall-clock dates and times of a class, with no time zone: a class happens in one place, and
 * "2025-09-08 09:00" means the same to both offices. Everything is compared as whole minutes
 * on one line (minutes since 1970-01-01 00:00 of that wall clock), computed from the calendar
 * alone so the machine's zone and daylight rules never enter.
 */

/** 'YYYY-MM-DD' */
export type LocalDate = string
/** 'HH:mm', 24-hour */
export type LocalTime = string
/** 'YYYY-MM-DDTHH:mm' */
export type LocalDateTime = string

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})$/

export function isLocalDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function isLocalTime(s: string): boolean {
  const m = TIME.exec(s)
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60
}

export function isLocalDateTime(s: string): boolean {
  const [d, t, ...rest] = s.split('T')
  return rest.length === 0 && d !== undefined && t !== undefined && isLocalDate(d) && isLocalTime(t)
}

/** Whether year-month-day names a day that exists (no 2月30日). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

export function formatLocalTime(minutesOfDay: number): LocalTime {
  return `${pad2(Math.floor(minutesOfDay / 60))}:${pad2(minutesOfDay % 60)}`
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/** 'HH:mm' → minutes after midnight. */
export function timeToMinutes(t: LocalTime): number {
  const m = TIME.exec(t)
  if (!m || !isLocalTime(t)) throw new RangeError(`not a time: ${t}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD'. */
export function dayNumber(d: LocalDate): number {
  const m = DATE.exec(d)
  if (!m || !isLocalDate(d)) throw new RangeError(`not a date: ${d}`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000
}

/** The 'YYYY-MM-DD' of a day number; inverse of `dayNumber`. */
export function dateOfDayNumber(n: number): LocalDate {
  const d = new Date(n * 86_400_000)
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/** A date and time of day → minutes on the class's line. */
export function minuteOf(date: LocalDate, time: LocalTime): number {
  return dayNumber(date) * 1440 + timeToMinutes(time)
}

/** 'YYYY-MM-DDTHH:mm' → minutes on the class's line. */
export function minuteOfDateTime(dt: LocalDateTime): number {
  const [d = '', t = ''] = dt.split('T')
  if (!isLocalDateTime(dt)) throw new RangeError(`not a date-time: ${dt}`)
  return minuteOf(d, t)
}

/** Minutes on the class's line → 'YYYY-MM-DDTHH:mm'. */
export function dateTimeOfMinute(minute: number): LocalDateTime {
  const day = Math.floor(minute / 1440)
  return `${dateOfDayNumber(day)}T${formatLocalTime(minute - day * 1440)}`
}
