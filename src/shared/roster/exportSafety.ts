/**
 * Safety for roster exports (.xlsx/.csv) that other people open in Excel or WPS.
 *
 * A cell whose text starts with = + - @ (or a tab or carriage return, which some
 * programs skip before looking for those) can run as a formula when the file is
 * opened ("CSV/formula injection"): a name typed as =HYPERLINK(...) would become
 * a live link. Such text gets a leading apostrophe, which Excel shows and never
 * evaluates. ID and phone numbers are written as text cells, never numbers, so
 * Excel cannot round them (an 18-digit ID keeps only 15 digits as a number).
 */
import { utils, type CellObject, type WorkSheet } from 'xlsx'
import { rosterFieldsWhere, type RosterField } from './fields'

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

/** Text with a leading apostrophe when it could start a formula; anything else unchanged. */
export function neutralizeCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value
}

/** Fields that must be written as text cells: digits that are identifiers, not quantities. */
export const TEXT_CELL_FIELDS: readonly RosterField[] = rosterFieldsWhere((s) => s.textCell === true)

export function mustBeTextCell(field: string | null | undefined): boolean {
  return field != null && (TEXT_CELL_FIELDS as readonly string[]).includes(field)
}

/** Indexes of the export's columns (given by field, null for a non-field column) that must be text cells. */
export function textCellColumns(columns: readonly (string | null)[]): number[] {
  return columns.flatMap((field, i) => (mustBeTextCell(field) ? [i] : []))
}

/**
 * A SheetJS cell for an exported value: strings neutralised; text-only fields as
 * a string cell with the text number format '@', so later edits in Excel stay text.
 */
export function exportCell(
  value: string | number | null | undefined,
  field?: string | null,
): { t: 's'; v: string; z?: '@' } | { t: 'n'; v: number } | null {
  return cellOf(value, mustBeTextCell(field))
}

function cellOf(
  value: string | number | null | undefined,
  asText: boolean,
): { t: 's'; v: string; z?: '@' } | { t: 'n'; v: number } | null {
  if (value === null || value === undefined || value === '') return null
  if (asText) return { t: 's', v: neutralizeCell(String(value)), z: '@' }
  if (typeof value === 'number') return { t: 'n', v: value }
  return { t: 's', v: neutralizeCell(value) }
}

export type ExportValue = string | number | null | undefined

export interface ExportSheetOptions {
  /** Field of each column (null for a non-field column): a text-only field makes its cells text. */
  fields?: readonly (string | null)[]
  /** Columns written as text cells whatever they hold (numbers that are identifiers). */
  textColumns?: readonly number[]
  /** Rows at the top (title, headings) written as plain cells, ignoring fields and textColumns. */
  headRows?: number
  /** Merge the first row (a title) across the sheet's width. */
  mergeTitle?: boolean
}

/**
 * A SheetJS worksheet from rows of values, every cell through exportCell: text neutralised
 * against formulas, numbers as numbers unless their column must be text, empty values left out.
 */
export function exportSheet(
  rows: readonly (readonly ExportValue[])[],
  options: ExportSheetOptions = {},
): WorkSheet {
  const { fields = [], textColumns = [], headRows = 0, mergeTitle = false } = options
  const ws = utils.aoa_to_sheet([])
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const asText = r >= headRows && (mustBeTextCell(fields[c]) || textColumns.includes(c))
      const cell = cellOf(value, asText)
      if (cell) ws[utils.encode_cell({ r, c })] = cell as CellObject
    }),
  )
  const width = Math.max(1, ...rows.map((row) => row.length))
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: width - 1 } })
  if (mergeTitle) ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }]
  return ws
}
