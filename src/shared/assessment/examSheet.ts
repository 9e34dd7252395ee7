import { columnLetter } from '../roster/fields'
import { scoreProblem } from './exam'
import {
  matchSheetStudent,
  NAME_HEADERS,
  NO_HEADERS,
  SEAT_HEADERS,
  sheetCellText as cellText,
  type SheetStudent,
} from './scoreSheet'

/**
 * Exam scores from an Excel sheet (issue 13: "scores by keyboard or from Excel"; 附2 第十九条,
 * seed 001 7.7): one row per student (姓名, with 座号 or 学号 for namesakes), a 成绩 column and
 * optionally a 补考成绩 column beside it. 缺考 (or 缺) marks a missed sitting; a blank cell leaves
 * the stored value. Every problem names its row and column; any problem means nothing is taken.
 */
export interface ExamSheetRow {
  enrollmentId: string
  /** Absent: the column is missing or the cell blank (keep what is stored). */
  first?: { score: number | null; absent: boolean }
  makeUp?: { score: number | null; absent: boolean }
}

const FIRST_HEADERS = ['成绩', '考试成绩', '分数', '得分']
const MAKEUP_HEADERS = ['补考成绩', '补考']
const ABSENT = new Set(['缺考', '缺'])

export function readExamSheet(
  rows: readonly (readonly unknown[])[],
  students: readonly SheetStudent[],
  fullMark: number,
): { rows: ExamSheetRow[]; problems: string[] } {
  const headerIndex = rows.findIndex((r) => r.some((c) => NAME_HEADERS.includes(cellText(c))))
  if (headerIndex < 0) return { rows: [], problems: ['没有找到“姓名”列：表头应含“姓名”和“成绩”'] }
  const header = rows[headerIndex]!.map(cellText)
  const col = (names: string[]) => header.findIndex((h) => names.includes(h))
  const nameCol = col(NAME_HEADERS)
  const seatCol = col(SEAT_HEADERS)
  const noCol = col(NO_HEADERS)
  const firstCol = col(FIRST_HEADERS)
  const makeUpCol = col(MAKEUP_HEADERS)
  if (firstCol < 0 && makeUpCol < 0) return { rows: [], problems: ['表头中没有“成绩”或“补考成绩”列'] }

  const problems: string[] = []
  const out: ExamSheetRow[] = []
  const taken = new Map<string, number>()
  const sitting = (text: string, where: string) => {
    if (ABSENT.has(text)) return { score: null, absent: true }
    const v = Number(text)
    const problem = Number.isFinite(v) ? scoreProblem(v, fullMark) : `“${text}”不是分数（缺考请填“缺考”）`
    if (problem) {
      problems.push(`${where}：${problem}`)
      return undefined
    }
    return { score: v, absent: false }
  }
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!
    const line = r + 1
    const name = cellText(row[nameCol])
    if (!name) {
      if (row.some((c) => cellText(c))) problems.push(`第${line}行 ${columnLetter(nameCol)}列：姓名为空`)
      continue
    }
    const found = matchSheetStudent(
      students,
      name,
      seatCol >= 0 ? cellText(row[seatCol]) : '',
      noCol >= 0 ? cellText(row[noCol]) : '',
    )
    if (typeof found === 'string') {
      problems.push(`第${line}行 ${columnLetter(nameCol)}列：${found}`)
      continue
    }
    const earlier = taken.get(found.enrollmentId)
    if (earlier !== undefined) {
      problems.push(`第${line}行 ${columnLetter(nameCol)}列：“${name}”与第${earlier}行重复`)
      continue
    }
    taken.set(found.enrollmentId, line)
    const entry: ExamSheetRow = { enrollmentId: found.enrollmentId }
    const firstText = firstCol >= 0 ? cellText(row[firstCol]) : ''
    const makeUpText = makeUpCol >= 0 ? cellText(row[makeUpCol]) : ''
    if (firstText) {
      const s = sitting(firstText, `第${line}行 ${header[firstCol]}(${columnLetter(firstCol)}列)`)
      if (s) entry.first = s
    }
    if (makeUpText) {
      const s = sitting(makeUpText, `第${line}行 ${header[makeUpCol]}(${columnLetter(makeUpCol)}列)`)
      if (s) entry.makeUp = s
    }
    if (entry.first || entry.makeUp) out.push(entry)
  }
  return { rows: problems.length ? [] : out, problems }
}
