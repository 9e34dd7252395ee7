import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { branchOverview } from '@shared/ledger/overview'
import { exportBytes, importBytes, testOffices } from '../../../../test/helpers/syncTestOffices'
import { branchWithPledge, ledgerMember } from '../../../../test/helpers/ledgerBranch'
import type { DataAccess } from '../core/openData'

/**
 * Issue 14 "two profiles edit the same member's ledger and merge": two offices edit the same
 * member's ledger without seeing each other's edits; after exchanging files both hold every
 * entry, the review's fields from each office, and judge the member alike.
 */
const offices = testOffices('ledger-merge')
afterEach(() => offices.closeAll())

const asOf = '2026-07-01'
async function view(d: DataAccess, branchId: string) {
  const b = (await d.ledger.loadBranch(branchId))!
  const rows = branchOverview(b.scheme, b.members, b.entries, b.reviews, b.branch.year, asOf)
  return {
    entries: b.entries.map((e) => [e.date, e.item, e.amount, e.review]).sort(),
    reviews: b.reviews.map((r) => [r.id, r.survey, r.democratic]),
    standing: rows.map((r) => [r.member.name, r.standing?.met, r.standing?.behind]),
  }
}

describe('two offices edit the same member’s ledger', () => {
  it('keep every entry and each office’s review field after exchanging files', async () => {
    const a = await offices.office('本部教务科')
    const b = await offices.office('分校区')
    const {
      branch,
      member,
      entry: first,
    } = await branchWithPledge(
      a,
      { name: '第一党支部', year: 2026 },
      ledgerMember('张三', { staffNo: '1' }),
      '2026-03-01',
    )
    await a.ledger.setReview(member, 2026, { survey: null, democratic: '' })
    await importBytes(b, await exportBytes(a))

    offices.tick()
    await a.ledger.verify([first.id])
    await a.ledger.setReview(member, 2026, { survey: 92, democratic: '' })
    offices.tick()
    const bMember = (await b.ledger.members.get(member.id))!
    const bBranch = (await b.ledger.branches.get(branch.id))!
    await b.ledger.addEntries(bBranch, [bMember.id], {
      date: '2026-04-02',
      item: 'volunteer',
      amount: 3,
      note: '',
    })
    await b.ledger.setReview(bMember, 2026, { survey: null, democratic: 'excellent' })

    await importBytes(b, await exportBytes(a))
    await importBytes(a, await exportBytes(b))
    const seen = await view(a, branch.id)
    expect(await view(b, branch.id)).toEqual(seen)
    expect(seen.entries).toEqual([
      ['2026-03-01', 'pledge', 1, 'verified'],
      ['2026-04-02', 'volunteer', 3, 'submitted'],
    ])
    expect(seen.reviews).toEqual([[`${member.id}:2026`, 92, 'excellent']])
    expect(seen.standing).toEqual([['张三', 1, true]])
  })
})
