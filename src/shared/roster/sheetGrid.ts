/**
 * A worksheet as the import sees it: two parallel grids, what each cell shows
 * and its raw value, from cell A1 so that row index + 1 is the Excel row number.
 */
import { SSF, type CellObject, type Range, type WorkSheet } from 'xlsx'
import { excelSerialToIsoDate } from './excelDate'

/** A cell's underlying value; date-formatted cells hold an ISO date 'YYYY-MM-DD'. */
export type RawCell = string | number | boolean | null

/** 0-based, inclusive. */
export interface CellRange {
  startRow: number
  startColumn: number
  endRow: number
  endColumn: number
}

export interface SheetGrid {
  name: string
  /** What each cell shows ('' when empty), from sheet row 1 and column A; merged ranges filled with their value. */
  text: string[][]
  raw: RawCell[][]
  rowCount: number
  columnCount: number
  merges: CellRange[]
}

function denseRows(ws: WorkSheet): (CellObject | null | undefined)[][] {
  // Dense rows have holes where cells are empty, whatever the library's types say.
  return ws['!data'] ?? []
}

/** Rows up to the last one with a value, looking at most `maxRows` deep (styled empty rows do not count). */
export function usedRowCount(ws: WorkSheet, maxRows: number): number {
  const rows = denseRows(ws)
  for (let r = Math.min(rows.length, maxRows) - 1; r >= 0; r--) {
    if ((rows[r] ?? []).some((cell) => cellParts(cell, false).text.trim() !== '')) return r + 1
  }
  return 0
}

/** Progress is reported every this many rows. */
const PROGRESS_ROWS = 500

export interface GridOptions {
  maxRows: number
  maxColumns: number
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean
  onProgress?: (fraction: number) => void
}

/** A SheetJS dense worksheet as text and raw values, from A1, squared, merges filled. */
export function worksheetToGrid(name: string, ws: WorkSheet, options: GridOptions): SheetGrid {
  const { maxColumns, date1904, onProgress } = options
  const rows = denseRows(ws)
  const rowCount = Math.min(rows.length, options.maxRows)
  const text: string[][] = []
  const raw: RawCell[][] = []
  let columnCount = 0
  for (let r = 0; r < rowCount; r++) {
    const cells = rows[r] ?? []
    const width = Math.min(cells.length, maxColumns)
    const textRow: string[] = []
    const rawRow: RawCell[] = []
    for (let c = 0; c < width; c++) {
      const parts = cellParts(cells[c], date1904)
      textRow.push(parts.text)
      rawRow.push(parts.raw)
      if (parts.text.trim() !== '' && c + 1 > columnCount) columnCount = c + 1
    }
    text.push(textRow)
    raw.push(rawRow)
    if (onProgress && r % PROGRESS_ROWS === 0) onProgress(r / rowCount)
  }

  // Trim styled-but-empty rows at the bottom, then square the grid.
  let used = text.length
  while (used > 0 && text[used - 1]!.every((t) => t.trim() === '')) used--
  text.length = used
  raw.length = used
  for (let r = 0; r < used; r++) {
    const t = text[r]!
    const v = raw[r]!
    t.length = Math.min(t.length, columnCount)
    v.length = t.length
    while (t.length < columnCount) {
      t.push('')
      v.push(null)
    }
  }

  const merges = (ws['!merges'] ?? [])
    .map(toCellRange)
    .filter((m) => m.startRow < used && m.startColumn < columnCount)
  fillMerges(text, raw, merges, columnCount)
  onProgress?.(1)
  return { name, text, raw, rowCount: used, columnCount, merges }
}

function toCellRange(range: Range): CellRange {
  return { startRow: range.s.r, startColumn: range.s.c, endRow: range.e.r, endColumn: range.e.c }
}

/**
 * Every cell of a merged range gets the range's value: a title merged across the
 * top, a header merged over two sub-columns, a unit merged down over its people.
 */
function fillMerges(text: string[][], raw: RawCell[][], merges: CellRange[], columnCount: number) {
  for (const m of merges) {
    const t = text[m.startRow]?.[m.startColumn] ?? ''
    const v = raw[m.startRow]?.[m.startColumn] ?? null
    for (let r = m.startRow; r <= Math.min(m.endRow, text.length - 1); r++) {
      for (let c = m.startColumn; c <= Math.min(m.endColumn, columnCount - 1); c++) {
        if (r === m.startRow && c === m.startColumn) continue
        text[r]![c] = t
        raw[r]![c] = v
      }
    }
  }
}

/** SheetJS's formatter; its types say `any`, so only the call used here is typed. */
const formatter = SSF as { is_date(format: string): boolean }

/** Excel's built-in short date (format 14) follows the system locale; SheetJS renders it US-style. */
const LOCALE_SHORT_DATE = 'm/d/yy'

function cellParts(cell: CellObject | null | undefined, date1904: boolean): { text: string; raw: RawCell } {
  if (!cell) return { text: '', raw: null }
  switch (cell.t) {
    case 's':
      return { text: String(cell.w ?? cell.v ?? ''), raw: String(cell.v ?? '') }
    case 'n': {
      const v = Number(cell.v)
      if (typeof cell.z === 'string' && formatter.is_date(cell.z)) {
        const iso = excelSerialToIsoDate(v, date1904)
        if (iso) {
          // Show a locale short date the way Chinese Excel does (1985/3/1), not 3/1/85.
          const text = cell.z === LOCALE_SHORT_DATE || !cell.w ? iso.replace(/-0?/g, '/') : cell.w
          return { text, raw: iso }
        }
      }
      return { text: cell.w ?? String(v), raw: v }
    }
    case 'b':
      return { text: cell.w ?? (cell.v ? 'TRUE' : 'FALSE'), raw: Boolean(cell.v) }
    case 'e':
      return { text: cell.w ?? '#ERROR', raw: null }
    case 'd':
      return { text: cell.w ?? String(cell.v), raw: String(cell.v) }
    default:
      return { text: '', raw: null }
  }
}
