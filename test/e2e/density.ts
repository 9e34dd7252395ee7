import type { Locator } from '@playwright/test'

/**
 * How many of these rows lie wholly inside the window, without scrolling (issue 11 point 7: an
 * office worker at 1366×768 should see most of a 50-person class at once). Counts what a person
 * sees: rows cut by the window's bottom edge or scrolled away do not count.
 */
export async function rowsInView(rows: Locator): Promise<number> {
  const height = rows.page().viewportSize()?.height ?? 0
  let n = 0
  for (const row of await rows.all()) {
    const box = await row.boundingBox()
    if (box && box.height > 0 && box.y >= 0 && box.y + box.height <= height) n += 1
  }
  return n
}
