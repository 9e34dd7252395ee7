/**
 * Tolerant import of a branch's own member list (姓名, 学号/工号, 党员/预备党员, 入党日期, 转正日期,
 * 党内职务) and of volunteer hours (姓名/学号, 日期, 时长) from a sheet read by the roster's guarded
 * reader (shared/roster/parseWorkbook.ts). Headers are found under title rows and compared the
 * roster's way (normalizeHeaderText), names and numbers cleaned the roster's way, dates read with
 * the roster's date reader. Every problem names the row and the column; a file with any error is
 * refused as a whole (all or nothing): the caller writes nothing.
 */
import type { SheetGrid } from '../roster/sheetGrid'
import { normalizeHeaderText, HEADER_SCAN_ROWS } from '../roster/headerMap'
import { columnLetter } from '../roster/fields'
import { formatYearMonthDay, parseBirthDateCell } from '../roster/excelDate'
import { normalizeName, removeSpaces, toHalfWidth } from '../roster/text'
import type { LedgerMemberFields } from './records'

export interface ImportProblem {
  /** Excel row number (1-based); null for the sheet as a whole. */
  row: number | null
  /** Column letter and header, e.g. "C列「入党日期」". */
  column: string | null
  message: string
}

type Grid = Pick<SheetGrid, 'text' | 'raw'>

interface FieldSpec<F extends string> {
  field: F
  label: string
  names: readonly string[]
  required: boolean
}

function findHeader<F extends string>(
  grid: Grid,
  specs: readonly FieldSpec<F>[],
): { row: number; columns: Partial<Record<F, number>>; headers: string[] } | null {
  for (let r = 0; r < Math.min(grid.text.length, HEADER_SCAN_ROWS); r++) {
    const cells = grid.text[r] ?? []
    const columns: Partial<Record<F, number>> = {}
    cells.forEach((cell, c) => {
      const h = normalizeHeaderText(cell).replace(/[(（][^)）]*[)）]/g, '')
      const spec = specs.find((s) => s.names.includes(h) && columns[s.field] === undefined)
      if (spec) columns[spec.field] = c
    })
    if (Object.keys(columns).length >= 2) return { row: r, columns, headers: cells }
  }
  return null
}

const colName = (headers: readonly string[], c: number) => `${columnLetter(c)}列「${headers[c] ?? ''}」`

function missingColumns<F extends string>(
  specs: readonly FieldSpec<F>[],
  columns: Partial<Record<F, number>>,
): string[] {
  return specs.filter((s) => s.required && columns[s.field] === undefined).map((s) => `「${s.label}」`)
}

const cleanNo = (t: string) => removeSpaces(toHalfWidth(t))

// ---------------------------------------------------------------------------------------------
// Member list

type MemberField = 'name' | 'staffNo' | 'status' | 'joinedOn' | 'fullOn' | 'partyPost' | 'form'

const MEMBER_SPECS: readonly FieldSpec<MemberField>[] = [
  { field: 'name', label: '姓名', names: ['姓名', '党员姓名', '学员姓名', '名字'], required: true },
  {
    field: 'staffNo',
    label: '学号/工号',
    names: ['学号/工号', '学号工号', '学号', '工号', '职工号', '学籍号', '编号', '人员编号'],
    required: false,
  },
  {
    field: 'status',
    label: '党员/预备党员',
    names: ['党员/预备党员', '党员类别', '党员身份', '政治面貌', '类别', '身份', '党籍状态', '人员类别'],
    required: false,
  },
  { field: 'joinedOn', label: '入党日期', names: ['入党日期', '入党时间', '入党年月'], required: false },
  { field: 'fullOn', label: '转正日期', names: ['转正日期', '转正时间', '转正年月'], required: false },
  {
    field: 'partyPost',
    label: '党内职务',
    names: ['党内职务', '支部职务', '党内职位', '党内任职', '职务'],
    required: false,
  },
  { field: 'form', label: '考核类别', names: ['考核类别', '考核对象', '量化考核类别'], required: false },
]

export type ImportedMember = Omit<LedgerMemberFields, 'branchId' | 'personId' | 'classId' | 'from' | 'to'> & {
  excelRow: number
}

export type MemberImport = { ok: true; members: ImportedMember[] } | { ok: false; problems: ImportProblem[] }

function readStatus(text: string): LedgerMemberFields['status'] | null {
  const t = removeSpaces(text)
  if (t === '' || /^(中共)?(正式)?党员$/.test(t)) return 'full'
  if (/^(中共)?预备党员$/.test(t)) return 'probationary'
  return null
}

function readPartialDate(raw: unknown, text: string): string | null {
  if (text.trim() === '' && (raw === null || raw === '')) return ''
  const d = parseBirthDateCell(raw, text)
  return d ? formatYearMonthDay(d) : null
}

/** A member list → members, or every problem found (the whole file is refused). */
export function importMemberList(grid: Grid, fileName: string): MemberImport {
  const header = findHeader(grid, MEMBER_SPECS)
  if (!header)
    return {
      ok: false,
      problems: [
        {
          row: null,
          column: null,
          message: `文件“${fileName}”的前 ${HEADER_SCAN_ROWS} 行中找不到表头：请确认第一张工作表有“姓名”“学号/工号”“党员/预备党员”“入党日期”等列`,
        },
      ],
    }
  const missing = missingColumns(MEMBER_SPECS, header.columns)
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        {
          row: header.row + 1,
          column: null,
          message: `文件“${fileName}”缺少${missing.join('、')}列，请补上后再导入`,
        },
      ],
    }
  const problems: ImportProblem[] = []
  const members: ImportedMember[] = []
  const seenNo = new Map<string, number>()
  const cols = header.columns
  for (let r = header.row + 1; r < grid.text.length; r++) {
    const text = grid.text[r] ?? []
    const raw = grid.raw[r] ?? []
    if (text.every((t) => t.trim() === '')) continue
    const excelRow = r + 1
    const cell = (f: MemberField) => (cols[f] === undefined ? '' : (text[cols[f]] ?? '').trim())
    const rawCell = (f: MemberField) => (cols[f] === undefined ? null : (raw[cols[f]] ?? null))
    const at = (f: MemberField) => colName(header.headers, cols[f] ?? 0)
    const fail = (f: MemberField, message: string) =>
      problems.push({ row: excelRow, column: at(f), message: `第${excelRow}行 ${at(f)}：${message}` })
    const name = normalizeName(cell('name'))
    if (!name) {
      fail('name', '姓名为空，请填写或删除这一行')
      continue
    }
    const staffNo = cleanNo(cell('staffNo'))
    if (staffNo) {
      const first = seenNo.get(staffNo)
      if (first !== undefined) fail('staffNo', `学号/工号“${staffNo}”与第${first}行重复，请核对`)
      else seenNo.set(staffNo, excelRow)
    }
    const status = readStatus(cell('status'))
    if (status === null) fail('status', `“${cell('status')}”无法识别，应填“党员”或“预备党员”`)
    const joinedOn = readPartialDate(rawCell('joinedOn'), cell('joinedOn'))
    if (joinedOn === null) fail('joinedOn', `“${cell('joinedOn')}”不是日期，请写成 2020-06-01 或 2020.06`)
    const fullOn = readPartialDate(rawCell('fullOn'), cell('fullOn'))
    if (fullOn === null) fail('fullOn', `“${cell('fullOn')}”不是日期，请写成 2021-06-01 或 2021.06`)
    if (status === 'probationary' && fullOn)
      fail('fullOn', '预备党员不应有转正日期：请核对“党员/预备党员”或转正日期')
    if (joinedOn && fullOn && fullOn < joinedOn) fail('fullOn', '转正日期早于入党日期，请核对')
    const formText = cell('form')
    members.push({
      excelRow,
      name,
      staffNo,
      status: status ?? 'full',
      joinedOn: joinedOn ?? '',
      fullOn: fullOn ?? '',
      partyPost: cell('partyPost'),
      form: formText.includes('领导') ? 'leader' : 'member',
    })
  }
  if (problems.length === 0 && members.length === 0)
    problems.push({ row: null, column: null, message: `文件“${fileName}”表头下没有党员名单` })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, members }
}

// ---------------------------------------------------------------------------------------------
// Volunteer hours

type VolunteerField = 'name' | 'staffNo' | 'date' | 'hours' | 'note'

const VOLUNTEER_SPECS: readonly FieldSpec<VolunteerField>[] = [
  { field: 'name', label: '姓名', names: ['姓名', '志愿者姓名', '党员姓名', '名字'], required: false },
  {
    field: 'staffNo',
    label: '学号/工号',
    names: ['学号/工号', '学号工号', '学号', '工号', '职工号', '编号'],
    required: false,
  },
  {
    field: 'date',
    label: '日期',
    names: ['日期', '服务日期', '活动日期', '志愿服务日期', '时间', '服务时间'],
    required: true,
  },
  {
    field: 'hours',
    label: '时长',
    names: ['时长', '服务时长', '志愿时长', '小时', '时数', '工时', '志愿服务时长', '小时数'],
    required: true,
  },
  {
    field: 'note',
    label: '活动',
    names: ['活动', '活动名称', '服务内容', '项目', '内容', '备注'],
    required: false,
  },
]

export interface MemberKey {
  id: string
  name: string
  staffNo: string
}

export interface ImportedHours {
  excelRow: number
  memberId: string
  date: string
  hours: number
  note: string
}

export type VolunteerImport = { ok: true; rows: ImportedHours[] } | { ok: false; problems: ImportProblem[] }

function readDay(raw: unknown, text: string): string | null {
  const d = parseBirthDateCell(raw, text)
  if (!d || d.d === undefined || d.months.length !== 1) return null
  return formatYearMonthDay(d)
}

/**
 * Volunteer hours → rows matched to the branch's members: by 学号/工号 when the file has it
 * (the name must then agree), else by name (which must be unique in the branch).
 */
export function importVolunteerHours(
  grid: Grid,
  fileName: string,
  members: readonly MemberKey[],
): VolunteerImport {
  const header = findHeader(grid, VOLUNTEER_SPECS)
  const sheetProblem = (message: string, row: number | null = null): VolunteerImport => ({
    ok: false,
    problems: [{ row, column: null, message }],
  })
  if (!header)
    return sheetProblem(
      `文件“${fileName}”的前 ${HEADER_SCAN_ROWS} 行中找不到表头：请确认有“姓名”或“学号/工号”、“日期”、“时长”列`,
    )
  const cols = header.columns
  const missing = missingColumns(VOLUNTEER_SPECS, cols)
  if (cols.name === undefined && cols.staffNo === undefined) missing.unshift('「姓名」或「学号/工号」')
  if (missing.length > 0)
    return sheetProblem(`文件“${fileName}”缺少${missing.join('、')}列，请补上后再导入`, header.row + 1)
  const byNo = new Map(members.filter((m) => m.staffNo).map((m) => [cleanNo(m.staffNo), m]))
  const byName = new Map<string, MemberKey[]>()
  for (const m of members)
    byName.set(normalizeName(m.name), [...(byName.get(normalizeName(m.name)) ?? []), m])
  const problems: ImportProblem[] = []
  const rows: ImportedHours[] = []
  for (let r = header.row + 1; r < grid.text.length; r++) {
    const text = grid.text[r] ?? []
    const raw = grid.raw[r] ?? []
    if (text.every((t) => t.trim() === '')) continue
    const excelRow = r + 1
    const cell = (f: VolunteerField) => (cols[f] === undefined ? '' : (text[cols[f]] ?? '').trim())
    const at = (f: VolunteerField) => colName(header.headers, cols[f] ?? 0)
    const fail = (f: VolunteerField, message: string) =>
      problems.push({ row: excelRow, column: at(f), message: `第${excelRow}行 ${at(f)}：${message}` })
    const name = normalizeName(cell('name'))
    const no = cleanNo(cell('staffNo'))
    let member: MemberKey | undefined
    if (no) {
      member = byNo.get(no)
      if (!member) fail('staffNo', `学号/工号“${no}”不是本支部的党员，请核对或先把此人加入支部`)
      else if (name && normalizeName(member.name) !== name)
        fail('name', `姓名“${name}”与学号/工号“${no}”登记的“${member.name}”不一致，请核对`)
    } else if (name) {
      const found = byName.get(name) ?? []
      if (found.length === 1) member = found[0]
      else if (found.length === 0) fail('name', `“${name}”不是本支部的党员，请核对姓名或先把此人加入支部`)
      else fail('name', `本支部有 ${found.length} 名“${name}”，请在文件中加上学号/工号`)
    } else {
      fail(cols.name !== undefined ? 'name' : 'staffNo', '姓名和学号/工号都为空，请填写')
    }
    const date = readDay(cols.date === undefined ? null : (raw[cols.date] ?? null), cell('date'))
    if (!date) fail('date', `“${cell('date')}”不是完整的日期，请写成 2025-03-05`)
    const hoursText = toHalfWidth(cell('hours')).replace(/(小时|h|H|时)$/, '')
    const hours = Number(hoursText)
    if (!hoursText || !Number.isFinite(hours) || hours <= 0 || hours > 24)
      fail('hours', `“${cell('hours')}”不是 0–24 之间的小时数`)
    if (member && date && Number.isFinite(hours) && hours > 0 && hours <= 24)
      rows.push({
        excelRow,
        memberId: member.id,
        date,
        hours: Math.round(hours * 10) / 10,
        note: cell('note'),
      })
  }
  if (problems.length === 0 && rows.length === 0)
    problems.push({ row: null, column: null, message: `文件“${fileName}”表头下没有记录` })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows }
}
