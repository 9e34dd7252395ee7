/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Dates are counted in UTC so that no time zone or
 * daylight-saving change can shift a due date by a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

function toUtcMs(iso: string): number {
  const m = ISO_DATE.exec(iso)
  if (!m) throw new Error(`日期格式应为 YYYY-MM-DD：${iso}`)
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  // Date.UTC rolls 2025-02-30 over to March; a date that does not round-trip does not exist.
  if (fromUtcMs(ms) !== iso) throw new Error(`日期不存在：${iso}`)
  return ms
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function isIsoDate(value: string): boolean {
  try {
    toUtcMs(value)
    return true
  } catch {
    return false
  }
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS)
}

/** The ISO week (Monday to Sunday) that contains the date. */
export function isoWeekOf(iso: string): { monday: string; sunday: string } {
  const weekday = new Date(toUtcMs(iso)).getUTCDay() // 0 = Sunday
  const sinceMonday = (weekday + 6) % 7
  const monday = addDays(iso, -sinceMonday)
  return { monday, sunday: addDays(monday, 6) }
}
