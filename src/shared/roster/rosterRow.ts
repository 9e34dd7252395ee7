/**
 * One roster row as the import preview shows it: cleaned values, problems in
 * Chinese with their row and column, and the key that recognises the person.
 */
import { ROSTER_FIELD_LABELS, type RosterField } from './fields'
import type { ColumnMapping } from './headerMap'
import type { UnitPostGuess } from './unitAndPost'

/** Fields a person or enrollment record holds (the combined column is split before this). */
export type RosterValueField = Exclude<RosterField, 'unitAndPost'>

/** Cleaned values; a field is absent when the file has no value for it. */
export type RosterValues = Partial<Record<RosterValueField, string>>

export type ProblemCode =
  | 'nameMissing'
  | 'idMissing'
  | 'idPrecisionLost'
  | 'idBadLength'
  | 'idBadCharacters'
  | 'idBadChecksum'
  | 'idImpossibleBirthDate'
  | 'idFutureBirthDate'
  | 'idConvertedFrom15'
  | 'duplicateId'
  | 'duplicateStudentNo'
  | 'sharedStudentNo'
  | 'genderMismatch'
  | 'genderUnknown'
  | 'birthDateMismatch'
  | 'birthDateUnreadable'
  | 'phoneInvalid'
  | 'unitPostUnsplit'

export interface RowProblem {
  code: ProblemCode
  severity: 'error' | 'warning'
  field: RosterField | null
  /** Excel column letter, null when the field has no column. */
  column: string | null
  /** The column's header as written in the file (or the field's label). */
  header: string
  /** The whole sentence for the preview, row and column included. */
  message: string
}

/** How a person is recognised across classes: the ID number, else 学号 + name (university rosters). */
export type MatchKey =
  { kind: 'idNumber'; idNumber: string } | { kind: 'studentNo'; studentNo: string; name: string }

export interface RosterRow {
  /** The row number in Excel (1-based sheet row). */
  excelRow: number
  values: RosterValues
  problems: RowProblem[]
  status: 'ok' | 'warning' | 'error'
  matchKey: MatchKey | null
  /** How unit and post were split from a combined column, for review. */
  unitPostGuess?: UnitPostGuess
}

/** A problem with its full sentence: "第5行 身份证号(C列)：校验位错误，应为 X，请核对原件". */
export function problem(
  excelRow: number,
  column: ColumnMapping | undefined,
  field: RosterField,
  code: ProblemCode,
  severity: RowProblem['severity'],
  detail: string,
): RowProblem {
  const header = column?.header ?? ROSTER_FIELD_LABELS[field]
  const where = column ? `${header}(${column.letter}列)` : header
  return {
    code,
    severity,
    field,
    column: column?.letter ?? null,
    header,
    message: `第${excelRow}行 ${where}：${detail}`,
  }
}
