import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openData, type DataAccess } from '../core/openData'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'
import { ledgerMember } from '../../../../test/helpers/ledgerBranch'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`ledger-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

async function branchWith(data: DataAccess, names: string[]) {
  const scheme = await data.ledger.adoptTemplate('builtin.eight-items')
  const branch = await data.ledger.createBranch(
    { name: '第一党支部', schemeRecordId: scheme.id, year: 2026 },
    names.map((x, i) => ledgerMember(x, { staffNo: `2021010${i}` })),
  )
  return (await data.ledger.loadBranch(branch.id))!
}

describe('LedgerRepository', () => {
  it('stores a template once, as a school scheme version', async () => {
    const { ledger } = await fresh()
    const a = await ledger.adoptTemplate('builtin.quantified')
    const b = await ledger.adoptTemplate('builtin.quantified')
    expect(a.id).toBe('builtin.quantified@1')
    expect(b._updated).toBe(a._updated)
    const v2 = await ledger.saveSchemeVersion(
      { ...stripMeta(a), thresholds: { ...a.thresholds!, unqualifiedInclusive: false } },
      1,
    )
    expect(v2.id).toBe('builtin.quantified@2')
    await expect(ledger.saveSchemeVersion(stripMeta(a), 1)).rejects.toThrow('已有第 2 版')
  })

  it('matches members to people by 学号 + 姓名, like the roster import', async () => {
    const data = await fresh()
    const enrollment = await data.rosterWrites.enrol('C1', { name: '张三', studentNo: '20210100' })
    const branch = await branchWith(data, ['张三', '李四'])
    const byName = new Map(branch.members.map((m) => [m.name, m]))
    expect(byName.get('张三')!.personId).toBe(enrollment.personId)
    expect(byName.get('李四')!.personId).toBe('')
    // A school branch is school-wide: no classId on its rows.
    expect(branch.branch.classId).toBeUndefined()
  })

  it('keeps the members in the order of their list', async () => {
    const data = await fresh()
    const names = Array.from({ length: 30 }, (_, i) => `党员${String(i).padStart(2, '0')}`)
    const branch = await branchWith(data, names)
    expect(branch.members.map((m) => m.name)).toEqual(names)
  })

  it('a bulk entry writes one submitted entry per member; verify and return with a reason', async () => {
    const data = await fresh()
    const { branch, members } = await branchWith(data, ['甲', '乙', '丙'])
    const made = await data.ledger.addEntries(
      branch,
      members.map((m) => m.id),
      {
        date: '2026-03-05',
        item: 'volunteer',
        amount: 3,
        note: '社区',
      },
    )
    expect(made.map((e) => e.review)).toEqual(['submitted', 'submitted', 'submitted'])
    await data.ledger.verify([made[0]!.id])
    await expect(data.ledger.returnEntry(made[1]!.id, ' ')).rejects.toThrow('请写明退回的原因')
    await data.ledger.returnEntry(made[1]!.id, '缺少签到')
    const after = (await data.ledger.loadBranch(branch.id))!.entries
    expect(after.map((e) => [e.review, e.returnReason]).sort()).toEqual([
      ['returned', '缺少签到'],
      ['submitted', ''],
      ['verified', ''],
    ])
    for (const e of after) expect(SYNCED_ROW_SCHEMAS.ledgerEntries!.safeParse(e).success).toBe(true)
  })

  it('importing the same volunteer hours twice adds them once', async () => {
    const data = await fresh()
    const { branch, members } = await branchWith(data, ['甲'])
    const rows = [
      { excelRow: 2, memberId: members[0]!.id, date: '2026-03-05', hours: 2, note: '' },
      { excelRow: 3, memberId: members[0]!.id, date: '2026-03-06', hours: 2, note: '' },
    ]
    expect(await data.ledger.importVolunteerHours(branch, 'volunteer', rows)).toEqual({
      added: 2,
      skipped: 0,
    })
    expect(await data.ledger.importVolunteerHours(branch, 'volunteer', rows)).toEqual({
      added: 0,
      skipped: 2,
    })
  })

  it('attaches evidence as bytes and refuses what is not a picture or PDF', async () => {
    const data = await fresh()
    const { branch, members } = await branchWith(data, ['甲'])
    const [entry] = await data.ledger.addEntries(branch, [members[0]!.id], {
      date: '2026-03-05',
      item: 'pledge',
      amount: 1,
      note: '',
    })
    await data.ledger.attach(entry!, { name: '承诺书.pdf', bytes: new TextEncoder().encode('%PDF-1.4 x') })
    await expect(
      data.ledger.attach(entry!, { name: 'a.txt', bytes: new TextEncoder().encode('hello') }),
    ).rejects.toThrow('不是图片或 PDF')
    const list = await data.ledger.listAttachments(branch.id)
    expect(list.map((a) => [a.name, a.mimeType, a.entryId])).toEqual([
      ['承诺书.pdf', 'application/pdf', entry!.id],
    ])
  })

  it('a review has one record per member and year (offices entering it merge)', async () => {
    const data = await fresh()
    const { branch, members } = await branchWith(data, ['甲'])
    await data.ledger.setReview(members[0]!, 2026, { survey: 80, democratic: 'qualified' })
    await data.ledger.setReview(members[0]!, 2026, { survey: 85, democratic: 'qualified' })
    const reviews = (await data.ledger.loadBranch(branch.id))!.reviews
    expect(reviews.map((r) => [r.id, r.survey])).toEqual([[`${members[0]!.id}:2026`, 85]])
  })

  it('scheme 1’s 考核评比: probation outcomes for a 预备党员 only; a later survey score is kept', async () => {
    const data = await fresh()
    const scheme = await data.ledger.adoptTemplate('builtin.eight-items')
    const created = await data.ledger.createBranch(
      { name: '第二党支部', schemeRecordId: scheme.id, year: 2026 },
      [ledgerMember('甲'), ledgerMember('乙', { status: 'probationary' })],
    )
    const [full, probationary] = (await data.ledger.loadBranch(created.id))!.members
    const review = { selfReview: '按计划完成', democratic: 'qualified' as const, satisfaction: 92 }
    await expect(
      data.ledger.setYearEnd(full!, 2026, { ...review, outcome: 'extendProbation' }),
    ).rejects.toThrow('只适用于预备党员')
    await data.ledger.setReview(probationary!, 2026, { survey: 88, democratic: 'basic' })
    const saved = await data.ledger.setYearEnd(probationary!, 2026, { ...review, outcome: 'extendProbation' })
    expect(saved).toMatchObject({
      survey: 88,
      democratic: 'qualified',
      satisfaction: 92,
      outcome: 'extendProbation',
    })
    expect(SYNCED_ROW_SCHEMAS.ledgerReviews!.safeParse(saved).success).toBe(true)
  })
})

function stripMeta<
  T extends {
    id: string
    createdAt: string
    deleted: boolean
    _hlc: unknown
    _updated: string
    _base?: unknown
  },
>(r: T) {
  const { id: _i, createdAt: _c, deleted: _d, _hlc: _h, _updated: _u, _base: _b, ...rest } = r
  return rest
}
