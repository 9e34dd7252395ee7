import { describe, expect, it } from 'vitest'
import { utils, type WorkSheet } from 'xlsx'
import {
  exportCell,
  exportSheet,
  mustBeTextCell,
  neutralizeCell,
  textCellColumns,
  type ExportSheetOptions,
  type ExportValue,
} from './exportSafety'

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

describe('exportSheet', () => {
  const cells = (ws: WorkSheet) => Object.fromEntries(Object.entries(ws).filter(([k]) => !k.startsWith('!')))
  const rows: ExportValue[][] = [['=标题'], ['姓名', '学号'], ['张三', 20260001]]
  const table: [string, ExportValue[][], ExportSheetOptions, Record<string, unknown>, string][] = [
    [
      'no options: numbers as numbers, text neutralised',
      rows,
      {},
      {
        A1: { t: 's', v: "'=标题" },
        A2: { t: 's', v: '姓名' },
        B2: { t: 's', v: '学号' },
        A3: { t: 's', v: '张三' },
        B3: { t: 'n', v: 20260001 },
      },
      'A1:B3',
    ],
    [
      'fields: a text-only field makes every cell of its column text, headings included',
      rows,
      { fields: [null, 'studentNo'] },
      {
        A1: { t: 's', v: "'=标题" },
        A2: { t: 's', v: '姓名' },
        B2: { t: 's', v: '学号', z: '@' },
        A3: { t: 's', v: '张三' },
        B3: { t: 's', v: '20260001', z: '@' },
      },
      'A1:B3',
    ],
    [
      'textColumns below headRows only',
      rows,
      { textColumns: [1], headRows: 2 },
      {
        A1: { t: 's', v: "'=标题" },
        A2: { t: 's', v: '姓名' },
        B2: { t: 's', v: '学号' },
        A3: { t: 's', v: '张三' },
        B3: { t: 's', v: '20260001', z: '@' },
      },
      'A1:B3',
    ],
    [
      'empty values leave no cell, the range still covers the widest row',
      [
        ['a', null, ''],
        [undefined, 2],
      ],
      {},
      { A1: { t: 's', v: 'a' }, B2: { t: 'n', v: 2 } },
      'A1:C2',
    ],
    ['no rows: a one-cell range', [], {}, {}, 'A1'],
  ]
  it.each(table)('%s', (_name, input, options, expected, ref) => {
    const ws = exportSheet(input, options)
    expect(cells(ws)).toEqual(expected)
    expect(ws['!ref']).toBe(ref)
    expect(ws['!merges']).toBeUndefined()
  })

  it('merges the title row across the width when asked', () => {
    const ws = exportSheet(rows, { mergeTitle: true })
    expect(ws['!merges']).toEqual([utils.decode_range('A1:B1')])
  })
})
