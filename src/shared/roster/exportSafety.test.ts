import { describe, expect, it } from 'vitest'
import { exportCell, mustBeTextCell, neutralizeCell, textCellColumns } from './exportSafety'

// Issue 3 Out of the app: "Export the roster to .xlsx (ID and phone as text cells; any cell that
// starts with = + - @ tab or CR neutralised)"; ARCHITECTURE.md Excel says the same for every export.
const SRC = 'issue 3 导出 / ARCHITECTURE.md Excel'

describe('neutralizeCell', () => {
  const table: [string, string, string][] = [
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`, SRC],
    ['+1+1', "'+1+1", SRC],
    ['-2+3', "'-2+3", SRC],
    ['@SUM(A1)', "'@SUM(A1)", SRC],
    ['\t=1+1', "'\t=1+1", `${SRC}: tab`],
    ['\r=1+1', "'\r=1+1", `${SRC}: carriage return`],
    ['张三', '张三', `${SRC}: ordinary text unchanged`],
    ['a=b', 'a=b', `${SRC}: only the first character counts`],
    ['＝1+1', '＝1+1', `${SRC}: full-width = is not a formula`],
    ['', '', SRC],
  ]
  it.each(table)('%j → %j (%s)', (input, output) => expect(neutralizeCell(input)).toBe(output))
})

describe('text cells', () => {
  it.each([
    ['idNumber', true],
    ['phone', true],
    ['studentNo', true],
    ['name', false],
    ['seat', false],
    [null, false],
  ])('%s must be text: %s', (field, text) => expect(mustBeTextCell(field)).toBe(text))

  it('lists the columns to write as text', () => {
    expect(textCellColumns(['name', 'idNumber', null, 'unit', 'phone'])).toEqual([1, 4])
  })

  it.each([
    ['11010519491231002X', 'idNumber', { t: 's', v: '11010519491231002X', z: '@' }],
    [13812345678, 'phone', { t: 's', v: '13812345678', z: '@' }],
    ['=1+1', 'name', { t: 's', v: "'=1+1" }],
    ['-1', 'phone', { t: 's', v: "'-1", z: '@' }],
    [3, 'seat', { t: 'n', v: 3 }],
    ['', 'name', null],
    [null, 'name', null],
  ])('exportCell(%j, %s) → %j', (value, field, cell) => expect(exportCell(value, field)).toEqual(cell))
})
