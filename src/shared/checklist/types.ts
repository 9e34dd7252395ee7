/**
 * The head teacher's duty checklist (班主任班务工作事项表, seed 000 附1): the shapes shared by
 * the built-in templates, the template library and a class's own copy.
 */

/** The four parts of the table, in the seed's order and with the seed's exact headings. */
export const CHECKLIST_PHASES = [
  { code: 'prep', label: '开班准备（开班前）' },
  { code: 'during', label: '班级事务（培训中）' },
  { code: 'closing', label: '班级收尾（结业后）' },
  { code: 'notes', label: '其他注意事项' },
] as const
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number]['code']
export const CHECKLIST_PHASE_CODES = CHECKLIST_PHASES.map((p) => p.code) as [
  ChecklistPhase,
  ...ChecklistPhase[],
]

/**
 * Who the 责任人 column names. The eight offices of DOMAIN.md's glossary, plus 相关领导, which
 * the ordinary-class table names for 入学教育 (seed 000 附1, 一般班级, 入学教育: "★班主任，相关领导").
 * The names are the seed's own words; they are shown and printed as they are.
 */
export const DEPARTMENTS = [
  '教务科',
  '学员工作科',
  '行政科',
  '教研室',
  '科研室',
  '校长室',
  '班主任',
  '临时党支部',
  '相关领导',
] as const
export type Department = (typeof DEPARTMENTS)[number]

/**
 * ★ marks the lead (负责), ☆ the assisting side. A few cells name an office with no mark at all
 * (学员评优: "学员工作科 ★班主任"); that office is kept, in its place, as `listed`.
 */
export type DepartmentRole = 'lead' | 'assist' | 'listed'
export interface ResponsibleDepartment {
  department: Department
  role: DepartmentRole
}

/**
 * When an item falls due: a number of calendar days from the class's first day (`start`) or last
 * day (`end`); negative is before. Seed 000 附1 states no number of days anywhere, so every rule in
 * the built-in templates is a default the school edits.
 */
export interface DueRule {
  anchor: 'start' | 'end'
  offsetDays: number
}

/** One row of the table: one 事项 cell (shared by the rows of a merged cell) and its 具体工作 lines. */
export interface ChecklistTemplateItem {
  /** Stable across versions (e.g. `key.prep.01`): class copies and template updates match on it. */
  code: string
  phase: ChecklistPhase
  /** 事项. Rows of one merged cell repeat it; a two-line cell keeps its line break. */
  matter: string
  /** 具体工作, one entry per line of the cell; each is a sub-tick on a class's copy. */
  tasks: string[]
  /** 责任人, in the cell's order. */
  departments: ResponsibleDepartment[]
  due: DueRule
  /** Retired items stay in the template (old class copies still refer to them) but are not copied. */
  retired: boolean
}

export type ChecklistTemplateTier = 'key' | 'ordinary' | 'custom'

/** A template version. Immutable: every edit returns a new version (see templateVersioning.ts). */
export interface ChecklistTemplate {
  id: string
  name: string
  tier: ChecklistTemplateTier
  version: number
  /** Grouped by phase in CHECKLIST_PHASES order; within a phase, the table's order. */
  items: ChecklistTemplateItem[]
  /** For a template made by duplicating another: which version it was copied from. */
  derivedFrom?: { templateId: string; version: number }
}

export const CHECKLIST_STATUSES = [
  { code: 'notStarted', label: '未开始' },
  { code: 'inProgress', label: '进行中' },
  { code: 'done', label: '已完成' },
  { code: 'notApplicable', label: '不适用' },
] as const
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number]['code']

export interface ChecklistTask {
  text: string
  done: boolean
}

/** The class dates due rules are counted from (ISO YYYY-MM-DD, as on TrainingClass). */
export interface ClassDates {
  startDate: string
  endDate: string
}

/** One item of a class's own copy. Flat so that it can be stored as its own record. */
export interface ClassChecklistItem {
  code: string
  phase: ChecklistPhase
  matter: string
  tasks: ChecklistTask[]
  departments: ResponsibleDepartment[]
  due: DueRule
  /** Set when the rule was changed for this class: a template update then leaves it alone. */
  dueOverridden: boolean
  /** Computed from `due` and the class dates; recomputed when either changes. */
  dueDate: string
  /** People (names) answering for the item. */
  responsible: string[]
  status: ChecklistStatus
  completedBy: string | null
  /** ISO date or date-time of completion, as the caller passes it. */
  completedAt: string | null
  note: string
  /** Retired in a later template version the class applied: kept with its history, not counted. */
  retired: boolean
}

/** A class's copy of a template version. */
export interface ClassChecklist {
  templateId: string
  templateVersion: number
  templateName: string
  items: ClassChecklistItem[]
}

export function checklistPhaseLabel(code: ChecklistPhase): string {
  return CHECKLIST_PHASES.find((p) => p.code === code)?.label ?? code
}

export function checklistStatusLabel(code: ChecklistStatus): string {
  return CHECKLIST_STATUSES.find((s) => s.code === code)?.label ?? code
}

/** 已完成 and 不适用 both close an item: nothing more is expected of anyone. */
export function isFinished(status: ChecklistStatus): boolean {
  return status === 'done' || status === 'notApplicable'
}
