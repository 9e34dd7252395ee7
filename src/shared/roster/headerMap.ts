/**
 * Finding and reading the header row of a roster sheet.
 *
 * Files from organisation departments put a title (and sometimes "填报单位：…")
 * above the header, merge cells, mark columns with ＊ or （必填）, and name the
 * same column a dozen ways. The mapping is a guess the user can correct, so it
 * says how sure it is (exact alias, keyword, or the user's choice).
 */
import {
  ROSTER_FIELD_LABELS,
  ROSTER_FIELD_SPECS,
  columnLetter,
  rosterHeaderNames,
  type RosterField,
} from './fields'
import { removeSpaces } from './text'
import { looksLikePlan } from '../plan/planHeaders'

interface FieldNames {
  /** Whole header texts (after normalisation) that mean the field. */
  exact: readonly string[]
  /** Keyword sets: a short header containing every keyword of one set means the field. */
  keywords: readonly (readonly string[])[]
}

/**
 * The order fields are tried in (the names themselves are in fields.ts). Keyword sets are tried
 * in this order, so combined and specific fields come before the general ones they contain
 * (工作单位及职务 before 单位, 单位电话 is a phone, 身份证号 before 号码).
 */
const MATCH_ORDER: readonly RosterField[] = [
  'unitAndPost',
  'activistSince',
  'idNumber',
  'studentNo',
  'phone',
  'name',
  'birthDate',
  'politicalStatus',
  'ethnicity',
  'gender',
  'unit',
  'post',
  'college',
  'major',
  'education',
  'seat',
  'note',
]

/** Known names per field, in match order. */
const FIELD_NAMES: readonly (readonly [RosterField, FieldNames])[] = MATCH_ORDER.map((field) => [
  field,
  { exact: rosterHeaderNames(field), keywords: ROSTER_FIELD_SPECS[field].keywords },
])

/** 序号 is only the row's number in the list: recognised as a header, never imported. */
const ROW_NUMBER_NAMES = ['序号', '编号', '序', 'no', 'no.', '行号']

/** A keyword match only counts for short cells; a long one is a title or a "填报单位：…" line. */
const MAX_KEYWORD_HEADER_LENGTH = 10

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 10

/**
 * Header text as compared: full-width folded (NFKC), no spaces or line breaks,
 * no required-marks (＊, （必填）), lower-case. Bracketed notes are handled by
 * `headerCandidates`, which tries the text with and without them.
 */
export function normalizeHeaderText(text: string): string {
  return removeSpaces(text.normalize('NFKC'))
    .replace(/[*※★]/g, '')
    .replace(/[(（[【](?:必填|选填|必须填写|必填项|可选|非必填)[)）\]】]/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase()
}

/** The header as written, then with bracketed notes dropped, then with brackets dropped but kept. */
function headerCandidates(text: string): string[] {
  const base = normalizeHeaderText(text)
  const withoutNotes = base.replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
  const bracketsOpened = base.replace(/[()（）[\]【】]/g, '')
  return [...new Set([base, withoutNotes, bracketsOpened])].filter((c) => c !== '')
}

export type HeaderRecognition =
  { field: RosterField; how: 'exact' | 'keyword' } | { field: 'rowNumber'; how: 'exact' } | null

/** What a single header cell means, if anything. */
export function recognizeHeader(text: string): HeaderRecognition {
  const candidates = headerCandidates(text)
  for (const c of candidates) {
    if (ROW_NUMBER_NAMES.includes(c)) return { field: 'rowNumber', how: 'exact' }
    for (const [field, names] of FIELD_NAMES) {
      if (names.exact.includes(c)) return { field, how: 'exact' }
    }
  }
  for (const c of candidates) {
    if (c.length > MAX_KEYWORD_HEADER_LENGTH || /[:：]/.test(c)) continue
    for (const [field, names] of FIELD_NAMES) {
      if (names.keywords.some((set) => set.every((k) => c.includes(k)))) return { field, how: 'keyword' }
    }
  }
  return null
}

/** Distinct fields a row's cells name; a title merged across the row counts once. */
function recognisedFields(row: readonly string[] | undefined): Set<RosterField> {
  const fields = new Set<RosterField>()
  for (const cell of row ?? []) {
    const r = recognizeHeader(cell)
    if (r && r.field !== 'rowNumber') fields.add(r.field)
  }
  return fields
}

/**
 * Why no roster header row was found in the first rows: a teaching plan (课表) picked as the
 * roster, or no header the app knows.
 */
export function missingHeaderReason(
  rows: readonly (readonly string[])[],
  scanRows = HEADER_SCAN_ROWS,
): 'teachingPlan' | 'unknown' {
  return rows.slice(0, scanRows).some((row) => looksLikePlan(row)) ? 'teachingPlan' : 'unknown'
}

export interface HeaderRowGuess {
  /** 0-based index into the sheet's rows (sheet row = index + 1). */
  headerRowIndex: number
  /** 2 when a second header row under the first names sub-columns (merged group headers). */
  headerRowCount: 1 | 2
}

/**
 * The header is the first row within the first `scanRows` rows that names at
 * least two known fields. When the row under it names two or more as well, the
 * header spans two rows (e.g. "工作单位及职务" merged over "单位 | 职务").
 */
export function detectHeaderRow(
  rows: readonly (readonly string[])[],
  scanRows = HEADER_SCAN_ROWS,
): HeaderRowGuess | null {
  const limit = Math.min(rows.length, scanRows)
  for (let r = 0; r < limit; r++) {
    if (recognisedFields(rows[r]).size < 2) continue
    return { headerRowIndex: r, headerRowCount: recognisedFields(rows[r + 1]).size >= 2 ? 2 : 1 }
  }
  return null
}

export interface ColumnMapping {
  /** 0-based column index. */
  index: number
  /** Excel column letter, as the user sees it. */
  letter: string
  /** The header as written in the file (the lower cell of a two-row header). */
  header: string
  /** The merged group header above it in a two-row header, e.g. "工作单位及职务" over "单位". */
  group?: string
  field: RosterField | null
  /** exact alias, keyword guess (to be confirmed), the user's choice, or not recognised. */
  how: 'exact' | 'keyword' | 'user' | 'none'
  /** Why a familiar-looking header is not imported: a row number, or another column has the field. */
  note?: 'rowNumber' | 'duplicate'
}

/** The user's corrections: column index → field, or null to ignore the column. */
export type HeaderOverrides = Readonly<Record<number, RosterField | null>>

export interface HeaderMapping {
  headerRowIndex: number
  headerRowCount: 1 | 2
  /** First row (0-based) after the header. */
  dataStartIndex: number
  /** Every column that has a header, left to right. */
  columns: ColumnMapping[]
  /** Field → column index, for the columns that are imported. */
  byField: Partial<Record<RosterField, number>>
  /** Columns with a header that will not be imported. */
  unmapped: ColumnMapping[]
  /** What is missing for a usable import, in Chinese (shown above the preview). */
  problems: string[]
}

export interface MapHeadersOptions {
  overrides?: HeaderOverrides
  /** The user's choice of header row when detection failed or guessed wrong. */
  headerRowIndex?: number
  headerRowCount?: 1 | 2
  scanRows?: number
}

/** Returns null when no header row is found (the UI then asks which row holds the headers). */
export function mapHeaders(
  rows: readonly (readonly string[])[],
  options: MapHeadersOptions = {},
): HeaderMapping | null {
  const guess: HeaderRowGuess | null =
    options.headerRowIndex !== undefined
      ? { headerRowIndex: options.headerRowIndex, headerRowCount: options.headerRowCount ?? 1 }
      : detectHeaderRow(rows, options.scanRows)
  if (!guess) return null

  const top = rows[guess.headerRowIndex] ?? []
  const sub = guess.headerRowCount === 2 ? (rows[guess.headerRowIndex + 1] ?? []) : []
  const width = Math.max(top.length, sub.length)
  const columns: ColumnMapping[] = []
  for (let c = 0; c < width; c++) {
    const column = mapColumn(c, (top[c] ?? '').trim(), (sub[c] ?? '').trim())
    if (column) columns.push(column)
  }

  applyOverrides(columns, options.overrides ?? {})
  resolveDuplicates(columns)

  const byField: Partial<Record<RosterField, number>> = {}
  for (const col of columns) if (col.field) byField[col.field] = col.index
  return {
    headerRowIndex: guess.headerRowIndex,
    headerRowCount: guess.headerRowCount,
    dataStartIndex: guess.headerRowIndex + guess.headerRowCount,
    columns,
    byField,
    unmapped: columns.filter((c) => c.field === null),
    problems: mappingProblems(byField),
  }
}

function mapColumn(index: number, top: string, sub: string): ColumnMapping | null {
  if (top === '' && sub === '') return null
  // In a two-row header the lower cell is the specific one; vertical merges repeat the upper text.
  const subRecognised = sub !== '' ? recognizeHeader(sub) : null
  const topRecognised = top !== '' ? recognizeHeader(top) : null
  const recognised = subRecognised ?? topRecognised
  const base: Pick<ColumnMapping, 'index' | 'letter' | 'header' | 'group'> = {
    index,
    letter: columnLetter(index),
    header: sub || top,
  }
  if (top && sub && top !== sub) base.group = top
  if (!recognised) return { ...base, field: null, how: 'none' }
  if (recognised.field === 'rowNumber') return { ...base, field: null, how: 'exact', note: 'rowNumber' }
  return { ...base, field: recognised.field, how: recognised.how }
}

function applyOverrides(columns: ColumnMapping[], overrides: HeaderOverrides) {
  for (const [key, field] of Object.entries(overrides)) {
    const index = Number(key)
    const col = columns.find((c) => c.index === index)
    if (!col) continue
    col.field = field
    col.how = 'user'
    delete col.note
  }
}

/** One column per field: the user's choice, then an exact alias, then the leftmost. */
function resolveDuplicates(columns: ColumnMapping[]) {
  const rank = { user: 0, exact: 1, keyword: 2, none: 3 }
  const winners = new Map<RosterField, ColumnMapping>()
  for (const col of columns) {
    if (!col.field) continue
    const current = winners.get(col.field)
    if (!current || rank[col.how] < rank[current.how]) winners.set(col.field, col)
  }
  for (const col of columns) {
    if (col.field && winners.get(col.field) !== col) {
      col.field = null
      col.note = 'duplicate'
    }
  }
}

function mappingProblems(byField: Partial<Record<RosterField, number>>): string[] {
  const problems: string[] = []
  const label = ROSTER_FIELD_LABELS
  if (byField.name === undefined) problems.push(`未找到“${label.name}”列，请指定哪一列是姓名`)
  if (byField.idNumber === undefined && byField.studentNo === undefined) {
    problems.push(
      `未找到“${label.idNumber}”或“${label.studentNo}”列：无法与以往学员对应，每一行都会作为新学员导入`,
    )
  }
  return problems
}
