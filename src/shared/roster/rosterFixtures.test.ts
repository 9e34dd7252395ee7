/**
 * The whole pure import path on real files: parseWorkbook → mapHeaders → validateRows,
 * on the school's sample rosters and on the awkward files from make-fixtures.mjs.
 */
import { describe, expect, it } from 'vitest'
import { mapHeaders } from './headerMap'
import { parseWorkbook } from './parseWorkbook'
import { readGeneratedFixture, readSchoolFixture } from '../../../test/helpers/readFixture'
import { validateRows } from './validateRows'

const TODAY = '2025-09-01'

function preview(bytes: Uint8Array, name: string) {
  const parsed = parseWorkbook(bytes, name)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const mapping = mapHeaders(parsed.value.sheet.text)
  if (!mapping) throw new Error('no header row found')
  return { mapping, ...validateRows(parsed.value.sheet, mapping, { today: TODAY }) }
}
const messages = (p: ReturnType<typeof preview>) =>
  p.rows.filter((r) => r.problems.length > 0).map((r) => [r.excelRow, r.problems.map((x) => x.message)])

describe('the school’s sample rosters (issue 3 Checks: 共 48 人 and 共 120 人)', () => {
  it('中青班: 48 people, all clean, unit and post in their own columns', () => {
    const p = preview(readSchoolFixture('roster-zhongqing-2025.xlsx'), 'roster-zhongqing-2025.xlsx')
    expect(p.rows).toHaveLength(48)
    expect(p.counts).toEqual({ ok: 48, warning: 0, error: 0 })
    expect(p.skipped).toEqual([])
    expect(p.rows[0]).toMatchObject({
      excelRow: 3,
      values: {
        name: '姜敏',
        gender: '男',
        ethnicity: '汉族',
        birthDate: '1988-11-20',
        politicalStatus: '中共党员',
        unit: '区委组织部',
        post: '四级调研员',
        idNumber: '410105198811207532',
        phone: '15967138171',
      },
      matchKey: { kind: 'idNumber', idNumber: '410105198811207532' },
    })
    expect(p.rows.at(-1)!.excelRow).toBe(50)
  })

  it('积极分子 class: 120 students without ID numbers, matched by 学号 + name (seed 001)', () => {
    const p = preview(readSchoolFixture('roster-jiji-fenzi.xlsx'), 'roster-jiji-fenzi.xlsx')
    expect(p.rows).toHaveLength(120)
    // Two different students share 学号 202293552 in the sample: importable, but worth a look.
    expect(p.counts).toEqual({ ok: 119, warning: 1, error: 0 })
    expect(messages(p)).toEqual([[50, ['第50行 学号(A列)：与第47行（黎刚胜）学号相同但姓名不同，请核对']]])
    expect(p.mapping.problems).toEqual([])
    expect(p.rows[0]).toMatchObject({
      excelRow: 2,
      values: {
        studentNo: '202261957',
        name: '龙立',
        gender: '女',
        college: '文理学院',
        major: '计算机2301',
        politicalStatus: '共青团员',
        phone: '13902030372',
        activistSince: '2023-10-15',
      },
      matchKey: { kind: 'studentNo', studentNo: '202261957', name: '龙立' },
    })
  })
})

describe('the bad file (problems.xlsx): each problem on its row, as the user sees it in Excel', () => {
  const p = preview(readGeneratedFixture('problems.xlsx'), 'problems.xlsx')

  it('lists every problem row with its message', () => {
    expect(messages(p)).toEqual([
      [3, [expect.stringMatching(/^第3行 身份证号\(G列\)：校验位错误，应为 [\dX]，请核对原件$/)]],
      [4, ['第4行 身份证号(G列)：出生日期 1985-02-30 不存在，请核对原件']],
      [5, ['第5行 身份证号(G列)：出生日期 2099-01-01 晚于今天，请核对原件']],
      [6, ['第6行 性别(C列)：填写为“女”，但身份证号显示为男，请核对']],
      [7, ['第7行 出生年月(D列)：填写为 1990.01，但身份证号显示为 1988年8月，请核对']],
      [8, ['第8行 手机号码(H列)：手机号应为11位（现为10位），请核对']],
      [9, ['第9行 身份证号(G列)：与第2行重复，同一人只能导入一次']],
      [10, ['第10行 姓名(B列)：姓名为空']],
      [
        13,
        [
          '第13行 身份证号(G列)：单元格被 Excel 存成了数字（显示为 3.10117E+17），后几位已丢失，请把该列设为“文本”后按原件重新填写',
        ],
      ],
      [14, ['第14行 身份证号(G列)：应为18位（现为17位），请核对原件']],
    ])
  })

  it('ignores the blank row 11 and accepts row 12 (lower-case x, full-width digits, spaced name and phone)', () => {
    expect(p.rows.map((r) => r.excelRow)).not.toContain(11)
    expect(p.rows.find((r) => r.excelRow === 12)).toMatchObject({
      status: 'ok',
      values: { name: '郑十一', idNumber: '11010519491231002X', phone: '13812345687' },
    })
  })

  it('counts 2 clean rows, 3 with warnings, 7 with errors', () => {
    expect(p.counts).toEqual({ ok: 2, warning: 3, error: 7 })
  })
})

describe('title rows, a two-row merged header, sections and a footer', () => {
  it.each(['title-merged-header.xlsx', 'title-merged-header.xls'])('%s', (file) => {
    const p = preview(readGeneratedFixture(file), file)
    expect([p.mapping.headerRowIndex, p.mapping.headerRowCount, p.mapping.dataStartIndex]).toEqual([2, 2, 4])
    expect(p.rows.map((r) => [r.excelRow, r.values.name, r.values.unit, r.values.post, r.status])).toEqual([
      [6, '周建国', '区委组织部', '副部长', 'ok'],
      [7, '吴芳', '区委组织部', '干部一科科长', 'ok'],
      [8, '郑伟', '区委组织部', '干部二科科长', 'ok'],
      [10, '王丽华', '岳阳街道', '党工委副书记', 'ok'],
      [11, '冯刚', '泗泾镇', '副镇长', 'ok'],
    ])
    expect(p.skipped.map((s) => [s.excelRow, s.reason])).toEqual([
      [5, 'section'],
      [9, 'section'],
      [13, 'section'],
    ])
    expect(p.rows[0]!.values.phone).toBe('13900001111')
  })
})

describe('number cells where text belongs (numeric-ids.xlsx)', () => {
  const p = preview(readGeneratedFixture('numeric-ids.xlsx'), 'numeric-ids.xlsx')

  it('reports the damaged ID, converts the 15-digit one, reads dates and number phones', () => {
    expect(
      p.rows.map((r) => [r.excelRow, r.problems.map((x) => x.code), r.values.birthDate, r.values.phone]),
    ).toEqual([
      [2, ['idPrecisionLost'], '1988-11', '15967138171'],
      [3, [], '1990-11-20', '18011504268'],
      [4, ['idConvertedFrom15'], '1949-12-31', '13312345678'],
      [5, [], '1985-10-16', '13732547548'],
      [6, [], '1990-06-15', '18022156417'],
    ])
    expect(p.rows[2]!.values.idNumber).toBe('11010519491231002X')
  })
})

describe('CSV with a title line and 工作单位及职务 (gbk.csv)', () => {
  const p = preview(readGeneratedFixture('gbk.csv'), 'gbk.csv')
  it('splits unit and post and catches the ID Excel wrote as 1.10105E+17', () => {
    expect(
      p.rows.map((r) => [r.values.name, r.values.unit, r.values.post, r.problems.map((x) => x.code)]),
    ).toEqual([
      ['龙立', '文理学院学生会', '副主席', []],
      ['严浩立', '经济管理学院团委', '副书记', ['idPrecisionLost']],
      ['曾东玉', '外国语学院,学生会', '干事', []],
    ])
  })
})

describe('university roster with a repeated 学号 (university.csv)', () => {
  it('imports without ID numbers and flags the repeat', () => {
    const p = preview(readGeneratedFixture('university.csv'), 'university.csv')
    expect(messages(p)).toEqual([[4, ['第4行 学号(A列)：与第2行重复，同一人只能导入一次']]])
  })
})

describe('工作单位及职务 in one column (unit-and-post.xlsx)', () => {
  it('guesses each split with a confidence', () => {
    const p = preview(readGeneratedFixture('unit-and-post.xlsx'), 'unit-and-post.xlsx')
    expect(p.rows.map((r) => r.unitPostGuess)).toEqual([
      { unit: '区委组织部', post: '副部长', confidence: 'high' },
      { unit: '岳阳街道', post: '党工委副书记、办事处主任', confidence: 'high' },
      { unit: '区人力资源和社会保障局', post: '四级调研员', confidence: 'high' },
      { unit: '区档案馆', post: '', confidence: 'low' },
    ])
  })
})
