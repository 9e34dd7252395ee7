import { utils, write, type CellObject } from 'xlsx'
import { readScoreSheet, type SheetEntry } from '@shared/assessment/scoreSheet'
import { readExamSheet, type ExamSheetRow } from '@shared/assessment/examSheet'
import { ATTENDANCE_ITEM } from '@shared/assessment/classAssessment'
import { exportCell } from '@shared/roster/exportSafety'
import type { AssessmentScheme } from '@shared/assessment/scheme'
import { parseRosterFile } from '../../workers/rosterParseClient'
import type { ClassStudent } from '../../db/roster/classStudents'

export type ScoreFileResult =
  | { ok: true; fileName: string; entries: SheetEntry[]; items: string[]; students: number }
  | { ok: false; fileName: string; problems: string[] }

/**
 * Reads a points sheet (one row per student, one column per item) with the roster import's guarded
 * reader (in a worker: size cap, zip-bomb check, formulas off) and matches it with
 * `readScoreSheet`. Every problem is named by file, row and column; with any problem nothing is
 * taken.
 */
export async function readScoreFile(
  file: { name: string; bytes: Uint8Array },
  students: readonly ClassStudent[],
  scheme: AssessmentScheme,
): Promise<ScoreFileResult> {
  const parsed = await parseRosterFile(file.bytes.slice().buffer, file.name)
  if (!parsed.ok)
    return {
      ok: false,
      fileName: file.name,
      problems: [parsed.error.message.replace('花名册', '考核录入表')],
    }
  const { sheet } = parsed.workbook
  const result = readScoreSheet(
    sheet.raw,
    students.map((s) => ({
      enrollmentId: s.enrollmentId,
      name: s.name,
      seat: s.seat === null ? null : String(s.seat),
      studentNo: s.studentNo,
    })),
    scheme.quantitative,
  )
  if (result.problems.length)
    return {
      ok: false,
      fileName: file.name,
      problems: result.problems.map((p) => `${file.name}（工作表“${sheet.name}”）${p}`),
    }
  return {
    ok: true,
    fileName: file.name,
    entries: result.entries,
    items: result.items,
    students: new Set(result.entries.map((e) => e.enrollmentId)).size,
  }
}

/** A blank entry sheet for the class: 座号, 姓名 and one column per item typed (not 学员考勤). */
export function scoreTemplate(
  students: readonly ClassStudent[],
  scheme: AssessmentScheme,
): Uint8Array<ArrayBuffer> {
  const items = scheme.quantitative.filter((i) => i.code !== ATTENDANCE_ITEM)
  const rows: (string | number | null)[][] = [
    ['座号', '姓名', ...items.map((i) => i.label)],
    ...students.map((s) => [s.seat, s.name]),
  ]
  const ws = utils.aoa_to_sheet([])
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = exportCell(value)
      if (cell) ws[utils.encode_cell({ r, c })] = cell as CellObject
    }),
  )
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: items.length + 1 } })
  const wb = utils.book_new()
  utils.book_append_sheet(wb, ws, '平时考核')
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

export type ExamFileResult =
  { ok: true; fileName: string; rows: ExamSheetRow[] } | { ok: false; fileName: string; problems: string[] }

/** Reads an exam's scores (成绩, 补考成绩) with the same guarded reader; all or nothing. */
export async function readExamFile(
  file: { name: string; bytes: Uint8Array },
  students: readonly ClassStudent[],
  fullMark: number,
): Promise<ExamFileResult> {
  const parsed = await parseRosterFile(file.bytes.slice().buffer, file.name)
  if (!parsed.ok)
    return { ok: false, fileName: file.name, problems: [parsed.error.message.replace('花名册', '成绩表')] }
  const { sheet } = parsed.workbook
  const result = readExamSheet(
    sheet.raw,
    students.map((s) => ({
      enrollmentId: s.enrollmentId,
      name: s.name,
      seat: s.seat === null ? null : String(s.seat),
      studentNo: s.studentNo,
    })),
    fullMark,
  )
  return result.problems.length
    ? {
        ok: false,
        fileName: file.name,
        problems: result.problems.map((p) => `${file.name}（工作表“${sheet.name}”）${p}`),
      }
    : { ok: true, fileName: file.name, rows: result.rows }
}
