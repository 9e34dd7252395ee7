import type { Locator } from '@playwright/test'

/**
 * How many of these rows lie wholly inside the window, without scrolling (issue 11 point 7: an
 * office worker at 1366×768 should see most of a 50-person class at once). Counts what a person
 * sees: rows cut by the window's bottom edge or scrolled away do not count. Measured in one pass
 * in the page, so rows a virtualised grid drops meanwhile cannot stall it.
 */
export async function rowsInView(rows: Locator): Promise<number> {
  // Structural types: the e2e project has no DOM types.
  type Box = { height: number; top: number; bottom: number }
  type Row = { getBoundingClientRect(): Box; ownerDocument: { defaultView: { innerHeight: number } } }
  return rows.evaluateAll((els: Row[]) => {
    if (els.length === 0) return 0
    const height = els[0]!.ownerDocument.defaultView.innerHeight
    return els.filter((el) => {
      const box = el.getBoundingClientRect()
      return box.height > 0 && box.top >= 0 && box.bottom <= height
    }).length
  })
}
