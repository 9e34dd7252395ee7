import type { OrgLifeAttendance } from './orgLife'
import { volunteerStanding, type VolunteerStanding } from './volunteer'
import type { LedgerSchemeFields } from './scheme'
import type { ReviewState } from './records'

/**
 * Where a member stands on an items scheme (seed 004 scheme 1 三、实施内容; scheme 2), and a
 * branch at a glance: every member × every item, met / in progress / missing, volunteering against
 * the pro-rata target for today (落后进度), sorted by who needs attention.
 *
 * Entries returned by the branch (支部审核: 退回) do not count; submitted and verified ones do, and
 * the submitted ones are counted apart (待审核) so the branch sees what it has not checked yet.
 */

export interface StandingEntry {
  id: string
  memberId: string
  item: string
  date: string
  amount: number
  review: ReviewState
}

export type ItemState = 'met' | 'inProgress' | 'missing'
export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  met: '已完成',
  inProgress: '进行中',
  missing: '未开始',
}

export interface ItemStanding {
  code: string
  state: ItemState
  /** Entries (not returned) that count for the item, by id, so a figure traces to its entries. */
  entryIds: string[]
  /** For the volunteer item: hours, times and the pro-rata target. */
  volunteer?: VolunteerStanding
  /** For an `attendance` item whose class has org-life sessions: the roll call's count (orgLife.ts). */
  attendance?: OrgLifeAttendance
}

export interface MemberStanding {
  memberId: string
  items: ItemStanding[]
  met: number
  /** Items not met. */
  open: number
  behind: boolean
  pending: number
  returned: number
  /** Larger = needs attention sooner (behind first, then items open, then hours short). */
  attention: number
}

/** Year of the entries: scheme 1 and 3 ledgers are per natural year (scheme 1 四、实施时间). */
export function inPeriod(entry: { date: string }, scheme: Pick<LedgerSchemeFields, 'period'>, year: number) {
  return scheme.period === 'class' || Number(entry.date.slice(0, 4)) === year
}

export function memberStanding(
  scheme: Pick<LedgerSchemeFields, 'items' | 'volunteer' | 'period'>,
  memberId: string,
  entries: readonly StandingEntry[],
  year: number,
  asOf: string,
  /** The member's org-life attendance from the class's roll call, when the class has such sessions. */
  orgLife?: OrgLifeAttendance | null,
): MemberStanding {
  const own = entries.filter((e) => e.memberId === memberId && inPeriod(e, scheme, year))
  const counting = own.filter((e) => e.review !== 'returned')
  const items = scheme.items.map((item): ItemStanding => {
    // Read from the roll call, never typed twice: entries by hand for the item do not count.
    if (item.rule === 'attendance' && orgLife)
      return { code: item.code, state: orgLife.state, entryIds: [], attendance: orgLife }
    const mine = counting.filter((e) => e.item === item.code)
    const entryIds = mine.map((e) => e.id)
    if (item.rule === 'volunteer') {
      const v = scheme.volunteer
      const hours = mine.map((e) => ({ date: e.date, hours: e.amount }))
      const standing = volunteerStanding(hours, year, asOf, v ?? undefined)
      const state: ItemState = standing.met ? 'met' : mine.length > 0 ? 'inProgress' : 'missing'
      return { code: item.code, state, entryIds, volunteer: standing }
    }
    return { code: item.code, state: mine.length > 0 ? 'met' : 'missing', entryIds }
  })
  const met = items.filter((i) => i.state === 'met').length
  const open = items.length - met
  const v = items.find((i) => i.volunteer)?.volunteer
  const behind = v?.behind ?? false
  const hoursShort = v ? Math.max(0, v.dueHours - v.hours) : 0
  return {
    memberId,
    items,
    met,
    open,
    behind,
    pending: own.filter((e) => e.review === 'submitted').length,
    returned: own.filter((e) => e.review === 'returned').length,
    attention: (behind ? 10_000 : 0) + open * 100 + Math.min(hoursShort, 99),
  }
}

/** Every member's standing, the ones needing attention first (ties in the given member order). */
export function branchStanding(
  scheme: Pick<LedgerSchemeFields, 'items' | 'volunteer' | 'period'>,
  memberIds: readonly string[],
  entries: readonly StandingEntry[],
  year: number,
  asOf: string,
  orgLife?: ReadonlyMap<string, OrgLifeAttendance> | null,
): MemberStanding[] {
  const byMember = new Map<string, StandingEntry[]>()
  for (const e of entries) {
    const list = byMember.get(e.memberId)
    if (list) list.push(e)
    else byMember.set(e.memberId, [e])
  }
  const rows = memberIds.map((id, order) => ({
    order,
    s: memberStanding(scheme, id, byMember.get(id) ?? [], year, asOf, orgLife?.get(id)),
  }))
  rows.sort((a, b) => b.s.attention - a.s.attention || a.order - b.order)
  return rows.map((r) => r.s)
}

/** Volunteer hours per month (1–12) of a member's counting entries in `year`, for the chart. */
export function hoursByMonth(entries: readonly StandingEntry[], item: string, year: number): number[] {
  const months = Array.from({ length: 12 }, () => 0)
  for (const e of entries) {
    if (e.item !== item || e.review === 'returned' || Number(e.date.slice(0, 4)) !== year) continue
    const m = Number(e.date.slice(5, 7)) - 1
    months[m] = Math.round((months[m]! + e.amount) * 10) / 10
  }
  return months
}
