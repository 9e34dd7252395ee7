/**
 * The class grid's fixed geometry and the arithmetic of what is in view. Every cell has the same
 * size, so the rows and columns in view follow from the scroll position alone: the grid renders
 * only those (plus a few either side, so a fast scroll does not show blanks).
 */

export const ROW_H = 28
export const COL_W = 40
export const NAME_W = 132
export const HEADER_H = 56
const OVERSCAN = 4

export const SUMMARY_COLUMNS = [
  { key: 'attended', label: '出勤', width: 52 },
  { key: 'leave', label: '请假学时', width: 72 },
  { key: 'absent', label: '旷课学时', width: 72 },
  { key: 'meter', label: '请假/可请', width: 96 },
] as const
export const SUMMARY_W = SUMMARY_COLUMNS.reduce((n, c) => n + c.width, 0)
export const SUMMARY_OFFSETS = SUMMARY_COLUMNS.map((_, i) =>
  SUMMARY_COLUMNS.slice(0, i).reduce((n, c) => n + c.width, 0),
)

export interface Viewport {
  top: number
  left: number
  height: number
  width: number
}

export interface VisibleRange {
  rows: number[]
  cols: number[]
}

function range(first: number, last: number): number[] {
  const out: number[] = []
  for (let i = first; i <= last; i++) out.push(i)
  return out
}

/** Rows and session columns to render. The name column (left) and the totals (right) stay put. */
export function visibleRange(view: Viewport, rowCount: number, colCount: number): VisibleRange {
  const firstRow = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN)
  const lastRow = Math.min(rowCount - 1, Math.ceil((view.top + view.height - HEADER_H) / ROW_H) + OVERSCAN)
  const firstCol = Math.max(0, Math.floor(view.left / COL_W) - OVERSCAN)
  const lastCol = Math.min(colCount - 1, Math.ceil((view.left + view.width - NAME_W) / COL_W) + OVERSCAN)
  return { rows: range(firstRow, lastRow), cols: range(firstCol, lastCol) }
}

/**
 * The scroll position that brings cell (row, col) into the part of the view not covered by the
 * sticky name column, header and totals; the same position when it is already in view.
 */
export function scrollToReveal(view: Viewport, row: number, col: number): { top: number; left: number } {
  const x = col * COL_W // from the left edge of the session area
  const y = row * ROW_H // from the top edge of the body
  const cellsWidth = view.width - NAME_W - SUMMARY_W
  const cellsHeight = view.height - HEADER_H
  let { left, top } = view
  if (x < left) left = x
  else if (x + COL_W > left + cellsWidth) left = x + COL_W - cellsWidth
  if (y < top) top = y
  else if (y + ROW_H > top + cellsHeight) top = y + ROW_H - cellsHeight
  return { top: Math.max(0, top), left: Math.max(0, left) }
}
