import { columnLetter } from '../roster/fields'

/**
 * Bulk entry of points from an Excel sheet (issue 13): one row per student, one column per
 * quantitative item, headed by the item's name as in the scheme (学员考勤 is computed, never read).
 * Students are found by 姓名, with 座号 or 学号 when the sheet has them (namesakes need one).
 * Every problem names its row and column as the roster import does; any problem means nothing is
 * written (the caller shows the list).
 */
export interface SheetStudent {
  enrollmentId: string
  name: string
  seat?: string | null
  studentNo?: string | null
}

export interface SheetItem {
  code: string
  label: string
  /** 0: the school has not set points; any value ≥ 0 is taken. */
  maxPoints: number
}

export interface SheetEntry {
  enrollmentId: string
  itemCode: string
  points: number
}

export interface ScoreSheetResult {
  entries: SheetEntry[]
  problems: string[]
  /** Item columns recognised, in sheet order. */
  items: string[]
}

const NAME_HEADERS = ['姓名', '学员姓名']
const SEAT_HEADERS = ['座号', '序号']
const NO_HEADERS = ['学号']
const COMPUTED = new Set(['attendance'])

const cellText = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''

export function readScoreSheet(
  rows: readonly (readonly unknown[])[],
  students: readonly SheetStudent[],
  items: readonly SheetItem[],
): ScoreSheetResult {
  const problems: string[] = []
  const headerIndex = rows.findIndex((r) => r.some((c) => NAME_HEADERS.includes(cellText(c))))
  if (headerIndex < 0)
    return {
      entries: [],
      items: [],
      problems: ['没有找到“姓名”列：第一行应为表头，含“姓名”和各考核项目的名称'],
    }
  const header = rows[headerIndex]!.map(cellText)
  const col = (names: string[]) => header.findIndex((h) => names.includes(h))
  const nameCol = col(NAME_HEADERS)
  const seatCol = col(SEAT_HEADERS)
  const noCol = col(NO_HEADERS)
  const itemCols: { index: number; item: SheetItem }[] = []
  header.forEach((h, index) => {
    const item = items.find((i) => i.label === h)
    if (!item) return
    if (COMPUTED.has(item.code))
      problems.push(`${columnLetter(index)}列“${h}”由考勤自动计算，不能导入，请删除这一列`)
    else itemCols.push({ index, item })
  })
  if (itemCols.length === 0 && problems.length === 0)
    problems.push(
      `表头中没有考核项目：列名应为 ${items
        .filter((i) => !COMPUTED.has(i.code))
        .map((i) => i.label)
        .join('、')} 之一`,
    )

  const entries: SheetEntry[] = []
  const taken = new Map<string, number>()
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!
    const line = r + 1
    const name = cellText(row[nameCol])
    if (!name) {
      if (row.some((c) => cellText(c))) problems.push(`第${line}行 ${columnLetter(nameCol)}列：姓名为空`)
      continue
    }
    const seat = seatCol >= 0 ? cellText(row[seatCol]) : ''
    const no = noCol >= 0 ? cellText(row[noCol]) : ''
    const found = matchSheetStudent(students, name, seat, no)
    if (typeof found === 'string') {
      problems.push(`第${line}行 ${columnLetter(nameCol)}列：${found}`)
      continue
    }
    const student = found
    const earlier = taken.get(student.enrollmentId)
    if (earlier !== undefined) {
      problems.push(`第${line}行 ${columnLetter(nameCol)}列：“${name}”与第${earlier}行重复`)
      continue
    }
    taken.set(student.enrollmentId, line)
    for (const { index, item } of itemCols) {
      const text = cellText(row[index])
      if (!text) continue
      const points = Number(text)
      const where = `第${line}行 ${item.label}(${columnLetter(index)}列)`
      if (!Number.isFinite(points)) problems.push(`${where}：“${text}”不是数字`)
      else if (points < 0) problems.push(`${where}：分数不能为负`)
      else if (item.maxPoints > 0 && points > item.maxPoints)
        problems.push(`${where}：${points} 分超过本项满分 ${item.maxPoints} 分`)
      else entries.push({ enrollmentId: student.enrollmentId, itemCode: item.code, points })
    }
  }
  return { entries: problems.length ? [] : entries, problems, items: itemCols.map((c) => c.item.code) }
}

/**
 * The student a sheet row names: by 姓名, narrowed by 学号 when the sheet has one, or by 座号 among
 * namesakes. A string says why no single student was found.
 */
export function matchSheetStudent<S extends SheetStudent>(
  students: readonly S[],
  name: string,
  seat: string,
  no: string,
): S | string {
  let matches = students.filter((s) => s.name === name)
  if (no) matches = matches.filter((s) => cellText(s.studentNo) === no)
  else if (seat && matches.length > 1) matches = matches.filter((s) => cellText(s.seat) === seat)
  if (matches.length === 0) return `本班没有学员“${name}”${no ? `（学号 ${no}）` : ''}`
  if (matches.length > 1) return `本班有 ${matches.length} 位“${name}”，请在表中加上座号或学号`
  return matches[0]!
}

export { cellText as sheetCellText, NAME_HEADERS, SEAT_HEADERS, NO_HEADERS }
