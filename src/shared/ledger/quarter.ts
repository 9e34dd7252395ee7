import type { LedgerSchemeFields } from './scheme'
import { memberStanding, type StandingEntry } from './standing'

/**
 * 阶段性总结 (seed 004 scheme 1 五、(三): "各學生黨支部每個季度按系黨總支要求整理並上報階段性總結
 * 材料"): what a branch did in one quarter of the natural year, and where its members stood at the
 * quarter's end. The seed sets no deadline: a quarter's report is due once the quarter has ended,
 * until the branch marks it 已上报.
 */

export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`

export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}` as QuarterKey

export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const firstMonth = (quarter - 1) * 3 + 1
  const lastMonth = firstMonth + 2
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  const mm = (m: number) => String(m).padStart(2, '0')
  return { from: `${year}-${mm(firstMonth)}-01`, to: `${year}-${mm(lastMonth)}-${lastDay}` }
}

/** The latest quarter of `year` that has ended by `asOf` (null before 1 April of that year). */
export function lastEndedQuarter(year: number, asOf: string): number | null {
  for (let q = 4; q >= 1; q--) if (quarterRange(year, q).to < asOf) return q
  return null
}

export interface QuarterItemLine {
  code: string
  label: string
  /** Entries (not returned) dated in the quarter. */
  entries: number
  /** Members with such an entry in the quarter. */
  members: number
  /** Members who have met the item by the quarter's end. */
  metByEnd: number
}

export interface QuarterSummary {
  year: number
  quarter: number
  from: string
  to: string
  members: number
  lines: QuarterItemLine[]
  volunteerHours: number
  /** Member ids behind the pro-rata target at the quarter's end (落后进度). */
  behindAtEnd: string[]
  /** Entries of the quarter still waiting for 支部审核. */
  pending: number
}

export function quarterSummary(
  scheme: Pick<LedgerSchemeFields, 'items' | 'volunteer' | 'period'>,
  memberIds: readonly string[],
  entries: readonly StandingEntry[],
  year: number,
  quarter: number,
): QuarterSummary {
  const { from, to } = quarterRange(year, quarter)
  const members = new Set(memberIds)
  const mine = entries.filter((e) => members.has(e.memberId))
  const inQuarter = mine.filter((e) => e.date >= from && e.date <= to && e.review !== 'returned')
  const upToEnd = mine.filter((e) => e.date <= to)
  const standings = memberIds.map((id) => memberStanding(scheme, id, upToEnd, year, to))
  const lines = scheme.items.map((item) => {
    const q = inQuarter.filter((e) => e.item === item.code)
    return {
      code: item.code,
      label: item.label,
      entries: q.length,
      members: new Set(q.map((e) => e.memberId)).size,
      metByEnd: standings.filter((s) => s.items.find((i) => i.code === item.code)?.state === 'met').length,
    }
  })
  const volunteer = scheme.items.find((i) => i.rule === 'volunteer')
  const volunteerHours = volunteer
    ? inQuarter.filter((e) => e.item === volunteer.code).reduce((s, e) => s + Math.round(e.amount * 10), 0) /
      10
    : 0
  return {
    year,
    quarter,
    from,
    to,
    members: memberIds.length,
    lines,
    volunteerHours,
    behindAtEnd: standings.filter((s) => s.behind).map((s) => s.memberId),
    pending: mine.filter((e) => e.date >= from && e.date <= to && e.review === 'submitted').length,
  }
}
