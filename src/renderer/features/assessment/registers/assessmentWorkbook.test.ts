import { describe, expect, it } from 'vitest'
import { read, utils, type CellObject } from 'xlsx'
import { registerRows } from '@shared/assessment/registers'
import { REGISTER_PEOPLE, registerInput } from '../../../../../test/helpers/assessmentRegisterInput'
import { assessmentWorkbook, SUMMARY_FIXED_HEADER } from './assessmentWorkbook'

const source = registerInput()
const bytes = assessmentWorkbook({
  className: '2026年春季中青年干部培训班',
  schoolName: '中共松江区委党校',
  period: '2026年3月2日至7月3日',
  exportedAt: '2026-07-03 16:00',
  items: source.items,
  exams: ['结业考试'],
  rows: registerRows(source),
  source,
})
const book = read(bytes, { type: 'array' })
const aoa = (name: string) => utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, defval: null })

describe('assessmentWorkbook (issue 13), read back with SheetJS', () => {
  it('has the summary, the 成绩证书登记表, the 优秀 list and the 补考名单', () => {
    expect(book.SheetNames).toEqual(['考核汇总', '成绩证书登记表', '优秀学员名单', '补考名单'])
    const summary = aoa('考核汇总')
    expect(summary[0]![0]).toBe('2026年春季中青年干部培训班学员考核汇总表')
    expect(String(summary[1]![0])).toContain('培训时间 2026年3月2日至7月3日')
    expect(summary[2]).toEqual([
      ...SUMMARY_FIXED_HEADER,
      ...source.items.map((i) => i.label),
      '定量合计',
      '定性评价',
      '党小组评议鉴定',
      '结业考试成绩',
      '结业考试补考',
      '结业考试结果',
      '考核等次',
      '证书编号',
    ])
    expect(summary[3]!.slice(0, 3)).toEqual([1, 1, '张三'])
    expect(summary[3]!.slice(-8)).toEqual([
      73,
      '专家点评：优秀',
      '学习认真，团结同志。',
      92,
      null,
      '合格',
      '优秀',
      '2026ZQ01-B003',
    ])
    expect(summary[4]!.slice(-5)).toEqual(['缺考', 75, '合格', '合格', '2026ZQ01-B002'])
    expect(summary[5]!.slice(-3)).toEqual(['不合格', '不合格', null])

    expect(aoa('成绩证书登记表')[2]).toEqual([
      '序号',
      '姓名',
      '性别',
      '单位及职务',
      '结业考试成绩',
      '结业考试补考',
      '结业考试结果',
      '考核等次',
      '证书编号',
    ])
    expect(aoa('成绩证书登记表')[3]).toEqual([
      1,
      '张三',
      '男',
      '区财政局 科长',
      92,
      null,
      '合格',
      '优秀',
      '2026ZQ01-B003',
    ])
    expect(aoa('优秀学员名单').slice(3)).toEqual([[1, '张三', '男', '区财政局 科长', '2026ZQ01-B003']])
    expect(aoa('补考名单').slice(3)).toEqual([
      [1, '\'=HYPERLINK("x")', '区教育局 副科长', '结业考试', '缺考', 75, '合格'],
      [2, '李四', '区卫健委', '结业考试', 50, 55, '不合格'],
    ])
  })

  it('masks ID numbers, writes them and certificate numbers as text, neutralises formula-like text', () => {
    const ws = book.Sheets['考核汇总']!
    const all = book.SheetNames.flatMap((n) => aoa(n).flat())
    for (const p of REGISTER_PEOPLE) if (p.idNumber) expect(all).not.toContain(p.idNumber)
    expect(ws['F4']).toMatchObject({ t: 's', v: '110105********002X' })
    expect(ws['C5']).toMatchObject({ t: 's', v: '\'=HYPERLINK("x")' })
    expect((ws['C5'] as CellObject).f).toBeUndefined()
    const last = utils.encode_col(aoa('考核汇总')[2]!.length - 1)
    expect(ws[`${last}4`]).toMatchObject({ t: 's', v: '2026ZQ01-B003' })
  })
})
