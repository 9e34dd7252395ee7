import { parseRosterFile } from '../../workers/rosterParseClient'
import { platform } from '../../platform'

export type GridFile =
  { ok: true; fileName: string; text: string[][] } | { ok: false; message: string | null }

/**
 * Picks a workbook and reads its first sheet (the one with a header, as for rosters) with the same
 * guarded reader as rosters and plans (size cap, content sniffing, zip-bomb check, formulas and HTML
 * off, in a Web Worker). `message` is null when the user cancelled.
 */
export async function pickGrid(what: string): Promise<GridFile> {
  const r = await platform.openFiles({
    filters: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'xls', 'csv', 'et'] }],
  })
  if (!r.ok) return { ok: false, message: r.error.code === 'cancelled' ? null : r.error.message }
  const f = r.value[0]
  if (!f) return { ok: false, message: null }
  const parsed = await parseRosterFile(f.bytes.slice().buffer, f.name)
  if (!parsed.ok) return { ok: false, message: parsed.error.message.replace('花名册', what) }
  return { ok: true, fileName: f.name, text: parsed.workbook.sheet.text }
}
