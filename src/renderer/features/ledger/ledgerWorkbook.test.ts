import { describe, expect, it } from 'vitest'
import { read, utils } from 'xlsx'
import { branchOverview } from '@shared/ledger/overview'
import { LEDGER_TEMPLATES } from '@shared/ledger/scheme'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import { ledgerWorkbook } from './ledgerWorkbook'
import { ledgerMember } from '../../../../test/helpers/ledgerBranch'

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  _hlc: {},
  _updated: '',
})
const member = (id: string, name: string, staffNo: string) => ({
  ...meta(id),
  branchId: 'B',
  personId: '',
  ...ledgerMember(name, { staffNo }),
})

describe('ledgerWorkbook (导出 Excel: text cells, formula-safe)', () => {
  it('writes 学号 as text, neutralises formulas, and carries the overview and every entry', () => {
    const data: BranchData = {
      branch: {
        ...meta('B'),
        name: '第一党支部',
        schemeRecordId: 'builtin.eight-items@1',
        year: 2026,
        note: '',
      },
      scheme: { ...meta('builtin.eight-items@1'), ...LEDGER_TEMPLATES[0]! },
      members: [member('M1', '=HYPERLINK("http://x")', '0012'), member('M2', '李四', '20210102')],
      entries: [
        {
          ...meta('E1'),
          branchId: 'B',
          memberId: 'M2',
          date: '2026-03-05',
          item: 'volunteer',
          amount: 2.5,
          note: '+社区',
          review: 'verified',
          returnReason: '',
        },
      ],
      reviews: [],
    }
    const rows = branchOverview(data.scheme, data.members, data.entries, [], 2026, '2026-07-01')
    const book = read(ledgerWorkbook(data, rows, '2026-07-01'), { type: 'array' })
    const ws = book.Sheets['台账']!
    const grid = utils.sheet_to_json<string[]>(ws, { header: 1, raw: false })
    expect(grid[0]![0]).toBe('第一党支部 2026年党性锻炼台账（截至 2026-07-01）')
    const byName = new Map(grid.slice(2).map((r) => [r[1], r]))
    expect(byName.get('李四')!.slice(-5)).toEqual(['2.5', '1', '0/8', '是', '0'])
    // The formula-looking name is text with an apostrophe, the 学号 keeps its leading zeros as text.
    const zero = utils.encode_cell({ r: 2 + [...byName.keys()].indexOf('\'=HYPERLINK("http://x")'), c: 2 })
    expect(ws[zero]).toMatchObject({ t: 's', v: '0012' })
    expect(byName.has('\'=HYPERLINK("http://x")')).toBe(true)
    const detail = utils.sheet_to_json<string[]>(book.Sheets['记录明细']!, { header: 1, raw: false })
    expect(detail[2]).toEqual(['2026-03-05', '李四', '做好一周义工', '2.5', "'+社区", '已审核'])
    // 阶段性总结 (seed 004 scheme 1 五、(三)): Q1 ended, Q2 ends 06-30, Q3 has just begun; Q4 not yet.
    const quarters = utils.sheet_to_json<string[]>(book.Sheets['阶段性总结']!, { header: 1, raw: false })
    const volunteerQ1 = quarters.find((r) => r[0] === '2026年第1季度' && r[2] === '做好一周义工')
    expect(volunteerQ1).toEqual(['2026年第1季度', '2026-01-01至2026-03-31', '做好一周义工', '1', '1', '0/2'])
    const q1Note = quarters.find((r) => r[0] === '2026年第1季度' && r[2]?.startsWith('义工时长合计'))
    expect(q1Note?.[2]).toBe(
      '义工时长合计 2.5 小时；落后进度 2 人（=HYPERLINK("http://x")、李四）；待审核 0 条；未上报',
    )
    expect(quarters.some((r) => r[1] === '2026-07-01至2026-09-30（进行中）')).toBe(true)
    expect(quarters.some((r) => r[0] === '2026年第4季度')).toBe(false)
  })
})
