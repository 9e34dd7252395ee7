/**
 * Messages between the roster import screen and the parsing worker.
 * The file's bytes are transferred (not copied) to the worker.
 */
import type { HeaderMapping } from '@shared/roster/headerMap'
import type { ParseError, ParseProgress, ParsedWorkbook } from '@shared/roster/parseWorkbook'

export interface RosterParseRequest {
  id: number
  fileName: string
  bytes: ArrayBuffer
  /** The sheet the user picked; by default the first visible sheet with a header row. */
  sheetName?: string
}

export type RosterParseResult =
  | {
      ok: true
      workbook: ParsedWorkbook
      /**
       * The detected header and mapping, which the import screen shows as is until the user changes
       * it (so the main thread does not map the headers again); null when no header row was found.
       */
      mapping: HeaderMapping | null
    }
  | { ok: false; error: ParseError }

export type RosterParseMessage =
  | { id: number; type: 'progress'; progress: ParseProgress }
  | { id: number; type: 'result'; result: RosterParseResult }
