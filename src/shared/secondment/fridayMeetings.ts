import type { Period } from './period'

/**
 * The Friday-afternoon meetings of a secondment (seed 000 附4 第六条(四)): "每周五下午在区委党校召开
 * 座谈会（单周小组交流，双周班级交流）".
 *
 * Reading adopted: weeks are counted from the first meeting (the first Friday on or after the
 * period's start is week 1, 单周); a Friday the plan marks as a holiday has no meeting but still
 * counts as a week, so the alternation follows the calendar and not the meetings held.
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
