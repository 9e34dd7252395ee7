import { dayNumber, type LocalDate } from './clock'
import { addDays } from './sessionFormat'

/**
 * A plan against its class's dates: the sessions that fall outside them (a plan from another
 * year, another term), and moving the whole plan to the class's start while each session keeps
 * its weekday, so a Monday lecture stays on a Monday and the plan's weeks stay as they were.
 */

export interface DateRange {
  start: LocalDate
  end: LocalDate
}

/** The sessions dated before the class starts or after it ends, in their order. */
export function sessionsOutside<S extends { date: LocalDate }>(
  sessions: readonly S[],
  range: DateRange,
): S[] {
  return sessions.filter((s) => s.date < range.start || s.date > range.end)
}

/** The plan's first and last dates; null for an empty plan. */
export function planSpan(sessions: readonly { date: LocalDate }[]): DateRange | null {
  if (sessions.length === 0) return null
  let start = sessions[0]!.date
  let end = start
  for (const s of sessions) {
    if (s.date < start) start = s.date
    if (s.date > end) end = s.date
  }
  return { start, end }
}

/**
 * Days (a whole number of weeks, so weekdays are kept) that move the plan's first date to the
 * first day on or after `classStart` with the same weekday. 0 for an empty plan.
 */
export function weeksToStart(sessions: readonly { date: LocalDate }[], classStart: LocalDate): number {
  const span = planSpan(sessions)
  if (!span) return 0
  const gap = dayNumber(classStart) - dayNumber(span.start)
  return Math.ceil(gap / 7) * 7 + 0 // never -0
}

/** Every session moved by `days`. */
export function shiftSessions<S extends { date: LocalDate }>(sessions: readonly S[], days: number): S[] {
  return days === 0 ? [...sessions] : sessions.map((s) => ({ ...s, date: addDays(s.date, days) }))
}
