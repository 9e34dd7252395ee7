import type { Period } from './period'

/**
 * The Friday-afternoon meetings of a secondment (seed 000 附4 第六条(四)): "每周五下午在区委党校召开
 * 座谈会（单周小组交流，双周班级交流）".
 *
 * Reading adopted: weeks are counted from the first meeting (the first Friday on or after the
 * period's start is week 1, 单周); a Friday the user lists as a holiday (the plan marks none: see
 * skippedFridayProblems) has no meeting but still counts as a week, so the alternation follows the
 * calendar and not the meetings held.
 */
export type MeetingKind = 'group' | 'class'

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { group: '小组交流', class: '班级交流' }

export interface FridayMeeting {
  date: string
  week: number
  kind: MeetingKind
}

const DAY = 86_400_000
const toDate = (s: string) =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)))
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10)

export function fridayMeetings(period: Period, holidays: ReadonlySet<string> = new Set()): FridayMeeting[] {
  const start = toDate(period.from)
  const end = toDate(period.to)
  const first = start + ((5 - new Date(start).getUTCDay() + 7) % 7) * DAY // Friday = 5
  const meetings: FridayMeeting[] = []
  for (let t = first, week = 1; t <= end; t += 7 * DAY, week++) {
    const date = toIso(t)
    if (holidays.has(date)) continue
    meetings.push({ date, week, kind: week % 2 === 1 ? 'group' : 'class' })
  }
  return meetings
}

/**
 * The plan and the class carry no holidays (nothing in shared/plan marks one), so the user types the
 * Fridays without a meeting. What is wrong with a typed list, in the user's words: not a date in
 * YYYY-MM-DD, not a Friday, or outside the period (empty: all fine). Warnings: the list is saved as typed.
 */
export function skippedFridayProblems(typed: readonly string[], period: Period | null): string[] {
  const problems: string[] = []
  for (const s of typed) {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(s) && toIso(toDate(s)) === s
    if (!valid) problems.push(`“${s}”不是日期，请按 2026-05-01 的格式填写`)
    else if (new Date(toDate(s)).getUTCDay() !== 5) problems.push(`${s} 不是星期五`)
    else if (period && (s < period.from || s > period.to)) problems.push(`${s} 不在挂职期内`)
  }
  return problems
}
