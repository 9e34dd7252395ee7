import { newClassItem, type ResponsibleDefaults } from './classChecklist'
import { dueDateFor } from './dueDates'
import { latestVersion } from './templateLibrary'
import {
  CHECKLIST_PHASE_CODES,
  type ChecklistTask,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
  type ClassChecklist,
  type ClassChecklistItem,
  type ClassDates,
} from './types'

/**
 * Taking a newer template version into a class that already has its copy. Nothing here runs by
 * itself: a running class changes only when the user looks at describeTemplateUpdate and applies.
 */

/** A newer version of the class's template, if the library has one. */
export function pendingTemplateUpdate(
  checklist: ClassChecklist,
  library: readonly ChecklistTemplate[],
): ChecklistTemplate | undefined {
  const latest = latestVersion(library, checklist.templateId)
  return latest && latest.version > checklist.templateVersion ? latest : undefined
}

export interface ItemRef {
  code: string
  matter: string
}

export interface TemplateUpdateSummary {
  /** New in the template: the class gets them 未开始. */
  added: ItemRef[]
  /** Retired (or gone) in the template: the class keeps them, marked retired, with their history. */
  retired: ItemRef[]
  /** Retired in the class's copy, active again in the template. */
  reinstated: ItemRef[]
  /** Reworded, moved to another phase, other offices, or another due rule the class had not overridden. */
  changed: ItemRef[]
}

function sameContent(item: ClassChecklistItem, t: ChecklistTemplateItem): boolean {
  return (
    item.phase === t.phase &&
    item.matter === t.matter &&
    JSON.stringify(item.tasks.map((x) => x.text)) === JSON.stringify(t.tasks) &&
    JSON.stringify(item.departments) === JSON.stringify(t.departments) &&
    (item.dueOverridden || JSON.stringify(item.due) === JSON.stringify(t.due))
  )
}

export function describeTemplateUpdate(
  checklist: ClassChecklist,
  template: ChecklistTemplate,
): TemplateUpdateSummary {
  const summary: TemplateUpdateSummary = { added: [], retired: [], reinstated: [], changed: [] }
  const inTemplate = new Map(template.items.map((t) => [t.code, t]))
  const inClass = new Map(checklist.items.map((it) => [it.code, it]))
  for (const t of template.items) {
    const item = inClass.get(t.code)
    const ref = { code: t.code, matter: t.matter }
    if (!item) {
      if (!t.retired) summary.added.push(ref)
    } else if (t.retired) {
      if (!item.retired) summary.retired.push(ref)
    } else if (item.retired) summary.reinstated.push(ref)
    else if (!sameContent(item, t)) summary.changed.push(ref)
  }
  for (const item of checklist.items) {
    if (!inTemplate.has(item.code) && !item.retired)
      summary.retired.push({ code: item.code, matter: item.matter })
  }
  return summary
}

/**
 * Keeps each tick on its line: first by identical text, then, for a reworded line, by position
 * (the old line at the same place whose text the new version no longer has).
 */
function carryTicks(old: ChecklistTask[], texts: string[]): ChecklistTask[] {
  const used = new Set<number>()
  const kept = new Set(texts)
  return texts.map((text, i) => {
    let from = old.findIndex((o, k) => !used.has(k) && o.text === text)
    const atSamePlace = old[i]
    if (from < 0 && atSamePlace && !used.has(i) && !kept.has(atSamePlace.text)) from = i
    const source = old[from]
    if (from < 0 || !source) return { text, done: false }
    used.add(from)
    return { text, done: source.done }
  })
}

/**
 * The class's copy brought to `template`: items that still exist (same code) keep their status,
 * ticks, note, responsible people, completion record and any due rule set for this class, and take
 * the template's wording, offices and phase; new items arrive 未开始; items the template retired or
 * no longer has stay in the copy, marked retired, so their history is not lost.
 */
export function applyTemplateUpdate(
  checklist: ClassChecklist,
  template: ChecklistTemplate,
  dates: ClassDates,
  defaults: ResponsibleDefaults = { headTeachers: [] },
): ClassChecklist {
  const inClass = new Map(checklist.items.map((it) => [it.code, it]))
  const inTemplate = new Set(template.items.map((t) => t.code))
  const updated: ClassChecklistItem[] = []
  for (const t of template.items) {
    const item = inClass.get(t.code)
    if (t.retired) {
      if (item) updated.push({ ...item, retired: true })
      continue
    }
    if (!item) {
      updated.push(newClassItem(t, dates, defaults))
      continue
    }
    const due = item.dueOverridden ? item.due : { ...t.due }
    updated.push({
      ...item,
      phase: t.phase,
      matter: t.matter,
      tasks: carryTicks(item.tasks, t.tasks),
      departments: t.departments.map((d) => ({ ...d })),
      due,
      dueDate: dueDateFor(due, dates),
      retired: false,
    })
  }
  const gone = checklist.items
    .filter((it) => !inTemplate.has(it.code))
    .map((it) => ({ ...it, retired: true }))
  return {
    templateId: template.id,
    templateVersion: template.version,
    templateName: template.name,
    // Template order; items the template no longer has close their phase.
    items: CHECKLIST_PHASE_CODES.flatMap((phase) => [
      ...updated.filter((it) => it.phase === phase),
      ...gone.filter((it) => it.phase === phase),
    ]),
  }
}
