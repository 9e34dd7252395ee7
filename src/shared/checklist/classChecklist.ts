import { dueDateFor } from './dueDates'
import {
  isFinished,
  type ChecklistStatus,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
  type ClassChecklist,
  type ClassChecklistItem,
  type ClassDates,
  type Department,
  type DueRule,
} from './types'

/**
 * A class's own copy of a checklist template, and the edits a head teacher makes to it. All
 * functions return new values; an item is flat so the data layer can store it as its own record.
 */

/** Who answers for items by default: staff of each lead office when known, else the head teachers. */
export interface ResponsibleDefaults {
  headTeachers: string[]
  staffByDepartment?: Partial<Record<Department, string[]>>
}

/**
 * Issue 4: the responsible people are the staff of the lead department, the head teacher by
 * default. 班主任 as lead means the class's own head teachers.
 */
export function defaultResponsible(item: ChecklistTemplateItem, defaults: ResponsibleDefaults): string[] {
  const people = item.departments
    .filter((d) => d.role === 'lead')
    .flatMap((d) =>
      d.department === '班主任' ? defaults.headTeachers : (defaults.staffByDepartment?.[d.department] ?? []),
    )
  const unique = [...new Set(people)]
  return unique.length > 0 ? unique : [...defaults.headTeachers]
}

export function newClassItem(
  item: ChecklistTemplateItem,
  dates: ClassDates,
  defaults: ResponsibleDefaults,
): ClassChecklistItem {
  return {
    code: item.code,
    phase: item.phase,
    matter: item.matter,
    tasks: item.tasks.map((text) => ({ text, done: false })),
    departments: item.departments.map((d) => ({ ...d })),
    due: { ...item.due },
    dueOverridden: false,
    dueDate: dueDateFor(item.due, dates),
    responsible: defaultResponsible(item, defaults),
    status: 'notStarted',
    completedBy: null,
    completedAt: null,
    note: '',
    retired: false,
  }
}

/** The class's copy of a template version: its active items, 未开始, nothing ticked. */
export function instantiateChecklist(
  template: ChecklistTemplate,
  dates: ClassDates,
  defaults: ResponsibleDefaults = { headTeachers: [] },
): ClassChecklist {
  return {
    templateId: template.id,
    templateVersion: template.version,
    templateName: template.name,
    items: template.items.filter((it) => !it.retired).map((it) => newClassItem(it, dates, defaults)),
  }
}

/** Nothing done to it yet: the class may still switch to another template without losing work. */
export function isUntouched(checklist: ClassChecklist): boolean {
  return checklist.items.every(
    (it) => it.status === 'notStarted' && it.note === '' && it.tasks.every((t) => !t.done),
  )
}

/** When the class's dates change, every due date follows its rule. */
export function recomputeDueDates(checklist: ClassChecklist, dates: ClassDates): ClassChecklist {
  return { ...checklist, items: checklist.items.map((it) => ({ ...it, dueDate: dueDateFor(it.due, dates) })) }
}

export function updateItem(
  checklist: ClassChecklist,
  code: string,
  edit: (item: ClassChecklistItem) => ClassChecklistItem,
): ClassChecklist {
  if (!checklist.items.some((it) => it.code === code))
    throw new Error(`本班事项表中没有编号为 ${code} 的事项`)
  return { ...checklist, items: checklist.items.map((it) => (it.code === code ? edit(it) : it)) }
}

/**
 * Sets the status. 已完成 and 不适用 record who closed the item and when; going back to 未开始 or
 * 进行中 clears that record.
 */
export function setItemStatus(
  item: ClassChecklistItem,
  status: ChecklistStatus,
  by: { person: string; at: string },
): ClassChecklistItem {
  const closes = isFinished(status)
  return {
    ...item,
    status,
    completedBy: closes ? by.person : null,
    completedAt: closes ? by.at : null,
  }
}

/** Would this tick close the item? True when it ticks the last open line of an unfinished item. */
export function tickCloses(item: ClassChecklistItem, index: number, done: boolean): boolean {
  return (
    done &&
    !isFinished(item.status) &&
    item.tasks.length > 0 &&
    item.tasks.every((t, i) => i === index || t.done)
  )
}

/**
 * Ticks or unticks one 具体工作 line (issue 11, point 8). The first tick moves an item from 未开始
 * to 进行中; ticking the last open line completes it, recorded against `by` as 已完成 is. Unticking
 * a line of a completed item reopens it: 进行中 while other lines stay ticked, 未开始 when
 * none do, so that undoing the last tick restores the item as it was. 不适用 is left alone.
 */
export function tickTask(
  item: ClassChecklistItem,
  index: number,
  done: boolean,
  by?: { person: string; at: string },
): ClassChecklistItem {
  if (index < 0 || index >= item.tasks.length) throw new Error(`没有第 ${index + 1} 项具体工作`)
  const tasks = item.tasks.map((t, i) => (i === index ? { ...t, done } : t))
  if (tickCloses(item, index, done)) {
    const person = by?.person.trim() ?? ''
    if (person === '') throw new Error('请填写完成人')
    return setItemStatus({ ...item, tasks }, 'done', { person, at: by?.at ?? '' })
  }
  if (!done && item.status === 'done') {
    const reopened = tasks.some((t) => t.done) ? 'inProgress' : 'notStarted'
    return { ...setItemStatus(item, reopened, { person: '', at: '' }), tasks }
  }
  const status = done && item.status === 'notStarted' ? 'inProgress' : item.status
  return { ...item, tasks, status }
}

export function setItemNote(item: ClassChecklistItem, note: string): ClassChecklistItem {
  return { ...item, note }
}

export function setItemResponsible(item: ClassChecklistItem, people: string[]): ClassChecklistItem {
  const cleaned = [...new Set(people.map((p) => p.trim()).filter((p) => p !== ''))]
  return { ...item, responsible: cleaned }
}

/** A due rule for this class only; template updates leave it alone from now on. */
export function setItemDue(item: ClassChecklistItem, due: DueRule, dates: ClassDates): ClassChecklistItem {
  return { ...item, due: { ...due }, dueOverridden: true, dueDate: dueDateFor(due, dates) }
}
