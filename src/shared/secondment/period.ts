/**
 * The secondment period (seed 000 附4 第五条): "挂职时间为1个月，从部署会召开之日起算".
 *
 * Reading adopted: the period starts on the day of the 部署会 (从…之日起算 counts that day) and its
 * last day is the day before the same day of the next month; when the next month has no such day
 * (31 January), its last day is the end of that month (the Civil Code art. 202 rule for periods
 * counted in months). So 2 March → 1 April, 31 January → 28 (or 29) February, 15 December → 14
 * January of the next year.
 */
export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string
  /** YYYY-MM-DD, inclusive. */
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

export function secondmentPeriod(meeting: string): Period {
  const [y, m, d] = meeting.split('-').map(Number) as [number, number, number]
  const lastOfNext = new Date(Date.UTC(y, m + 1, 0)).getUTCDate() // days in the next month
  const end =
    d > lastOfNext
      ? new Date(Date.UTC(y, m, lastOfNext)) // no such day: the end of the next month
      : new Date(Date.UTC(y, m, d - 1)) // the day before the same day next month
  return { from: meeting, to: iso(end) }
}

export const PERIOD_READING =
  '挂职期从部署会当天起算，至次月同一日的前一天止；次月没有同一日的（如1月31日），至次月月末止'
