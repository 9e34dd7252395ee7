/**
 * 做好一週義工 (seed 004, scheme 1, item (五)): "要求一年工作總時間達35小時，工作次數不少於18次" —
 * both conditions, within the natural year. DOMAIN.md rule 5.
 */
export const VOLUNTEER_HOURS_PER_YEAR = 35
export const VOLUNTEER_TIMES_PER_YEAR = 18

export interface VolunteerEntry {
  /** YYYY-MM-DD */
  date: string
  hours: number
}

export interface VolunteerStanding {
  hours: number
  times: number
  met: boolean
  /** Where the member should be by `asOf`, pro rata over the year (落后进度 when below). */
  dueHours: number
  dueTimes: number
  behind: boolean
}

function dayOfYear(date: string): { day: number; days: number } {
  const y = Number(date.slice(0, 4))
  const start = Date.UTC(y, 0, 1)
  const at = Date.UTC(y, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000
  return { day: (at - start) / 86_400_000 + 1, days }
}

/**
 * One member's volunteering in `year`, judged on `asOf` (YYYY-MM-DD, in that year or after it).
 * `target`: the scheme's own numbers when a school changed them (default: seed 004's 35 h, 18 times).
 */
export function volunteerStanding(
  entries: readonly VolunteerEntry[],
  year: number,
  asOf: string,
  target: { hours: number; times: number } = {
    hours: VOLUNTEER_HOURS_PER_YEAR,
    times: VOLUNTEER_TIMES_PER_YEAR,
  },
): VolunteerStanding {
  const inYear = entries.filter((e) => Number(e.date.slice(0, 4)) === year && e.hours > 0)
  // Hours are summed in tenths so 0.1 + 0.2 stays 0.3.
  const hours = inYear.reduce((sum, e) => sum + Math.round(e.hours * 10), 0) / 10
  const times = inYear.length
  const met = hours >= target.hours && times >= target.times
  const share = Number(asOf.slice(0, 4)) > year ? 1 : (({ day, days }) => day / days)(dayOfYear(asOf))
  const dueHours = Math.round(target.hours * share * 10) / 10
  const dueTimes = Math.floor(target.times * share)
  return { hours, times, met, dueHours, dueTimes, behind: !met && (hours < dueHours || times < dueTimes) }
}
