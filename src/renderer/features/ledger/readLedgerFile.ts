import type { SheetGrid } from '@shared/roster/parseWorkbook'
import { parseRosterFile } from '../../workers/rosterParseClient'
import { platform } from '../../platform'

export type LedgerFile =
  { ok: true; fileName: string; sheet: SheetGrid } | { ok: false; message: string | null }

/**
 * Picks a workbook and reads it off the UI thread with the roster's guarded reader (size cap,
 * content sniffing, zip-bomb check, formulas and HTML off). `message` null: the user cancelled.
 */
export async function pickLedgerFile(what: string): Promise<LedgerFile> {
  const r = await platform.openFiles({
    filters: [{ name: 'Excel 或 CSV', extensions: ['xlsx', 'xls', 'csv', 'ods'] }],
  })
  if (!r.ok) return { ok: false, message: r.error.code === 'cancelled' ? null : r.error.message }
  const file = r.value[0]
  if (!file) return { ok: false, message: null }
  const parsed = await parseRosterFile(file.bytes.slice().buffer, file.name)
  if (!parsed.ok) return { ok: false, message: parsed.error.message.replace('花名册', what) }
  return { ok: true, fileName: file.name, sheet: parsed.workbook.sheet }
}
