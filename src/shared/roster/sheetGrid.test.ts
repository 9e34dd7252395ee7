import { describe, expect, it } from 'vitest'
import { utils, type WorkSheet } from 'xlsx'
import { usedRowCount, worksheetToGrid } from './sheetGrid'

// Issue 3 导入: rows by number "as the user sees it in Excel", headers "under title rows and merged
// cells"; ARCHITECTURE.md Excel: row limits.
const SRC = 'issue 3 导入 / ARCHITECTURE.md Excel'
const options = { maxRows: 100, maxColumns: 50, date1904: false }

function dense(rows: unknown[][], merges: string[] = []): WorkSheet {
  const ws = utils.aoa_to_sheet(rows, { dense: true })
  if (merges.length > 0) ws['!merges'] = merges.map((m) => utils.decode_range(m))
  return ws
}

describe('worksheetToGrid', () => {
  it('starts at A1 even when the data does not, so index + 1 is the Excel row', () => {
    const ws = utils.sheet_add_aoa(utils.aoa_to_sheet([], { dense: true }), [['姓名', '学号']], {
      origin: 'B3',
    })
    const g = worksheetToGrid('S', ws, options)
    expect(g.text).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '姓名', '学号'],
    ])
    expect([g.rowCount, g.columnCount]).toEqual([3, 3])
  })

  it('keeps booleans and errors readable', () => {
    const ws = dense([['a', true]])
    ws['!data']![0]![2] = { t: 'e', v: 0x07, w: '#DIV/0!' }
    const g = worksheetToGrid('S', ws, options)
    expect(g.text[0]).toEqual(['a', 'TRUE', '#DIV/0!'])
    expect(g.raw[0]).toEqual(['a', true, null])
  })

  const table: [string, WorkSheet, { maxRows: number; maxColumns: number }, string[][], string][] = [
    [
      'columns past the limit are dropped',
      dense([['a', 'b', 'c', 'd']]),
      { maxRows: 10, maxColumns: 2 },
      [['a', 'b']],
      SRC,
    ],
    [
      'rows past the limit are not read',
      dense([['a'], ['b'], ['c']]),
      { maxRows: 2, maxColumns: 10 },
      [['a'], ['b']],
      SRC,
    ],
    [
      'a merge reaching past the data is clipped',
      dense([['标题'], ['姓名', '学号']], ['A1:Z1']),
      { maxRows: 10, maxColumns: 10 },
      [
        ['标题', '标题'],
        ['姓名', '学号'],
      ],
      SRC,
    ],
    [
      'trailing empty rows and columns are trimmed',
      dense([
        ['a', '', ''],
        ['', '', ''],
        ['', '', ''],
      ]),
      { maxRows: 10, maxColumns: 10 },
      [['a']],
      SRC,
    ],
  ]
  it.each(table)('%s (%s)', (_what, ws, limits, text) => {
    expect(worksheetToGrid('S', ws, { ...limits, date1904: false }).text).toEqual(text)
  })

  it('reads dates in a 1904 workbook', () => {
    const ws = dense([[0]])
    ws['!data']![0]![0] = { t: 'n', v: 29645, z: 'yyyy-mm-dd', w: '1985-03-01' }
    expect(worksheetToGrid('S', ws, { ...options, date1904: true }).raw[0]).toEqual(['1985-03-01'])
    expect(worksheetToGrid('S', ws, options).raw[0]).toEqual(['1981-02-28'])
  })

  it('reports conversion progress up to 1', () => {
    const seen: number[] = []
    worksheetToGrid('S', dense(Array.from({ length: 1200 }, (_, i) => [i])), {
      ...options,
      maxRows: 2000,
      onProgress: (f) => seen.push(f),
    })
    expect(seen).toEqual([0, 500 / 1200, 1000 / 1200, 1])
  })
})

describe('usedRowCount', () => {
  it.each([
    [[['a'], ['b'], [''], ['']], 10, 2],
    [[['a'], ['b'], ['c']], 2, 2],
    [[[''], ['']], 10, 0],
  ])('%j within %i rows → %i', (rows, maxRows, count) => {
    expect(usedRowCount(dense(rows), maxRows)).toBe(count)
  })
})
