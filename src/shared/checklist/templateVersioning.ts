import { defaultDueRule } from './dueDates'
import {
  CHECKLIST_PHASE_CODES,
  type ChecklistPhase,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
  type DueRule,
  type ResponsibleDepartment,
} from './types'

/**
 * Editing the template library. A template version never changes: every edit returns the next
 * version, so a class keeps pointing at the exact version it was created from, and nothing reaches
 * a running class until the user applies the update (classChecklist.ts, applyTemplateUpdate).
 * Items are never deleted, only retired, so an item code is never reused for something else.
 */

export interface NewTemplateItem {
  phase: ChecklistPhase
  matter: string
  tasks: string[]
  departments: ResponsibleDepartment[]
  /** Defaults to the phase's rule (dueDates.ts, defaultDueRule). */
  due?: DueRule
  /** Defaults to the next free code of the phase (nextItemCode). Must be unique in the template. */
  code?: string
  /** Position among the phase's items; defaults to the end of the phase. */
  index?: number
}

function notFound(code: string): Error {
  return new Error(`模板中没有编号为 ${code} 的事项`)
}

function cleanText(matter: string, tasks: string[]): { matter: string; tasks: string[] } {
  const m = matter.trim()
  if (m === '') throw new Error('事项名称不能为空')
  return { matter: m, tasks: tasks.map((t) => t.trim()).filter((t) => t !== '') }
}

/** Keeps the items grouped by phase, in CHECKLIST_PHASES order, each phase in its own order. */
function byPhase(items: ChecklistTemplateItem[]): ChecklistTemplateItem[] {
  return CHECKLIST_PHASE_CODES.flatMap((phase) => items.filter((it) => it.phase === phase))
}

/** The next version, unless the edit changed nothing (no empty versions in the library). */
function nextVersion(
  template: ChecklistTemplate,
  change: Partial<Pick<ChecklistTemplate, 'name' | 'items'>>,
): ChecklistTemplate {
  const next = { ...template, ...change }
  if (JSON.stringify(next) === JSON.stringify(template)) return template
  return { ...next, version: template.version + 1 }
}

function editItem(
  template: ChecklistTemplate,
  code: string,
  edit: (item: ChecklistTemplateItem) => ChecklistTemplateItem,
): ChecklistTemplate {
  if (!template.items.some((it) => it.code === code)) throw notFound(code)
  return nextVersion(template, { items: template.items.map((it) => (it.code === code ? edit(it) : it)) })
}

/**
 * The next free code in a phase: `<prefix>.<phase>.<nn>` with nn one past the highest number any
 * code of that phase carries (retired ones included). Built-in templates keep their tier as the
 * prefix; templates the school makes use `custom`.
 */
export function nextItemCode(template: ChecklistTemplate, phase: ChecklistPhase): string {
  const pattern = new RegExp(`\\.${phase}\\.(\\d+)$`)
  const highest = template.items.reduce((max, it) => {
    const n = pattern.exec(it.code)?.[1]
    return n === undefined ? max : Math.max(max, Number(n))
  }, 0)
  return `${template.tier}.${phase}.${String(highest + 1).padStart(2, '0')}`
}

export function addItem(template: ChecklistTemplate, input: NewTemplateItem): ChecklistTemplate {
  const code = input.code ?? nextItemCode(template, input.phase)
  if (template.items.some((it) => it.code === code)) throw new Error(`事项编号 ${code} 已存在`)
  const item: ChecklistTemplateItem = {
    code,
    phase: input.phase,
    ...cleanText(input.matter, input.tasks),
    departments: [...input.departments],
    due: { ...(input.due ?? defaultDueRule(input.phase)) },
    retired: false,
  }
  return nextVersion(template, { items: insertInPhase(template.items, item, input.index) })
}

function insertInPhase(
  items: ChecklistTemplateItem[],
  item: ChecklistTemplateItem,
  index: number | undefined,
): ChecklistTemplateItem[] {
  const grouped = byPhase(items)
  const inPhase = grouped.filter((it) => it.phase === item.phase)
  const at = Math.max(0, Math.min(index ?? inPhase.length, inPhase.length))
  inPhase.splice(at, 0, item)
  return CHECKLIST_PHASE_CODES.flatMap((phase) =>
    phase === item.phase ? inPhase : grouped.filter((it) => it.phase === phase),
  )
}

/** Changes the wording of the 事项 and/or its 具体工作 lines. */
export function rewordItem(
  template: ChecklistTemplate,
  code: string,
  change: { matter?: string; tasks?: string[] },
): ChecklistTemplate {
  return editItem(template, code, (it) => ({
    ...it,
    ...cleanText(change.matter ?? it.matter, change.tasks ?? it.tasks),
  }))
}

export function setItemDepartments(
  template: ChecklistTemplate,
  code: string,
  departments: ResponsibleDepartment[],
): ChecklistTemplate {
  return editItem(template, code, (it) => ({ ...it, departments: [...departments] }))
}

export function setItemDueRule(template: ChecklistTemplate, code: string, due: DueRule): ChecklistTemplate {
  return editItem(template, code, (it) => ({ ...it, due: { ...due } }))
}

/** Retired items stay (old class copies and printouts refer to them) but new classes do not get them. */
export function retireItem(template: ChecklistTemplate, code: string): ChecklistTemplate {
  return editItem(template, code, (it) => ({ ...it, retired: true }))
}

export function reinstateItem(template: ChecklistTemplate, code: string): ChecklistTemplate {
  return editItem(template, code, (it) => ({ ...it, retired: false }))
}

/** Moves an item to a position within its phase, or into another phase when `to.phase` is given. */
export function moveItem(
  template: ChecklistTemplate,
  code: string,
  to: { index: number; phase?: ChecklistPhase },
): ChecklistTemplate {
  const item = template.items.find((it) => it.code === code)
  if (!item) throw notFound(code)
  const rest = template.items.filter((it) => it.code !== code)
  return nextVersion(template, {
    items: insertInPhase(rest, { ...item, phase: to.phase ?? item.phase }, to.index),
  })
}

export function renameTemplate(template: ChecklistTemplate, name: string): ChecklistTemplate {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('模板名称不能为空')
  return nextVersion(template, { name: trimmed })
}

/**
 * The school's own template, copied from a version of another: version 1, tier `custom`. Item codes
 * are kept, so a class can later take the copy as an update of the original (applyTemplateUpdate
 * matches by code) without losing its ticks.
 */
export function duplicateTemplate(
  template: ChecklistTemplate,
  copy: { id: string; name: string },
): ChecklistTemplate {
  const name = copy.name.trim()
  if (name === '') throw new Error('模板名称不能为空')
  if (copy.id === template.id) throw new Error('副本需要新的模板编号')
  return {
    id: copy.id,
    name,
    tier: 'custom',
    version: 1,
    items: template.items.map((it) => ({ ...it, tasks: [...it.tasks], due: { ...it.due } })),
    derivedFrom: { templateId: template.id, version: template.version },
  }
}
