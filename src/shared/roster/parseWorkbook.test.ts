import { describe, expect, it } from 'vitest'
import { utils, write } from 'xlsx'
import { detectHeaderRow, missingHeaderReason } from './headerMap'
import { parseWorkbook, type ParseErrorCode, type ParseOutcome, type ParseProgress } from './parseWorkbook'
import { readGeneratedFixture, readSchoolFixture } from '../../../test/helpers/readFixture'

// Issue 3 导入 and ARCHITECTURE.md Excel: .xlsx/.xls/.csv (UTF-8, BOM, GBK), formulas and HTML
// off, row limits, zip bombs and non-spreadsheets refused with a clear Chinese message.
const SRC = 'issue 3 导入 / ARCHITECTURE.md Excel'

function ok(outcome: ParseOutcome) {
  if (!outcome.ok) throw new Error(`expected a workbook, got ${outcome.error.code}: ${outcome.error.message}`)
  return outcome.value
}
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('parseWorkbook: refusals', () => {
  const table: [string, () => Uint8Array, string, ParseErrorCode, string, string][] = [
    [
      'a PDF',
      () => readGeneratedFixture('not-a-sheet.pdf'),
      'not-a-sheet.pdf',
      'notSpreadsheet',
      '文件“not-a-sheet.pdf”不是 Excel 或 CSV 表格，请另存为 .xlsx 后再导入',
      SRC,
    ],
    [
      'a Word file',
      () => readGeneratedFixture('word.docx'),
      '学员名单.docx',
      'notSpreadsheet',
      '文件“学员名单.docx”不是 Excel 或 CSV 表格，请另存为 .xlsx 后再导入',
      SRC,
    ],
    [
      'binary noise',
      () => readGeneratedFixture('random.bin'),
      'random.bin',
      'notSpreadsheet',
      '文件“random.bin”不是 Excel 或 CSV 表格，请另存为 .xlsx 后再导入',
      SRC,
    ],
    [
      'a password-protected workbook',
      () => readGeneratedFixture('password.xlsx'),
      'password.xlsx',
      'encrypted',
      '文件“password.xlsx”设有打开密码，请在 Excel 中取消密码后再导入',
      SRC,
    ],
    [
      'a zip bomb (210 MB of XML in 200 KB)',
      () => readGeneratedFixture('zip-bomb.xlsx'),
      'zip-bomb.xlsx',
      'zipBomb',
      '文件“zip-bomb.xlsx”解压后体积异常（超过 200 MB），为安全起见已拒绝读取，请在 Excel 中另存为新的 .xlsx 后再导入',
      SRC,
    ],
    [
      'a cut-off .xlsx',
      () => readSchoolFixture('roster-zhongqing-2025.xlsx').subarray(0, 4000),
      'roster.xlsx',
      'corrupt',
      '文件“roster.xlsx”已损坏，无法读取，请在 Excel 中打开后另存为 .xlsx 再导入',
      SRC,
    ],
    [
      'a text file renamed .xlsx',
      () => utf8('这是会议纪要。\n请各位同志按时参加。\n'),
      '花名册.xlsx',
      'textAsExcel',
      '文件“花名册.xlsx”已损坏：它的名字是 Excel 表格，里面却只有文字，请确认选对了文件，或重新导出花名册后再导入',
      'issue 11 point 10: a text file renamed .xlsx says the file is damaged',
    ],
    [
      'a text file renamed .xls (upper-case name)',
      () => utf8('备忘\n明天开会\n'),
      'a.XLS',
      'textAsExcel',
      '文件“a.XLS”已损坏：它的名字是 Excel 表格，里面却只有文字，请确认选对了文件，或重新导出花名册后再导入',
      'issue 11 point 10',
    ],
    ['an empty file', () => new Uint8Array(0), 'a.csv', 'empty', '文件“a.csv”是空的，请确认选对了文件', SRC],
    ['a CSV of blank lines', () => utf8('\n\n,,\n'), 'a.csv', 'noData', '文件“a.csv”中没有数据', SRC],
    [
      'a roster of 10,001 people',
      () => utf8('姓名,学号\n' + Array.from({ length: 10_001 }, (_, i) => `学员${i},${i}`).join('\n')),
      'big.csv',
      'tooManyRows',
      '文件“big.csv”超过 10000 行，请删除多余的行或拆分成几个文件后再导入',
      `${SRC}: row limit`,
    ],
  ]
  it.each(table)('refuses %s (%s)', (_what, bytes, name, code, message) => {
    const r = parseWorkbook(bytes(), name)
    expect(r.ok).toBe(false)
    if (!r.ok) expect([r.error.code, r.error.message]).toEqual([code, message])
  })

  it('refuses a file over the size cap before looking inside', () => {
    const r = parseWorkbook(utf8('姓名\n张三\n'), 'a.csv', { limits: { maxFileBytes: 5 } })
    expect(r.ok ? null : r.error.code).toBe('tooLarge')
  })

  it('accepts exactly the row limit', () => {
    const csv = '姓名,学号\n' + Array.from({ length: 9_999 }, (_, i) => `学员${i},${i}`).join('\n')
    expect(ok(parseWorkbook(utf8(csv), 'ok.csv')).sheet.rowCount).toBe(10_000)
  })

  it.each([
    ['a CSV with a roster header saved as .xls (some systems do)', '姓名,学号\n张三,1\n', 'export.xls'],
    [
      'prose in a file named .csv (the mapping step asks for the header row)',
      '会议纪要\n按时参加\n',
      'a.csv',
    ],
  ])('reads %s', (_what, text, name) => {
    expect(ok(parseWorkbook(utf8(text), name)).kind).toBe('csv')
  })

  it('names an unknown sheet', () => {
    const r = parseWorkbook(readGeneratedFixture('multi-sheet.xlsx'), 'm.xlsx', { sheetName: 'Sheet9' })
    expect(r.ok ? null : r.error.code).toBe('noSuchSheet')
  })
})

describe('parseWorkbook: the school’s sample workbooks', () => {
  it('reads the 中青班 roster: a merged title row, then 48 people', () => {
    const wb = ok(
      parseWorkbook(readSchoolFixture('roster-zhongqing-2025.xlsx'), 'roster-zhongqing-2025.xlsx'),
    )
    expect(wb.kind).toBe('xlsx')
    expect(wb.sheets).toEqual([{ name: '学员名单', rowCount: 50, hidden: false, headerFound: true }])
    expect(wb.sheet.rowCount).toBe(50)
    expect(wb.sheet.text[0]!.every((t) => t === '2025年秋季中青年干部培训班学员名单')).toBe(true)
    expect(wb.sheet.text[2]!.slice(0, 2)).toEqual(['1', '姜敏'])
    expect(wb.sheet.raw[2]![0]).toBe(1)
  })

  it('reads the 积极分子 roster: header in row 1, 120 students', () => {
    const wb = ok(parseWorkbook(readSchoolFixture('roster-jiji-fenzi.xlsx'), 'roster-jiji-fenzi.xlsx'))
    expect(wb.sheet.rowCount).toBe(121)
    expect(wb.sheet.text[0]).toEqual([
      '学号',
      '姓名',
      '性别',
      '学院',
      '专业班级',
      '政治面貌',
      '联系电话',
      '确定为积极分子时间',
    ])
  })
})

describe('parseWorkbook: encodings and formats', () => {
  const expected = [
    ['2025年入党积极分子培训班名单', '', '', '', ''],
    ['姓名', '性别', '身份证号码', '联系电话', '工作单位及职务'],
    ['龙立', '女', '440304200303150023', '13902030372', '文理学院学生会副主席'],
    ['严浩立', '男', '1.10105E+17', '15978465390', '经济管理学院团委副书记'],
    ['曾东玉', '女', '440304200401050042', '15193591368', '外国语学院,学生会干事'],
  ]
  it.each([
    ['gbk.csv', 'csv', 'gbk', `${SRC}: GBK as Excel in China saves CSV`],
    ['utf8-bom.csv', 'csv', 'utf-8', `${SRC}: CSV UTF-8 (with BOM)`],
    ['utf8.csv', 'csv', 'utf-8', `${SRC}: UTF-8 without BOM`],
    ['utf16-unicode-text.txt', 'csv', 'utf-16le', `${SRC}: Excel "Unicode text", tab-separated`],
  ])('%s → the same cells, as text (%s)', (file, kind, encoding) => {
    const wb = ok(parseWorkbook(readGeneratedFixture(file), file))
    expect([wb.kind, wb.encoding]).toEqual([kind, encoding])
    expect(wb.sheet.text).toEqual(expected)
    // Plain-text values stay text: the 18-digit ID is not turned into a number.
    expect(wb.sheet.raw[2]![2]).toBe('440304200303150023')
  })

  it('reads .xls (BIFF8) exactly as the same .xlsx', () => {
    const xlsx = ok(parseWorkbook(readGeneratedFixture('title-merged-header.xlsx'), 'a.xlsx'))
    const xls = ok(parseWorkbook(readGeneratedFixture('title-merged-header.xls'), 'a.xls'))
    expect(xls.kind).toBe('xls')
    expect(xls.sheet.text).toEqual(xlsx.sheet.text)
    expect(xls.sheet.raw).toEqual(xlsx.sheet.raw)
  })

  it('reads an HTML table saved with an .xls name, in GBK', () => {
    const wb = ok(parseWorkbook(readGeneratedFixture('html-table.xls'), 'html-table.xls'))
    expect([wb.kind, wb.encoding]).toEqual(['markup', 'gbk'])
    expect(wb.sheet.text[1]).toEqual(['姓名', '身份证号', '手机'])
    expect(wb.sheet.text[0]).toEqual(['学员名单', '学员名单', '学员名单'])
  })
})

describe('parseWorkbook: cells', () => {
  const wb = ok(parseWorkbook(readGeneratedFixture('title-merged-header.xlsx'), 'title-merged-header.xlsx'))

  it('fills merged ranges: title across, headers down and across, a unit down over its people', () => {
    const t = wb.sheet.text
    expect(new Set(t[0])).toEqual(new Set(['2025年春季处级干部进修班学员名单']))
    expect(t[2]!.slice(4, 8)).toEqual(['工作单位及职务', '工作单位及职务', '联系方式', '联系方式'])
    expect(t[3]!.slice(0, 4)).toEqual(['序号', '姓名', '性别', '出生年月'])
    expect([t[5]![4], t[6]![4], t[7]![4]]).toEqual(['区委组织部', '区委组织部', '区委组织部'])
    expect(wb.sheet.merges).toContainEqual({ startRow: 5, startColumn: 4, endRow: 7, endColumn: 4 })
  })

  it('keeps the blank row and squares the grid', () => {
    expect(wb.sheet.text[11]).toEqual(Array<string>(9).fill(''))
    expect(wb.sheet.text.every((r) => r.length === 9)).toBe(true)
    expect(wb.sheet.raw.every((r) => r.length === 9)).toBe(true)
  })

  it('keeps raw numbers beside what Excel shows, and dates as ISO dates', () => {
    const n = ok(parseWorkbook(readGeneratedFixture('numeric-ids.xlsx'), 'numeric-ids.xlsx')).sheet
    expect([n.text[1]![1], typeof n.raw[1]![1]]).toEqual(['4.10105E+17', 'number'])
    expect([n.text[3]![1], n.raw[3]![1]]).toEqual(['1.10105E+14', 110105491231002])
    expect([n.text[2]![3], n.raw[2]![3]]).toEqual(['1990年11月', '1990-11-01'])
    expect([n.text[5]![3], n.raw[5]![3]]).toEqual(['1990/6/15', '1990-06-15'])
    expect([n.text[4]![3], n.raw[4]![3]]).toEqual(['1985.1', 1985.1])
  })

  it('never evaluates or returns formulas: a formula cell gives its saved value, "=…" text stays text', () => {
    const ws = utils.aoa_to_sheet([
      ['姓名', '座号'],
      ['=HYPERLINK("http://x")', 0],
    ])
    ws['B2'] = { t: 'n', v: 3, f: '1+2' }
    const book = utils.book_new()
    utils.book_append_sheet(book, ws, 'S')
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    const s = ok(parseWorkbook(bytes, 'f.xlsx')).sheet
    expect(s.text[1]).toEqual(['=HYPERLINK("http://x")', '3'])
    expect(s.raw[1]).toEqual(['=HYPERLINK("http://x")', 3])
  })
})

describe('parseWorkbook: sheets', () => {
  const bytes = readGeneratedFixture('multi-sheet.xlsx')

  it('lists every sheet and opens the first visible one with a header', () => {
    const wb = ok(parseWorkbook(bytes, 'multi-sheet.xlsx'))
    expect(wb.sheets).toEqual([
      { name: '填表说明', rowCount: 1, hidden: false, headerFound: false },
      { name: '旧名单', rowCount: 2, hidden: true, headerFound: true },
      { name: '学员名单', rowCount: 3, hidden: false, headerFound: true },
    ])
    expect(wb.sheet.name).toBe('学员名单')
  })

  it('opens the sheet the user picks, hidden or not', () => {
    expect(ok(parseWorkbook(bytes, 'multi-sheet.xlsx', { sheetName: '旧名单' })).sheet.text[1]![0]).toBe(
      '旧人',
    )
  })
})

describe('parseWorkbook: progress', () => {
  it('reports stages in order, ending at 1', () => {
    const seen: ParseProgress[] = []
    ok(
      parseWorkbook(readSchoolFixture('roster-jiji-fenzi.xlsx'), 'r.xlsx', {
        onProgress: (p) => seen.push(p),
      }),
    )
    const stages = [...new Set(seen.map((p) => p.stage))]
    expect(stages).toEqual(['checking', 'reading', 'converting', 'done'])
    expect(seen.map((p) => p.fraction)).toEqual([...seen.map((p) => p.fraction)].sort((a, b) => a - b))
    expect(seen.at(-1)).toEqual({ stage: 'done', fraction: 1 })
  })
})

describe('parseWorkbook: a teaching plan picked as the roster (issue 11 point 10)', () => {
  it('reads the 中青班 plan, finds no roster header, and names it a teaching plan', () => {
    const wb = ok(
      parseWorkbook(readSchoolFixture('schedule-zhongqing-2025.xlsx'), 'schedule-zhongqing-2025.xlsx'),
    )
    expect(detectHeaderRow(wb.sheet.text)).toBeNull()
    expect(missingHeaderReason(wb.sheet.text)).toBe('teachingPlan')
  })

  it('does not call the roster itself a teaching plan', () => {
    const wb = ok(
      parseWorkbook(readSchoolFixture('roster-zhongqing-2025.xlsx'), 'roster-zhongqing-2025.xlsx'),
    )
    expect(missingHeaderReason(wb.sheet.text)).toBe('unknown')
  })
})
