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
  if (value === null || value === undefined || value === '') return null
  if (mustBeTextCell(field)) return { t: 's', v: neutralizeCell(String(value)), z: '@' }
  if (typeof value === 'number') return { t: 'n', v: value }
  return { t: 's', v: neutralizeCell(value) }
}
