import { importPlanRows, type PlanImportResult } from '@shared/plan/planImport'
import type { ParseProgress, SheetSummary } from '@shared/roster/parseWorkbook'
import { parseRosterFile } from '../../workers/rosterParseClient'
import { planRowsOfGrid } from './planRows'

export type PlanFileResult =
  | {
      ok: true
      fileName: string
      sheets: SheetSummary[]
      sheetName: string
      plan: PlanImportResult
    }
  | { ok: false; message: string }

/**
 * Reads a teaching-plan workbook off the UI thread with the same guarded reader as rosters (size
 * cap, content sniffing, zip-bomb check, formulas and HTML off, in a Web Worker), then maps its
 * rows with the tolerant plan importer. `defaultYear` is for dates written without a year.
 */
export async function readPlanFile(
  file: { name: string; bytes: Uint8Array },
  options: {
    sheetName?: string
    defaultYear?: number
    onProgress?: (p: ParseProgress) => void
    signal?: AbortSignal
  } = {},
): Promise<PlanFileResult> {
  // The worker takes the buffer over; keep the caller's bytes for reading another sheet.
  const bytes = file.bytes.slice().buffer
  const parsed = await parseRosterFile(bytes, file.name, {
    ...(options.sheetName !== undefined ? { sheetName: options.sheetName } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  })
  if (!parsed.ok) return { ok: false, message: parsed.error.message.replace('花名册', '教学计划') }
  const { sheet, sheets } = parsed.workbook
  const plan = importPlanRows(planRowsOfGrid(sheet), {
    ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
  })
  return { ok: true, fileName: file.name, sheets, sheetName: sheet.name, plan }
}
