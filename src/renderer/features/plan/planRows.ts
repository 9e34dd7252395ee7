import type { SheetGrid } from '@shared/roster/parseWorkbook'
import type { ImportedSession } from '@shared/plan/planImport'
import { sessionsOverlap, type SessionFields } from '@shared/plan/session'

/**
 * The sheet as the plan importer reads it (SheetJS `sheet_to_json` with `header: 1, raw: true`):
 * raw values, and a merged range's value only in its first cell. The workbook reader fills merged
 * ranges for rosters; for a plan that would turn a day header merged across the row ("9月8日
 * 周一") into a row of identical cells that looks like a session, so the fill is undone here.
 * Date-formatted cells arrive as 'YYYY-MM-DD' text, which the date reader takes as it is.
 */
export function planRowsOfGrid(sheet: Pick<SheetGrid, 'raw' | 'merges'>): unknown[][] {
  const rows: unknown[][] = sheet.raw.map((r) => [...r])
  for (const m of sheet.merges) {
    for (let r = m.startRow; r <= m.endRow; r++) {
      const row = rows[r]
      if (!row) continue
      for (let c = m.startColumn; c <= m.endColumn; c++) {
        if (r === m.startRow && c === m.startColumn) continue
        if (c < row.length) row[c] = null
      }
    }
  }
  return rows
}

export type ExistingMatch = { kind: 'same'; topic: string } | { kind: 'overlap'; topic: string } | null

/**
 * How an imported session stands against the plan already there: the same session (same day, start
 * and topic — importing the file twice), or one that clashes in time with a different session.
 */
export function matchExisting(s: ImportedSession, existing: readonly SessionFields[]): ExistingMatch {
  const same = existing.find((e) => e.date === s.date && e.start === s.start && e.topic === s.topic)
  if (same) return { kind: 'same', topic: same.topic }
  const clash = existing.find((e) => sessionsOverlap(e, s))
  return clash ? { kind: 'overlap', topic: clash.topic } : null
}
