import { bench, describe } from 'vitest'
import { branchOverview } from '../src/shared/ledger/overview'
import { LEDGER_TEMPLATES } from '../src/shared/ledger/scheme'
import type { StandingEntry } from '../src/shared/ledger/standing'

/*
 * Issue 14: "a 300-member branch with a year of entries (≈ 20,000): the branch view recomputes
 * after one entry in under 50 ms; compare with the raw cost of reading the same rows". The branch
 * view recomputes the whole overview (branchOverview: every member × every item, volunteer hours
 * against the pro-rata target, sorted by attention) whenever an entry changes. Raw = one pass over
 * the rows summing hours per member, the least any recompute must do. Scheme 3 is measured too
 * (score sheets with traced lines for 300 members).
 */

const N = 300
const PER_MEMBER = 66 // ≈ 20,000 entries
const [scheme1, , scheme3] = LEDGER_TEMPLATES
const members = Array.from({ length: N }, (_, i) => ({
  id: `M${i}`,
  name: `党员${i}`,
  form: i % 5 ? ('member' as const) : ('leader' as const),
}))

function entriesFor(items: readonly string[]): StandingEntry[] {
  const out: StandingEntry[] = []
  for (const m of members)
    for (let k = 0; k < PER_MEMBER; k++) {
      const day = 1 + ((k * 5) % 360)
      const d = new Date(Date.UTC(2026, 0, day))
      out.push({
        id: `${m.id}-${k}`,
        memberId: m.id,
        item: items[k % items.length]!,
        date: d.toISOString().slice(0, 10),
        amount: 1 + (k % 3) * 0.5,
        review: k % 7 === 0 ? 'submitted' : 'verified',
      })
    }
  return out
}

const itemEntries = entriesFor([...scheme1!.items.map((i) => i.code), 'volunteer', 'volunteer', 'volunteer'])
const ruleEntries = entriesFor(scheme3!.rules.filter((r) => r.form === 'member').map((r) => r.code))
const reviews = members.map((m) => ({
  memberId: m.id,
  year: 2026,
  survey: 85,
  democratic: 'qualified' as const,
}))

describe(`branch of ${N} members, ${itemEntries.length} entries`, () => {
  bench('raw: hours per member in one pass', () => {
    const sums = new Map<string, number>()
    for (const e of itemEntries) sums.set(e.memberId, (sums.get(e.memberId) ?? 0) + e.amount)
  })
  bench('scheme 1 overview (members × items, 落后进度, sorted)', () => {
    branchOverview(scheme1!, members, itemEntries, [], 2026, '2026-07-01')
  })
  bench('scheme 3 overview (score sheets with traced lines)', () => {
    branchOverview(scheme3!, members, ruleEntries, reviews, 2026, '2026-07-01')
  })
})
