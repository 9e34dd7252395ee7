/**
 * Reading a roster file (.xlsx, .xls, .csv, and the HTML tables some systems
 * save as .xls) into a plain grid of cells.
 *
 * Pure given the bytes, so it runs in a Web Worker (renderer/workers/rosterParse.worker.ts)
 * and in unit tests alike. Guards come before SheetJS sees anything: a size cap,
 * a content check (magic bytes, not the file name), and for zip-based files a
 * real inflate count against zip bombs. SheetJS then reads with formulas and
 * HTML off and a row limit.
 *
 * Each cell is kept twice: the text Excel shows, and the raw value. The raw
 * value is what reveals an ID number Excel turned into a number (precision lost)
 * or a birth date stored as a date serial.
 */
import { read, type WorkBook } from 'xlsx'
import { sniffSpreadsheet, type SpreadsheetKind, type TextEncoding } from './fileSniff'
import { HEADER_SCAN_ROWS, detectHeaderRow } from './headerMap'
import { usedRowCount, worksheetToGrid, type SheetGrid } from './sheetGrid'
import { DEFAULT_ZIP_LIMITS, checkZip } from './zipGuard'

export type { CellRange, RawCell, SheetGrid } from './sheetGrid'

export interface ParseLimits {
  maxFileBytes: number
  /** Sheet rows read, title and header rows included. */
  maxRows: number
  /** Columns beyond this are ignored (styled empty columns can reach XFD). */
  maxColumns: number
  maxUncompressedBytes: number
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 200,
  maxUncompressedBytes: DEFAULT_ZIP_LIMITS.maxUncompressedBytes,
}

export interface SheetSummary {
  name: string
  rowCount: number
  hidden: boolean
  /** A header row was found in the first rows: the sheet likely holds the roster. */
  headerFound: boolean
}

export interface ParsedWorkbook {
  fileName: string
  kind: SpreadsheetKind
  /** For CSV and HTML files: how the text was decoded. */
  encoding?: TextEncoding
  sheets: SheetSummary[]
  sheet: SheetGrid
}

export type ParseErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'notSpreadsheet'
  | 'corrupt'
  | 'textAsExcel'
  | 'zipBomb'
  | 'encrypted'
  | 'tooManyRows'
  | 'noSuchSheet'
  | 'noData'
  | 'unreadable'

export interface ParseError {
  code: ParseErrorCode
  /** For the user, in Chinese, naming the file. */
  message: string
  /** The library's own words, for a bug report; never shown as the main message. */
  detail?: string
}

export type ParseOutcome = { ok: true; value: ParsedWorkbook } | { ok: false; error: ParseError }

export interface ParseProgress {
  stage: 'checking' | 'reading' | 'converting' | 'done'
  /** Overall progress 0–1. */
  fraction: number
}

export interface ParseOptions {
  /** The sheet to read; by default the first visible sheet with a header row. */
  sheetName?: string
  onProgress?: (progress: ParseProgress) => void
  limits?: Partial<ParseLimits>
}

export function parseWorkbook(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseOutcome {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits }
  const progress = options.onProgress ?? (() => {})
  const fail = (code: ParseErrorCode, detail?: string): ParseOutcome => ({
    ok: false,
    error:
      detail === undefined
        ? { code, message: errorMessage(code, fileName, limits) }
        : { code, message: errorMessage(code, fileName, limits), detail },
  })

  progress({ stage: 'checking', fraction: 0 })
  if (bytes.length === 0) return fail('empty')
  if (bytes.length > limits.maxFileBytes) return fail('tooLarge', `${bytes.length} bytes`)

  const sniffed = sniffSpreadsheet(bytes)
  if (sniffed.kind === 'notSpreadsheet') return fail('notSpreadsheet')
  if (sniffed.kind === 'corruptZip') return fail('corrupt')

  if (sniffed.kind === 'xlsx' || sniffed.kind === 'ods') {
    const zip = checkZip(
      bytes,
      { ...DEFAULT_ZIP_LIMITS, maxUncompressedBytes: limits.maxUncompressedBytes },
      (f) => progress({ stage: 'checking', fraction: 0.3 * f }),
    )
    if (!zip.ok)
      return zip.reason === 'corrupt' || zip.reason === 'unsupportedMethod'
        ? fail('corrupt', zip.reason)
        : fail('zipBomb', zip.reason)
  }
  progress({ stage: 'reading', fraction: 0.3 })

  const readOptions = {
    dense: true,
    cellFormula: false,
    cellHTML: false,
    cellNF: true,
    cellStyles: false,
    cellDates: false,
    bookVBA: false,
    sheetRows: limits.maxRows + 1,
  }
  let wb: WorkBook
  try {
    wb =
      sniffed.kind === 'csv' || sniffed.kind === 'markup'
        ? // raw: plain-text values stay text, so an 18-digit ID in a CSV is never turned into a number.
          read(sniffed.text, { ...readOptions, type: 'string', raw: true })
        : read(bytes, { ...readOptions, type: 'array' })
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    if (/password|encrypt/i.test(detail)) return fail('encrypted', detail)
    if (/Workbook stream|Unsupported/i.test(detail)) return fail('notSpreadsheet', detail)
    return fail('unreadable', detail)
  }
  progress({ stage: 'converting', fraction: 0.7 })

  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
  const summaries: SheetSummary[] = wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name]
    const top = ws ? worksheetToGrid(name, ws, { ...limits, maxRows: HEADER_SCAN_ROWS, date1904 }) : null
    return {
      name,
      rowCount: ws ? usedRowCount(ws, limits.maxRows + 1) : 0,
      hidden: Boolean(wb.Workbook?.Sheets?.[i]?.Hidden),
      headerFound: top ? detectHeaderRow(top.text) !== null : false,
    }
  })

  // A text file renamed .xlsx or .xls reads as a one-column CSV of prose: say the file is damaged
  // instead of asking for a header row. (Systems that save real CSV as .xls write a header row.)
  if (
    sniffed.kind === 'csv' &&
    EXCEL_FILE_NAME.test(fileName.trim()) &&
    !summaries.some((s) => s.headerFound)
  )
    return fail('textAsExcel')

  const chosen = chooseSheet(summaries, options.sheetName)
  if (options.sheetName !== undefined && !chosen) return fail('noSuchSheet', options.sheetName)
  const ws = chosen ? wb.Sheets[chosen.name] : undefined
  if (!chosen || !ws || chosen.rowCount === 0) return fail('noData')
  if (chosen.rowCount > limits.maxRows) return fail('tooManyRows', `${chosen.name}: > ${limits.maxRows}`)

  const sheet = worksheetToGrid(chosen.name, ws, {
    ...limits,
    date1904,
    onProgress: (f) => progress({ stage: 'converting', fraction: 0.7 + 0.3 * f }),
  })
  progress({ stage: 'done', fraction: 1 })
  const value: ParsedWorkbook = { fileName, kind: sniffed.kind, sheets: summaries, sheet }
  if (sniffed.kind === 'csv' || sniffed.kind === 'markup') value.encoding = sniffed.encoding
  return { ok: true, value }
}

/** Names of binary spreadsheet formats: a file so named never holds plain text. */
const EXCEL_FILE_NAME = /\.(xlsx|xlsm|xls|et|ods)$/i

function chooseSheet(sheets: SheetSummary[], wanted: string | undefined): SheetSummary | undefined {
  if (wanted !== undefined) return sheets.find((s) => s.name === wanted)
  const visible = sheets.filter((s) => !s.hidden)
  return (
    visible.find((s) => s.headerFound) ??
    visible.find((s) => s.rowCount > 0) ??
    sheets.find((s) => s.rowCount > 0)
  )
}

function errorMessage(code: ParseErrorCode, fileName: string, limits: ParseLimits): string {
  const f = `文件“${fileName}”`
  switch (code) {
    case 'empty':
      return `${f}是空的，请确认选对了文件`
    case 'tooLarge':
      return `${f}超过 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB，花名册通常不到 1 MB，请确认选对了文件`
    case 'notSpreadsheet':
      return `${f}不是 Excel 或 CSV 表格，请另存为 .xlsx 后再导入`
    case 'corrupt':
      return `${f}已损坏，无法读取，请在 Excel 中打开后另存为 .xlsx 再导入`
    case 'textAsExcel':
      return `${f}已损坏：它的名字是 Excel 表格，里面却只有文字，请确认选对了文件，或重新导出花名册后再导入`
    case 'zipBomb':
      return `${f}解压后体积异常（超过 ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB），为安全起见已拒绝读取，请在 Excel 中另存为新的 .xlsx 后再导入`
    case 'encrypted':
      return `${f}设有打开密码，请在 Excel 中取消密码后再导入`
    case 'tooManyRows':
      return `${f}超过 ${limits.maxRows} 行，请删除多余的行或拆分成几个文件后再导入`
    case 'noSuchSheet':
      return `${f}中没有这个工作表，请重新选择`
    case 'noData':
      return `${f}中没有数据`
    case 'unreadable':
      return `无法读取${f}，请在 Excel 中打开后另存为 .xlsx 再导入`
  }
}
