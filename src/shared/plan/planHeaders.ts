/**
 * Header mapping for teaching-plan sheets (课表/教学计划). Schools word their columns many ways;
 * each field lists the words seen for it. Matching is exact after cleaning first, then by
 * containment (longest word wins), so "上课时间" is a time and "课程内容（专题）" a topic.
 */
export const PLAN_FIELDS = [
  { field: 'date', label: '日期', words: ['日期', '上课日期', '授课日期', '月日', '日期星期', '时间日期'] },
  {
    field: 'slot',
    label: '时段',
    words: ['时段', '上午下午', '上下午', '上/下午', '午别', '时间段', '半天'],
  },
  {
    field: 'time',
    label: '时间',
    words: ['时间', '上课时间', '授课时间', '起止时间', '具体时间', '课时时间'],
  },
  { field: 'start', label: '开始时间', words: ['开始时间', '起始时间', '开始'] },
  { field: 'end', label: '结束时间', words: ['结束时间', '终止时间', '结束'] },
  {
    field: 'topic',
    label: '课程内容',
    words: [
      '课程',
      '专题',
      '内容',
      '课程内容',
      '教学内容',
      '课程名称',
      '专题名称',
      '题目',
      '课题',
      '教学专题',
      '课程专题',
      '主题',
      '教学安排',
    ],
  },
  {
    field: 'form',
    label: '教学形式',
    words: ['形式', '教学形式', '授课形式', '课程形式', '类型', '教学方式', '课程类型', '方式'],
  },
  {
    field: 'teacher',
    label: '授课人',
    words: [
      '授课人',
      '主讲',
      '主讲人',
      '教师',
      '授课教师',
      '授课老师',
      '主讲教师',
      '老师',
      '授课',
      '主持人',
      '师资',
    ],
  },
  { field: 'place', label: '地点', words: ['地点', '上课地点', '教学地点', '教室', '场地', '授课地点'] },
  { field: 'hours', label: '学时', words: ['学时', '课时', '学时数', '课时数'] },
  { field: 'note', label: '备注', words: ['备注', '说明'] },
] as const

export type PlanField = (typeof PLAN_FIELDS)[number]['field']

export function planFieldLabel(field: PlanField): string {
  return PLAN_FIELDS.find((f) => f.field === field)?.label ?? field
}

/** Strip spaces, line breaks, bracketed remarks ("学时（小时）"), stars and trailing colons. */
export function cleanHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s\u3000*＊:：]+/g, '')
    .trim()
}

/** The field a header cell names, or undefined. */
export function fieldForHeader(text: string): PlanField | undefined {
  const h = cleanHeader(text)
  if (!h) return undefined
  for (const f of PLAN_FIELDS) if ((f.words as readonly string[]).includes(h)) return f.field
  // Containment only for short headers: a title row ("2025年…教学计划") is not a header.
  if (h.length > 8) return undefined
  let best: { field: PlanField; len: number } | undefined
  for (const f of PLAN_FIELDS) {
    for (const w of f.words) {
      if (w.length >= 2 && h.includes(w) && (!best || w.length > best.len))
        best = { field: f.field, len: w.length }
    }
  }
  return best?.field
}

export interface PlanColumn {
  field: PlanField
  /** Zero-based index in the row. */
  index: number
  /** The header as written, for messages. */
  header: string
}

export interface HeaderMatch {
  /** Zero-based index of the header row among the rows given. */
  rowIndex: number
  columns: PlanColumn[]
  /** Headers that named no field, or a field already taken by a column to their left. */
  unused: string[]
}

/** How far below the top a header row is looked for (title rows, notes, blank lines). */
const HEADER_SEARCH_ROWS = 15

/**
 * The first row that names a date column and a topic column and at least one more field: a
 * title like "课程安排" alone never qualifies.
 */
export function findPlanHeader(rows: readonly (readonly unknown[])[]): HeaderMatch | undefined {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS)
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? []
    const columns: PlanColumn[] = []
    const unused: string[] = []
    row.forEach((cell, index) => {
      if (typeof cell !== 'string' || !cell.trim()) return
      const field = fieldForHeader(cell)
      if (field && !columns.some((c) => c.field === field))
        columns.push({ field, index, header: cell.trim() })
      else unused.push(cell.trim())
    })
    const has = (f: PlanField) => columns.some((c) => c.field === f)
    if (has('date') && has('topic') && columns.length >= 3) return { rowIndex: r, columns, unused }
  }
  return undefined
}

/**
 * Whether a row's cells are a teaching plan's header (the row `findPlanHeader` would take), so a
 * plan picked where a roster is wanted can be named as such.
 */
export function looksLikePlan(cells: readonly unknown[]): boolean {
  return findPlanHeader([cells]) !== undefined
}
