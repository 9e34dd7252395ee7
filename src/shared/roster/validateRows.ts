/**
 * The import preview: every roster row with its values cleaned and its problems
 * listed in Chinese, by row number and column as the user sees them in Excel
 * ("第5行 身份证号(C列)：校验位错误，应为 X，请核对原件").
 *
 * Errors keep a row out of the import (the person would be wrong or duplicated);
 * warnings let the user decide. Blank rows are ignored; section titles ("一、区级机关"),
 * repeated headers and footers ("填表人：…") are listed as skipped, so nothing
 * vanishes without a word.
 */
import { flagDuplicates, newDuplicateTracker } from './duplicateRows'
import { formatYearMonthDay, parseBirthDateCell, parseDateText, type YearMonthDay } from './excelDate'
import type { RosterField } from './fields'
import { recognizeHeader, type ColumnMapping, type HeaderMapping } from './headerMap'
import {
  checkIdNumber,
  idCardIssueMessage,
  idCardIssueSeverity,
  idNumberCellText,
  type Gender,
} from './idCard'
import { checkPhone } from './phone'
import {
  problem,
  type MatchKey,
  type ProblemCode,
  type RosterRow,
  type RosterValueField,
  type RosterValues,
  type RowProblem,
} from './rosterRow'
import type { RawCell } from './sheetGrid'
import { collapseSpaces, normalizeName, removeSpaces, toHalfWidth } from './text'
import { splitUnitAndPost, type UnitPostGuess } from './unitAndPost'

export type {
  MatchKey,
  ProblemCode,
  RosterRow,
  RosterValueField,
  RosterValues,
  RowProblem,
} from './rosterRow'

export interface SkippedRow {
  excelRow: number
  reason: 'section' | 'repeatedHeader' | 'noPersonData'
  /** The row's text, to show what was skipped. */
  text: string
  message: string
}

export interface RosterValidation {
  rows: RosterRow[]
  skipped: SkippedRow[]
  counts: { ok: number; warning: number; error: number }
}

export interface RosterGrid {
  text: readonly (readonly string[])[]
  raw: readonly (readonly RawCell[])[]
}

export interface ValidateOptions {
  /** 'YYYY-MM-DD'; defaults to today (birth dates after it are errors). */
  today?: string
}

export function validateRows(
  grid: RosterGrid,
  mapping: HeaderMapping,
  options: ValidateOptions = {},
): RosterValidation {
  const rows: RosterRow[] = []
  const skipped: SkippedRow[] = []
  const seen = newDuplicateTracker()
  const layout = rowLayout(mapping)

  for (let r = mapping.dataStartIndex; r < grid.text.length; r++) {
    const text = grid.text[r] ?? []
    const raw = grid.raw[r] ?? []
    if (text.every((t) => t.trim() === '')) continue
    const excelRow = r + 1
    const skip = skipReason(text, layout)
    if (skip) {
      const shown = [...new Set(text.map((t) => t.trim()).filter((t) => t !== ''))].join(' ')
      skipped.push({ excelRow, reason: skip, text: shown, message: skipMessage(excelRow, skip, shown) })
      continue
    }
    const row = readRow(excelRow, text, raw, layout, options)
    flagDuplicates(row, mapping, seen)
    row.status = statusOf(row.problems)
    rows.push(row)
  }

  const counts = { ok: 0, warning: 0, error: 0 }
  for (const row of rows) counts[row.status]++
  return { rows, skipped, counts }
}

/**
 * Where each field is in the row, worked out once per sheet rather than once per row: with
 * thousands of rows the lookups were most of the preview's own time (bench/roster.bench.ts).
 */
interface RowLayout {
  column: Partial<Record<RosterField, ColumnMapping>>
  /** Columns that carry something about the person (not 备注): a row with none of them is not a person. */
  personColumns: number[]
  /** The FREE_TEXT fields that have a column. */
  freeText: RosterValueField[]
}

/** What a field without a column reads as. */
const NO_CELL: { text: string; raw: RawCell } = { text: '', raw: null }

function rowLayout(mapping: HeaderMapping): RowLayout {
  const column: RowLayout['column'] = {}
  for (const [field, index] of Object.entries(mapping.byField) as [RosterField, number][]) {
    const c = mapping.columns.find((x) => x.index === index)
    if (c) column[field] = c
  }
  const personColumns = mapping.columns
    .filter((c) => c.field !== null && c.field !== 'note')
    .map((c) => c.index)
  return { column, personColumns, freeText: FREE_TEXT.filter((f) => column[f] !== undefined) }
}

function skipReason(text: readonly string[], layout: RowLayout): SkippedRow['reason'] | null {
  // A title merged across the row (filled into every cell by parseWorkbook): two or more cells, all the same.
  let first: string | undefined
  let filled = 0
  let allSame = true
  for (const t of text) {
    const v = t.trim()
    if (v === '') continue
    filled++
    if (first === undefined) first = v
    else if (v !== first) allSame = false
  }
  if (filled >= 2 && allSame) return 'section'
  const nameCell = (layout.column.name && text[layout.column.name.index]) ?? ''
  // Cheap test first: every name header contains 名 (姓名, 学员姓名, 名字).
  if (nameCell.includes('名') && recognizeHeader(nameCell)?.field === 'name') return 'repeatedHeader'
  if (layout.personColumns.every((i) => (text[i] ?? '').trim() === '')) return 'noPersonData'
  return null
}

function skipMessage(excelRow: number, reason: SkippedRow['reason'], shown: string): string {
  const what = { section: '是分组标题', repeatedHeader: '是重复的表头', noPersonData: '没有学员信息' }[reason]
  return `第${excelRow}行${what}，已跳过（${shown}）`
}

function statusOf(problems: RowProblem[]): RosterRow['status'] {
  if (problems.some((p) => p.severity === 'error')) return 'error'
  return problems.length > 0 ? 'warning' : 'ok'
}

/** Fields kept as typed apart from spaces. */
const FREE_TEXT: RosterValueField[] = [
  'ethnicity',
  'politicalStatus',
  'unit',
  'post',
  'college',
  'major',
  'education',
  'seat',
  'note',
]

function readRow(
  excelRow: number,
  text: readonly string[],
  raw: readonly RawCell[],
  layout: RowLayout,
  options: ValidateOptions,
): RosterRow {
  const problems: RowProblem[] = []
  const values: RosterValues = {}
  const col = (field: RosterField) => layout.column[field]
  const cell = (field: RosterField) => {
    const c = col(field)
    return c ? { text: (text[c.index] ?? '').trim(), raw: raw[c.index] ?? null } : NO_CELL
  }
  const report = (field: RosterField, code: ProblemCode, severity: RowProblem['severity'], detail: string) =>
    problems.push(problem(excelRow, col(field), field, code, severity, detail))

  for (const field of layout.freeText) {
    const v = collapseSpaces(cell(field).text)
    if (v) values[field] = v
  }

  const name = normalizeName(cell('name').text)
  if (name) values.name = name
  else report('name', 'nameMissing', 'error', '姓名为空')

  const studentNo = identifierText(cell('studentNo'))
  if (studentNo) values.studentNo = studentNo

  // ID number
  const idCell = cell('idNumber')
  let idGender: Gender | undefined
  let idBirth: string | undefined
  if (idCell.text !== '') {
    const check = checkIdNumber(idCell.text, {
      raw: idCell.raw,
      ...(options.today ? { today: options.today } : {}),
    })
    for (const issue of check.issues) {
      report('idNumber', ID_PROBLEM_CODES[issue.code], idCardIssueSeverity(issue), idCardIssueMessage(issue))
    }
    if (!check.issues.some((i) => i.code === 'precisionLost')) values.idNumber = check.normalized
    if (check.valid) {
      idGender = check.gender
      idBirth = check.birthDate
    }
  } else if (layout.column.idNumber !== undefined && !studentNo) {
    report('idNumber', 'idMissing', 'warning', '身份证号为空，无法与以往学员对应')
  }

  // Gender: the ID number's when it is valid (it is what the card says), else the column's; a conflict is a warning.
  const genderText = cell('gender').text
  const gender = readGender(genderText)
  if (genderText && !gender) report('gender', 'genderUnknown', 'warning', `无法识别的性别“${genderText}”`)
  if (gender && idGender && gender !== idGender) {
    report('gender', 'genderMismatch', 'warning', `填写为“${gender}”，但身份证号显示为${idGender}，请核对`)
  }
  const chosenGender = idGender ?? gender
  if (chosenGender) values.gender = chosenGender
  else if (genderText) values.gender = genderText

  // Birth date: the ID's when valid (it has the day), else the column's.
  const birthCell = cell('birthDate')
  const birth =
    birthCell.text !== '' || typeof birthCell.raw === 'number'
      ? parseBirthDateCell(birthCell.raw, birthCell.text)
      : null
  if (birthCell.text !== '' && !birth) {
    report(
      'birthDate',
      'birthDateUnreadable',
      'warning',
      `无法识别“${birthCell.text}”，请写成 1985.03 或 1985-03-12`,
    )
  }
  if (birth && idBirth && !sameBirth(birth, idBirth)) {
    report(
      'birthDate',
      'birthDateMismatch',
      'warning',
      `填写为 ${birthCell.text}，但身份证号显示为 ${chineseYearMonth(idBirth)}，请核对`,
    )
  }
  if (idBirth) values.birthDate = idBirth
  else if (birth) values.birthDate = formatYearMonthDay(birth)

  const activist = cell('activistSince')
  if (activist.text) {
    const d = parseBirthDateCell(activist.raw, activist.text) ?? parseDateText(activist.text)
    values.activistSince = d ? formatYearMonthDay(d) : activist.text
  }

  // Phone
  const phoneText = identifierText(cell('phone'))
  if (phoneText) {
    const phone = checkPhone(phoneText)
    values.phone = phone.normalized
    if (phone.warning) report('phone', 'phoneInvalid', 'warning', phone.warning)
  }

  // Unit and post: own columns first, the combined column fills what is missing.
  let unitPostGuess: UnitPostGuess | undefined
  const combined = cell('unitAndPost').text
  if (combined && (!values.unit || !values.post)) {
    unitPostGuess = splitUnitAndPost(combined)
    if (!values.unit && unitPostGuess.unit) values.unit = unitPostGuess.unit
    if (!values.post && unitPostGuess.post) values.post = unitPostGuess.post
    if (unitPostGuess.confidence === 'low') {
      report('unitAndPost', 'unitPostUnsplit', 'warning', '未能区分单位和职务，请核对')
    }
  }

  const row: RosterRow = { excelRow, values, problems, status: 'ok', matchKey: matchKeyOf(values) }
  if (unitPostGuess) row.unitPostGuess = unitPostGuess
  return row
}

const ID_PROBLEM_CODES: Record<Parameters<typeof idCardIssueMessage>[0]['code'], ProblemCode> = {
  precisionLost: 'idPrecisionLost',
  badLength: 'idBadLength',
  badCharacters: 'idBadCharacters',
  badChecksum: 'idBadChecksum',
  impossibleBirthDate: 'idImpossibleBirthDate',
  futureBirthDate: 'idFutureBirthDate',
  convertedFrom15: 'idConvertedFrom15',
}

/** Student numbers and phones: a number cell is written out whole, full-width folded, spaces kept for phones. */
function identifierText(c: { text: string; raw: RawCell }): string {
  if (typeof c.raw === 'number' && Number.isInteger(c.raw)) return idNumberCellText(c.raw, c.text)
  return toHalfWidth(c.text).trim()
}

function readGender(text: string): Gender | undefined {
  const t = removeSpaces(toHalfWidth(text)).toLowerCase()
  if (['男', '男性', 'm', 'male'].includes(t)) return '男'
  if (['女', '女性', 'f', 'female'].includes(t)) return '女'
  return undefined
}

function sameBirth(cell: YearMonthDay, idBirth: string): boolean {
  const y = Number(idBirth.slice(0, 4))
  const m = Number(idBirth.slice(5, 7))
  const d = Number(idBirth.slice(8, 10))
  const monthAgrees = cell.months.length === 0 || cell.months.includes(m)
  return cell.y === y && monthAgrees && (cell.d === undefined || cell.d === d)
}

function chineseYearMonth(iso: string): string {
  return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月`
}

function matchKeyOf(values: RosterValues): MatchKey | null {
  if (values.idNumber) return { kind: 'idNumber', idNumber: values.idNumber }
  if (values.studentNo && values.name)
    return { kind: 'studentNo', studentNo: values.studentNo, name: values.name }
  return null
}
