import { describe, expect, it } from 'vitest'
import { columnLetter, type RosterField } from './fields'
import {
  detectHeaderRow,
  mapHeaders,
  normalizeHeaderText,
  recognizeHeader,
  type HeaderRecognition,
} from './headerMap'

// Issue 3 导入: "finds the header row under title rows and merged cells, maps headers tolerantly".
// The shared fixtures' headers come first (roster-zhongqing-2025.xlsx, roster-jiji-fenzi.xlsx).
const SRC = 'issue 3 导入'

describe('recognizeHeader', () => {
  const table: [string, HeaderRecognition, string][] = [
    ['姓名', { field: 'name', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['学员姓名', { field: 'name', how: 'exact' }, SRC],
    ['名字', { field: 'name', how: 'exact' }, SRC],
    ['姓  名', { field: 'name', how: 'exact' }, `${SRC}: padded with spaces`],
    ['姓\n名', { field: 'name', how: 'exact' }, `${SRC}: line break in the cell`],
    ['*姓名', { field: 'name', how: 'exact' }, `${SRC}: required mark`],
    ['＊姓名（必填）', { field: 'name', how: 'exact' }, `${SRC}: full-width required mark`],
    ['身份证号', { field: 'idNumber', how: 'exact' }, SRC],
    ['身份证号码', { field: 'idNumber', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['公民身份号码', { field: 'idNumber', how: 'exact' }, SRC],
    ['身份证', { field: 'idNumber', how: 'exact' }, SRC],
    ['身份证号码（18位）', { field: 'idNumber', how: 'exact' }, `${SRC}: bracketed note`],
    ['学员身份证号', { field: 'idNumber', how: 'keyword' }, SRC],
    ['工作单位', { field: 'unit', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['单位', { field: 'unit', how: 'exact' }, SRC],
    ['单位名称', { field: 'unit', how: 'exact' }, SRC],
    ['职务', { field: 'post', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['现任职务', { field: 'post', how: 'exact' }, SRC],
    ['职级', { field: 'post', how: 'exact' }, SRC],
    ['职务（职级）', { field: 'post', how: 'exact' }, SRC],
    ['工作单位及职务', { field: 'unitAndPost', how: 'exact' }, SRC],
    ['单位及职务', { field: 'unitAndPost', how: 'exact' }, SRC],
    ['现工作单位及职务', { field: 'unitAndPost', how: 'keyword' }, SRC],
    ['手机', { field: 'phone', how: 'exact' }, SRC],
    ['手机号码', { field: 'phone', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['联系电话', { field: 'phone', how: 'exact' }, `${SRC}: fixture 积极分子`],
    ['联系电话(手机)', { field: 'phone', how: 'exact' }, SRC],
    ['联系方式', { field: 'phone', how: 'exact' }, SRC],
    ['办公电话', { field: 'phone', how: 'keyword' }, SRC],
    ['性别', { field: 'gender', how: 'exact' }, `${SRC}: fixtures`],
    ['民族', { field: 'ethnicity', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['出生年月', { field: 'birthDate', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['出生日期', { field: 'birthDate', how: 'exact' }, SRC],
    ['出生年月(yyyy.mm)', { field: 'birthDate', how: 'exact' }, SRC],
    ['政治面貌', { field: 'politicalStatus', how: 'exact' }, `${SRC}: fixtures`],
    ['学号', { field: 'studentNo', how: 'exact' }, `${SRC}: fixture 积极分子`],
    ['学院', { field: 'college', how: 'exact' }, `${SRC}: fixture 积极分子`],
    ['院（系）', { field: 'college', how: 'exact' }, SRC],
    ['专业班级', { field: 'major', how: 'exact' }, `${SRC}: fixture 积极分子`],
    ['专业', { field: 'major', how: 'exact' }, SRC],
    ['学历', { field: 'education', how: 'exact' }, SRC],
    ['全日制学历', { field: 'education', how: 'keyword' }, SRC],
    ['确定为积极分子时间', { field: 'activistSince', how: 'exact' }, `${SRC}: fixture 积极分子; 001 7.2`],
    ['座号', { field: 'seat', how: 'exact' }, SRC],
    ['备注', { field: 'note', how: 'exact' }, `${SRC}: fixture 中青班`],
    ['序号', { field: 'rowNumber', how: 'exact' }, `${SRC}: 序号 is only a row number`],
    ['NO.', { field: 'rowNumber', how: 'exact' }, SRC],
    ['2025年秋季中青年干部培训班学员名单', null, `${SRC}: title row`],
    ['填报单位：区委组织部', null, `${SRC}: a label with its value, not a header`],
    ['入党时间', null, `${SRC}: not a roster field`],
    ['', null, SRC],
  ]
  it.each(table)('%j → %j (%s)', (text, expected) => {
    expect(recognizeHeader(text)).toEqual(expected)
  })

  it('normalizes full-width, spaces and required marks', () => {
    expect(normalizeHeaderText(' ＊身份证 号码（必填）：')).toBe('身份证号码')
  })
})

const zhongqingTop = [
  ['2025年秋季中青年干部培训班学员名单', ...Array<string>(10).fill('2025年秋季中青年干部培训班学员名单')],
  [
    '序号',
    '姓名',
    '性别',
    '民族',
    '出生年月',
    '政治面貌',
    '工作单位',
    '职务',
    '身份证号码',
    '手机号码',
    '备注',
  ],
  [
    '1',
    '姜敏',
    '男',
    '汉族',
    '1988.11',
    '中共党员',
    '区委组织部',
    '四级调研员',
    '410105198811207532',
    '15967138171',
    '',
  ],
]

describe('detectHeaderRow', () => {
  const table: [string[][], ReturnType<typeof detectHeaderRow>, string][] = [
    [
      zhongqingTop,
      { headerRowIndex: 1, headerRowCount: 1 },
      `${SRC}: merged title row above (fixture 中青班)`,
    ],
    [
      [
        ['学号', '姓名', '性别', '学院', '专业班级', '政治面貌', '联系电话', '确定为积极分子时间'],
        ['202261957', '龙立', '女', '文理学院', '计算机2301', '共青团员', '13902030372', '2023-10-15'],
      ],
      { headerRowIndex: 0, headerRowCount: 1 },
      `${SRC}: header in row 1 (fixture 积极分子)`,
    ],
    [
      [
        ['某某培训班学员名单'],
        ['填报单位：区委组织部', '', '联系电话：12345678'],
        [],
        ['姓名', '工作单位及职务', '身份证号'],
      ],
      { headerRowIndex: 3, headerRowCount: 1 },
      `${SRC}: label lines and a blank row above`,
    ],
    [
      [
        ['姓名', '性别', '工作单位及职务', '工作单位及职务', '联系方式', '联系方式'],
        ['姓名', '性别', '单位', '职务', '手机', '办公电话'],
        ['张三', '男', '区委组织部', '副部长', '13812345678', '021-12345678'],
      ],
      { headerRowIndex: 0, headerRowCount: 2 },
      `${SRC}: merged group headers over sub-columns`,
    ],
    [
      [
        ['张三', '男'],
        ['李四', '女'],
      ],
      null,
      `${SRC}: no header at all`,
    ],
    [
      [...Array.from({ length: 10 }, () => ['说明']), ['姓名', '身份证号']],
      null,
      `${SRC}: only the first 10 rows are searched`,
    ],
  ]
  it.each(table)('%# → %j (%s)', (rows, expected) => {
    expect(detectHeaderRow(rows)).toEqual(expected)
  })
})

describe('mapHeaders', () => {
  it('maps the 中青班 fixture header and leaves 序号 out', () => {
    const m = mapHeaders(zhongqingTop)!
    expect(m.dataStartIndex).toBe(2)
    expect(m.byField).toEqual({
      name: 1,
      gender: 2,
      ethnicity: 3,
      birthDate: 4,
      politicalStatus: 5,
      unit: 6,
      post: 7,
      idNumber: 8,
      phone: 9,
      note: 10,
    })
    expect(m.unmapped).toEqual([
      { index: 0, letter: 'A', header: '序号', field: null, how: 'exact', note: 'rowNumber' },
    ])
    expect(m.problems).toEqual([])
  })

  it('combines a two-row header, taking the specific sub-column', () => {
    const m = mapHeaders([
      ['姓名', '工作单位及职务', '工作单位及职务', '联系方式', '联系方式'],
      ['姓名', '单位', '职务', '手机', '办公电话'],
    ])!
    expect(m.dataStartIndex).toBe(2)
    expect(m.byField).toEqual({ name: 0, unit: 1, post: 2, phone: 3 })
    expect(m.columns.map((c) => [c.group, c.header])).toEqual([
      [undefined, '姓名'],
      ['工作单位及职务', '单位'],
      ['工作单位及职务', '职务'],
      ['联系方式', '手机'],
      ['联系方式', '办公电话'],
    ])
    expect(m.unmapped.map((c) => [c.letter, c.note])).toEqual([['E', 'duplicate']])
  })

  it('prefers an exact header over a keyword guess for the same field, whatever the order', () => {
    const m = mapHeaders([['姓名', '办公电话', '手机号码']])!
    expect(m.byField.phone).toBe(2)
    expect(m.columns[1]).toMatchObject({ field: null, note: 'duplicate', how: 'keyword' })
  })

  it('applies the user’s corrections, which beat any guess', () => {
    const rows = [['姓名', '单位', '手机号码', '家庭电话', '籍贯']]
    const overrides: Record<number, RosterField | null> = { 3: 'phone', 2: null, 4: 'note' }
    const m = mapHeaders(rows, { overrides })!
    expect(m.byField).toEqual({ name: 0, unit: 1, phone: 3, note: 4 })
    expect(m.columns[2]).toMatchObject({ field: null, how: 'user' })
    expect(m.columns[3]).toMatchObject({ field: 'phone', how: 'user' })
  })

  it('lets the user name the header row when detection fails', () => {
    const rows = [['标题'], ['名', '证']]
    expect(mapHeaders(rows)).toBeNull()
    const m = mapHeaders(rows, { headerRowIndex: 1, overrides: { 0: 'name', 1: 'idNumber' } })!
    expect(m.byField).toEqual({ name: 0, idNumber: 1 })
    expect(m.dataStartIndex).toBe(2)
  })

  it.each([
    [[['姓名', '单位', '学号']], [], `${SRC}: 学号 without ID is fine (university roster)`],
    [
      [['姓名', '单位', '电话']],
      ['未找到“身份证号”或“学号”列：无法与以往学员对应，每一行都会作为新学员导入'],
      `${SRC}: neither key column`,
    ],
    [[['单位', '身份证号']], ['未找到“姓名”列，请指定哪一列是姓名'], `${SRC}: no name column`],
  ])('%j → problems %j (%s)', (rows, problems) => {
    expect(mapHeaders(rows)!.problems).toEqual(problems)
  })
})

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (i, letter) => expect(columnLetter(i)).toBe(letter))
})
