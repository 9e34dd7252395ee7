import type { DemocraticResult } from './records'
import type { OrgLifeAttendance } from './orgLife'
import type { LedgerSchemeFields } from './scheme'
import { scoreSheet, type ScoreSheet } from './scoreSheet'
import { branchStanding, inPeriod, type MemberStanding, type StandingEntry } from './standing'

/**
 * A branch at a glance, as the screen, the printed 台账 and the Excel export all show it: one row
 * per member with the standing (items schemes) or the score sheet (quantified scheme), the members
 * needing attention first. One function, so the three never disagree.
 */
export interface OverviewMember {
  id: string
  name: string
  form: 'leader' | 'member'
}

export interface OverviewReview {
  memberId: string
  year: number
  survey: number | null
  democratic: DemocraticResult
}

export interface OverviewRow<M extends OverviewMember> {
  member: M
  entries: StandingEntry[]
  standing: MemberStanding | null
  sheet: ScoreSheet | null
}

export function branchOverview<M extends OverviewMember>(
  scheme: LedgerSchemeFields,
  members: readonly M[],
  entries: readonly StandingEntry[],
  reviews: readonly OverviewReview[],
  year: number,
  asOf: string,
  /** Org-life attendance by member id, from the class's roll call (orgLife.ts); none for a school's branch. */
  orgLife?: ReadonlyMap<string, OrgLifeAttendance> | null,
): OverviewRow<M>[] {
  const inYear = entries.filter((e) => inPeriod(e, scheme, year))
  const byMember = new Map<string, StandingEntry[]>()
  for (const e of inYear) {
    const list = byMember.get(e.memberId)
    if (list) list.push(e)
    else byMember.set(e.memberId, [e])
  }
  const memberById = new Map(members.map((m) => [m.id, m]))
  if (scheme.kind === 'items') {
    return branchStanding(
      scheme,
      members.map((m) => m.id),
      inYear,
      year,
      asOf,
      orgLife,
    ).map((standing) => ({
      member: memberById.get(standing.memberId)!,
      entries: byMember.get(standing.memberId) ?? [],
      standing,
      sheet: null,
    }))
  }
  const review = new Map(reviews.filter((r) => r.year === year).map((r) => [r.memberId, r]))
  const rows = members.map((member, order) => {
    const mine = byMember.get(member.id) ?? []
    const sheet = scoreSheet(scheme, member.form, mine, review.get(member.id) ?? null)
    return { order, row: { member, entries: mine, standing: null, sheet } }
  })
  // Attention first: vetoed, then no total yet, then the lowest totals.
  const rank = (s: ScoreSheet) => (s.vetoed ? -2 : s.score.total === null ? -1 : s.score.total)
  rows.sort((a, b) => rank(a.row.sheet) - rank(b.row.sheet) || a.order - b.order)
  return rows.map((r) => r.row)
}
