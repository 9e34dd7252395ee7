import { normalizeHeaderText } from '../roster/headerMap'
import { normalizeIdNumber } from '../roster/idCard'
import { normalizeName } from '../roster/text'
import type { PlacementFields } from './records'

/**
 * Reading a placement list (挂职安排表) the organisation department sends: one row per student with
 * the host unit, post, 联络人, 带教责任人 and dispatching unit. Students are matched to the class's
 * roster by name (and by ID number when the sheet has one, to tell namesakes apart). All or nothing:
 * any problem refuses the whole file, and each problem names its row and column.
 */
export type PlacementColumn =
  'name' | 'idNumber' | 'hostUnit' | 'post' | 'contact' | 'mentor' | 'dispatchingUnit' | 'note'

export const PLACEMENT_COLUMNS: readonly {
  field: PlacementColumn
  label: string
  headers: string[]
  required?: boolean
}[] = [
  { field: 'name', label: '姓名', headers: ['姓名', '学员姓名', '挂职学员'], required: true },
  { field: 'idNumber', label: '身份证号码', headers: ['身份证号', '身份证号码', '公民身份号码'] },
  { field: 'hostUnit', label: '挂职单位', headers: ['挂职单位', '接收单位', '挂职锻炼单位'], required: true },
  { field: 'post', label: '挂职岗位', headers: ['挂职岗位', '挂职职务', '岗位'] },
  { field: 'contact', label: '联络人', headers: ['联络人', '挂职单位联络人', '联系人'] },
  { field: 'mentor', label: '带教责任人', headers: ['带教责任人', '带教人', '带教导师'] },
  { field: 'dispatchingUnit', label: '派出单位', headers: ['派出单位', '原单位', '工作单位'] },
  { field: 'note', label: '备注', headers: ['备注'] },
]

export interface PlacementStudent {
  enrollmentId: string
  name: string
  idNumber: string
}

export interface PlacementProblem {
  /** Excel row number (1-based); 0 for the file as a whole. */
  row: number
  /** Column header as written, '' for the row as a whole. */
  column: string
  message: string
}

export type PlacementRow = Omit<PlacementFields, 'classId'> & { name: string; row: number }

export type PlacementImport = { ok: true; rows: PlacementRow[] } | { ok: false; problems: PlacementProblem[] }

const columnLetter = (c: number): string =>
  c < 26
    ? String.fromCharCode(65 + c)
    : columnLetter(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26))

/** Finds the header row (in the first 10 rows) and maps each column. */
function findHeader(
  text: readonly string[][],
): { row: number; columns: Map<PlacementColumn, number> } | null {
  for (let r = 0; r < Math.min(10, text.length); r++) {
    const columns = new Map<PlacementColumn, number>()
    ;(text[r] ?? []).forEach((cell, c) => {
      const h = normalizeHeaderText(cell)
      const col = PLACEMENT_COLUMNS.find((p) => p.headers.some((x) => normalizeHeaderText(x) === h))
      if (col && !columns.has(col.field)) columns.set(col.field, c)
    })
    if (columns.has('name') && columns.has('hostUnit')) return { row: r, columns }
  }
  return null
}

export function readPlacements(
  fileName: string,
  text: readonly string[][],
  students: readonly PlacementStudent[],
): PlacementImport {
  const header = findHeader(text)
  if (!header)
    return {
      ok: false,
      problems: [
        {
          row: 0,
          column: '',
          message: `${fileName}：前 10 行中找不到表头（至少需要“姓名”和“挂职单位”两列），请检查文件后重新导入`,
        },
      ],
    }
  const problems: PlacementProblem[] = []
  const rows: PlacementRow[] = []
  const seen = new Map<string, number>()
  const headerText = (f: PlacementColumn) => {
    const c = header.columns.get(f)
    return c === undefined ? '' : `${columnLetter(c)}列“${text[header.row]![c]!.trim()}”`
  }
  const cell = (r: number, f: PlacementColumn) => {
    const c = header.columns.get(f)
    return c === undefined ? '' : (text[r]?.[c] ?? '').trim()
  }
  for (let r = header.row + 1; r < text.length; r++) {
    if ((text[r] ?? []).every((v) => v.trim() === '')) continue
    const excelRow = r + 1
    const problem = (f: PlacementColumn | '', message: string) =>
      problems.push({
        row: excelRow,
        column: f ? headerText(f) : '',
        message: `${fileName} 第 ${excelRow} 行${f ? ` ${headerText(f)}` : ''}：${message}`,
      })
    const name = normalizeName(cell(r, 'name'))
    if (!name) {
      problem('name', '姓名为空，请填写或删除该行')
      continue
    }
    const id = normalizeIdNumber(cell(r, 'idNumber'))
    let matches = students.filter((s) => normalizeName(s.name) === name)
    if (id) matches = matches.filter((s) => normalizeIdNumber(s.idNumber) === id)
    if (matches.length === 0) {
      problem(
        'name',
        `本班花名册中没有“${name}”${id ? '（身份证号码也不符）' : ''}，请先核对花名册或更正姓名`,
      )
      continue
    }
    if (matches.length > 1) {
      problem('name', `本班有 ${matches.length} 名学员叫“${name}”，请在表中加“身份证号码”列以区分`)
      continue
    }
    const student = matches[0]!
    const earlier = seen.get(student.enrollmentId)
    if (earlier !== undefined) {
      problem('name', `“${name}”在第 ${earlier} 行已有挂职安排：一名学员只能有一个挂职岗位，请删除重复行`)
      continue
    }
    seen.set(student.enrollmentId, excelRow)
    const hostUnit = cell(r, 'hostUnit')
    if (!hostUnit) {
      problem('hostUnit', '挂职单位为空，请填写')
      continue
    }
    const tooLong = (['hostUnit', 'post', 'dispatchingUnit'] as const).find((f) => cell(r, f).length > 100)
    if (tooLong) {
      problem(tooLong, '内容超过 100 字，请精简')
      continue
    }
    const longName = (['contact', 'mentor'] as const).find((f) => cell(r, f).length > 50)
    if (longName) {
      problem(longName, '内容超过 50 字，请只填写姓名（及职务）')
      continue
    }
    rows.push({
      row: excelRow,
      name,
      enrollmentId: student.enrollmentId,
      hostUnit,
      post: cell(r, 'post'),
      contact: cell(r, 'contact'),
      mentor: cell(r, 'mentor'),
      dispatchingUnit: cell(r, 'dispatchingUnit'),
      note: cell(r, 'note').slice(0, 500),
    })
  }
  if (problems.length > 0) return { ok: false, problems }
  if (rows.length === 0)
    return {
      ok: false,
      problems: [{ row: 0, column: '', message: `${fileName}：表头下没有学员行，请检查文件` }],
    }
  return { ok: true, rows }
}
