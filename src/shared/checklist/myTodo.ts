import { isoWeekOf } from './isoDate'
import { isOverdue } from './progress'
import { isFinished, type ClassChecklistItem, type Department } from './types'

/**
 * 我的待办 (issue 4): across all classes, the unfinished items that are late or due this week
 * (ISO week, Monday to Sunday), for one person or for one office. There are no logins: the app
 * says who "me" is.
 */

export type TodoOwner = { person: string } | { department: Department }

export interface ClassItems {
  classId: string
  items: readonly ClassChecklistItem[]
}

export interface TodoEntry {
  classId: string
  item: ClassChecklistItem
  overdue: boolean
}

function ownedBy(item: ClassChecklistItem, owner: TodoOwner): boolean {
  return 'person' in owner
    ? item.responsible.includes(owner.person)
    : item.departments.some((d) => d.department === owner.department)
}

/** Late items first, then by due date; ties keep the classes' and the table's order. */
export function myTodo(classes: readonly ClassItems[], owner: TodoOwner, today: string): TodoEntry[] {
  const { sunday } = isoWeekOf(today)
  const entries = classes.flatMap(({ classId, items }) =>
    items
      .filter((it) => !it.retired && !isFinished(it.status) && ownedBy(it, owner))
      .filter((it) => isOverdue(it, today) || (it.dueDate >= today && it.dueDate <= sunday))
      .map((item) => ({ classId, item, overdue: isOverdue(item, today) })),
  )
  // Array.prototype.sort is stable, so equal keys keep the input order.
  return entries.sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.item.dueDate.localeCompare(b.item.dueDate),
  )
}
