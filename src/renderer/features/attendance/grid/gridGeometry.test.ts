import { describe, expect, it } from 'vitest'
import { COL_W, HEADER_H, NAME_W, ROW_H, scrollToReveal, SUMMARY_W, visibleRange } from './gridGeometry'

const view = { top: 0, left: 0, height: HEADER_H + 10 * ROW_H, width: NAME_W + 20 * COL_W + SUMMARY_W }

describe('visibleRange', () => {
  it('renders the rows and columns in view plus four either side, within the grid', () => {
    const r = visibleRange(view, 200, 80)
    expect(r.rows[0]).toBe(0)
    expect(r.rows.at(-1)).toBe(10 + 4)
    expect(r.cols[0]).toBe(0)
    // The totals on the right cover part of the width; overscan covers that and more.
    expect(r.cols.at(-1)).toBeGreaterThanOrEqual(19)
  })

  it('follows the scroll position', () => {
    const r = visibleRange({ ...view, top: 100 * ROW_H, left: 40 * COL_W }, 200, 80)
    expect(r.rows[0]).toBe(96)
    expect(r.cols[0]).toBe(36)
  })

  it('never goes past the last row or column', () => {
    const r = visibleRange({ ...view, top: 1e6, left: 1e6 }, 200, 80)
    expect(r.rows.every((i) => i < 200)).toBe(true)
    expect(r.cols.every((i) => i < 80)).toBe(true)
    expect(visibleRange(view, 3, 2)).toEqual({ rows: [0, 1, 2], cols: [0, 1] })
  })
})

describe('scrollToReveal', () => {
  it('leaves the scroll alone when the cell is in view', () => {
    expect(scrollToReveal(view, 5, 10)).toEqual({ top: 0, left: 0 })
  })

  it('scrolls just enough to bring a cell below or right of the view out from under the totals', () => {
    const s = scrollToReveal(view, 12, 25)
    expect(s.top).toBe(13 * ROW_H - 10 * ROW_H)
    expect(s.left).toBe(26 * COL_W - 20 * COL_W)
  })

  it('scrolls back to a cell above or left of the view', () => {
    expect(scrollToReveal({ ...view, top: 50 * ROW_H, left: 30 * COL_W }, 40, 3)).toEqual({
      top: 40 * ROW_H,
      left: 3 * COL_W,
    })
  })
})
