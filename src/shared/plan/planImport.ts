import { formatLocalTime, timeToMinutes, type LocalDate } from './clock'
import { readDateCell } from './dateCell'
import { hoursFromDecimal } from './hours'
import { cleanHeader, findPlanHeader, type PlanColumn, type PlanField } from './planHeaders'
import {
  defaultTimesFor,
  sessionInput,
  sessionsOverlap,
  slotForTime,
  slotFromText,
  slotLabel,
  type SessionFields,
  type SessionSlot,
} from './session'
import { formFromText, formFromTopic, type SessionForm } from './sessionForm'
import { readTimeCell } from './timeCell'

/**
 * Tolerant import of a teaching plan from a sheet's rows, as SheetJS gives them with
 * `sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true })`: the header row
 * is found under any title rows, merged date cells (blank below their first row) take the date
 * above, and every doubt becomes a problem with its row and column, in Chinese, for the preview.
 * Rows with an error are left out; rows with only warnings are imported.
 */

export interface PlanImportOptions {
  /** Year for dates written without one ("3月5日"); otherwise taken from the title row. */
  defaultYear?: number
  /** The sheet row number of `rows[0]` (1 unless the sheet's range starts lower). */
  firstRowNumber?: number
  /** The workbook uses the 1904 date system. */
  date1904?: boolean
}

export interface ImportedSession extends SessionFields {
  /** Sheet row number the session came from, for the preview. */
  sourceRow: number
}

export interface PlanImportProblem {
  /** Sheet row number; null for problems with the sheet as a whole. */
  row: number | null
  /** The column's header as written in the sheet. */
  column: string | null
  field: PlanField | null
  severity: 'error' | 'warning'
  /** Complete sentence for the user: "第5行「日期」：无法识别日期“abc”". */
  message: string
}

export interface PlanImportResult {
  /** Sheet row number of the header row; null when none was found. */
  headerRow: number | null
  columns: PlanColumn[]
  unusedHeaders: string[]
  sessions: ImportedSession[]
  problems: PlanImportProblem[]
}

type Rows = readonly (readonly unknown[])[]

/** A session whose class hours leave less than this many minutes each is probably mistyped. */
const MIN_MINUTES_PER_HOUR = 30

export function importPlanRows(rows: Rows, options: PlanImportOptions = {}): PlanImportResult {
  const first = options.firstRowNumber ?? 1
  const header = findPlanHeader(rows)
  if (!header) {
    return {
      headerRow: null,
      columns: [],
      unusedHeaders: [],
      sessions: [],
      problems: [
        {
          row: null,
          column: null,
          field: null,
          severity: 'error',
          message: '未找到表头：教学计划至少需要“日期”和“课程内容（课程/专题/内容）”两列',
        },
      ],
    }
  }

  const column = new Map(header.columns.map((c) => [c.field, c]))
  const problems: PlanImportProblem[] = []
  const sessions: ImportedSession[] = []
  let year = options.defaultYear ?? yearInTitle(rows.slice(0, header.rowIndex))
  let lastDate: LocalDate | undefined
  let lastSlot: SessionSlot | undefined

  for (let r = header.rowIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? []
    const rowNo = first + r
    const cell = (f: PlanField): unknown => {
      const c = column.get(f)
      return c ? row[c.index] : undefined
    }
    const rowProblems: PlanImportProblem[] = []
    const problem = (field: PlanField | null, severity: 'error' | 'warning', reason: string) => {
      const col = field ? (column.get(field)?.header ?? null) : null
      rowProblems.push({
        row: rowNo,
        column: col,
        field,
        severity,
        message: col ? `第${rowNo}行「${col}」：${reason}` : `第${rowNo}行：${reason}`,
      })
    }
    const filled = row.filter((c) => !isBlank(c)).length
    if (filled === 0) continue

    // Date: merged cells and day-header rows carry the date down.
    const dateCell = readDateCell(cell('date'), { year, previous: lastDate, date1904: options.date1904 })
    let date: LocalDate | undefined
    let slotInDate: SessionSlot | undefined
    if (dateCell.kind === 'date') {
      date = dateCell.date
      slotInDate = dateCell.slot
      if (dateCell.warning) problem('date', 'warning', dateCell.warning)
      if (!dateCell.yearless) year = Number(date.slice(0, 4))
    } else if (dateCell.kind === 'blank') {
      date = lastDate
    }
    const topic = text(cell('topic'))

    if (filled === 1 && dateCell.kind === 'date') {
      // A day header ("9月8日（周一）") over the day's sessions.
      lastDate = date
      lastSlot = undefined
      continue
    }
    if (filled === 1 && !topic) {
      problem(null, 'warning', `“${text(row.find((c) => !isBlank(c)))}”不是课程行，已跳过`)
      problems.push(...rowProblems)
      continue
    }
    if (dateCell.kind === 'invalid') {
      problem(
        'date',
        'error',
        dateCell.noYear
          ? `日期“${dateCell.text}”没有年份，请在导入时指定年份`
          : `无法识别日期“${dateCell.text}”`,
      )
    } else if (!date) {
      problem('date', 'error', '缺少日期')
    }
    if (!topic) problem('topic', 'error', '缺少课程内容')

    // Slot and times.
    const slotText = text(cell('slot'))
    const slotInColumn = slotText ? slotFromText(slotText) : undefined
    if (slotText && !slotInColumn) problem('slot', 'warning', `无法识别时段“${slotText}”，按时间判断`)
    const hint = slotInColumn ?? slotInDate
    const timeCell = readTimeCell(cell('time'), hint)
    if (timeCell.kind === 'invalid') problem('time', 'error', `无法识别时间“${timeCell.text}”`)
    let start = timeCell.kind === 'time' ? timeCell.start : undefined
    let end = timeCell.kind === 'time' ? timeCell.end : undefined
    for (const f of ['start', 'end'] as const) {
      const c = readTimeCell(cell(f), hint)
      if (c.kind === 'invalid') problem(f, 'error', `无法识别时间“${c.text}”`)
      if (c.kind === 'time' && c.start) {
        if (f === 'start') start = c.start
        else end = c.start
      }
    }
    const slotInTime = timeCell.kind === 'time' ? timeCell.slot : undefined
    let slot = hint ?? slotInTime ?? (start ? slotForTime(start) : undefined)
    if (!slot && !start && date === lastDate && lastSlot && isBlank(cell('slot')) && column.has('slot')) {
      slot = lastSlot // a merged 时段 cell over several sessions without times
    }
    if (slot && start && hint && slotForTime(start) !== slot) {
      problem('time', 'warning', `时间 ${start} 与时段“${slotLabel(slot)}”不符，请核对`)
    }
    if (!slot && timeCell.kind !== 'invalid')
      problem(column.has('slot') ? 'slot' : 'time', 'error', '缺少时段或时间')

    // Hours.
    const hours = readHours(cell('hours'))
    if (hours.kind === 'invalid') problem('hours', 'error', hours.reason)
    if (hours.kind === 'blank') problem('hours', 'warning', '未填学时，按 0 学时导入')
    const hourValue = hours.kind === 'ok' ? hours.value : 0

    if (slot && !end) {
      const defaults = defaultTimesFor(slot)
      if (!start) {
        start = defaults.start
        end = defaults.end
      } else if (defaults.end > start) {
        end = defaults.end
        problem('time', 'warning', `只有开始时间，结束时间按${slotLabel(slot)}默认的 ${end} 计`)
      } else {
        end = formatLocalTime(Math.min(timeToMinutes(start) + Math.max(60, hourValue * 60), 1439))
        problem('time', 'warning', `只有开始时间，结束时间按学时估为 ${end}`)
      }
    }

    // Form.
    const formText = text(cell('form'))
    let form: SessionForm
    if (formText) {
      const known = formFromText(formText) ?? formFromText(cleanHeader(formText))
      form = known ?? 'other'
      if (!known) problem('form', 'warning', `未识别的教学形式“${formText}”，按“其他”导入`)
    } else {
      // Without a form, the topic's wording decides ("现场教学：…"); most sessions are lectures.
      form = formFromTopic(topic) ?? 'lecture'
    }

    if (date) {
      lastDate = date
      lastSlot = slot
    }
    const hasError = rowProblems.some((p) => p.severity === 'error')
    if (!hasError && date && slot && start && end) {
      const fields = {
        date,
        slot,
        start,
        end,
        topic,
        form,
        teacher: text(cell('teacher')),
        place: text(cell('place')),
        hours: hourValue,
        note: text(cell('note')),
      }
      const parsed = sessionInput.safeParse(fields)
      if (parsed.success) {
        checkPlausible(parsed.data, sessions, problem)
        sessions.push({ ...parsed.data, sourceRow: rowNo })
      } else {
        for (const issue of parsed.error.issues) {
          const f = issue.path[0]
          problem(isPlanField(f) ? f : null, 'error', issue.message)
        }
      }
    }
    problems.push(...rowProblems)
  }
  return {
    headerRow: first + header.rowIndex,
    columns: header.columns,
    unusedHeaders: header.unused,
    sessions,
    problems,
  }
}

function checkPlausible(
  s: SessionFields,
  earlier: readonly ImportedSession[],
  problem: (field: PlanField | null, severity: 'warning', reason: string) => void,
): void {
  const minutes = timeToMinutes(s.end) - timeToMinutes(s.start)
  if (s.hours > 0 && minutes / s.hours < MIN_MINUTES_PER_HOUR) {
    problem('hours', 'warning', `${s.hours} 学时与时间 ${s.start}-${s.end}（${minutes} 分钟）不符，请核对`)
  }
  const clash = earlier.find((e) => sessionsOverlap(e, s))
  if (clash) problem('time', 'warning', `与第${clash.sourceRow}行的课程时间重叠`)
}

type HoursCell = { kind: 'ok'; value: number } | { kind: 'blank' } | { kind: 'invalid'; reason: string }

function readHours(cell: unknown): HoursCell {
  if (isBlank(cell)) return { kind: 'blank' }
  let value: number
  if (typeof cell === 'number') value = cell
  else {
    const t = text(cell).replace(/[\s\u3000]/g, '')
    const m = /^(\d+(?:\.\d+)?)(?:学时|课时|小时|h)?$/i.exec(t)
    if (!m) return { kind: 'invalid', reason: `无法识别学时“${t}”` }
    value = Number(m[1])
  }
  if (!Number.isFinite(value) || value < 0)
    return { kind: 'invalid', reason: `学时“${String(cell)}”不是有效数字` }
  if (value > 24) return { kind: 'invalid', reason: `学时 ${value} 过大（一节课不超过 24 学时）` }
  if (100n % hoursFromDecimal(value).d !== 0n)
    return { kind: 'invalid', reason: `学时 ${value} 最多保留两位小数` }
  return { kind: 'ok', value }
}

function isPlanField(x: unknown): x is PlanField {
  return (
    typeof x === 'string' &&
    ['date', 'slot', 'time', 'start', 'end', 'topic', 'form', 'teacher', 'place', 'hours', 'note'].includes(x)
  )
}

function isBlank(c: unknown): boolean {
  return c == null || (typeof c === 'string' && !c.trim())
}

function text(c: unknown): string {
  if (c == null) return ''
  if (typeof c === 'string') return c.trim()
  if (typeof c === 'number' || typeof c === 'boolean') return String(c)
  return ''
}

/** "2025年秋季中青年干部培训班教学计划" → 2025. */
function yearInTitle(rows: Rows): number | undefined {
  for (const row of rows) {
    for (const c of row) {
      const m = typeof c === 'string' ? /((?:19|20)\d{2})\s*年/.exec(c) : null
      if (m) return Number(m[1])
    }
  }
  return undefined
}
