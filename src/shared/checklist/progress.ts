import {
  CHECKLIST_PHASES,
  isFinished,
  type ChecklistPhase,
  type ClassChecklistItem,
  type Department,
  type DepartmentRole,
} from './types'

/**
 * Progress, lateness and filters over a class's items. Retired items are history: they are never
 * counted, late or listed.
 */

export interface StatusCounts {
  total: number
  notStarted: number
  inProgress: number
  done: number
  notApplicable: number
  /** 已完成 + 不适用: nothing more is expected. */
  finished: number
  /** finished / total, 0–100, rounded; 0 when there is nothing to do. */
  percent: number
}

export interface PhaseProgress extends StatusCounts {
  phase: ChecklistPhase
  label: string
}

function countStatuses(items: readonly ClassChecklistItem[]): StatusCounts {
  const active = items.filter((it) => !it.retired)
  const count = (status: ClassChecklistItem['status']) => active.filter((it) => it.status === status).length
  const finished = active.filter((it) => isFinished(it.status)).length
  return {
    total: active.length,
    notStarted: count('notStarted'),
    inProgress: count('inProgress'),
    done: count('done'),
    notApplicable: count('notApplicable'),
    finished,
    percent: active.length === 0 ? 0 : Math.round((finished / active.length) * 100),
  }
}

/** One entry per phase that has active items, in the table's order. */
export function phaseProgress(items: readonly ClassChecklistItem[]): PhaseProgress[] {
  return CHECKLIST_PHASES.map((p) => ({
    phase: p.code,
    label: p.label,
    ...countStatuses(items.filter((it) => it.phase === p.code)),
  })).filter((p) => p.total > 0)
}

/** Late: not finished and its due date is before today (due today is not late yet). */
export function isOverdue(item: ClassChecklistItem, today: string): boolean {
  return !item.retired && !isFinished(item.status) && item.dueDate < today
}

export function overdueItems(items: readonly ClassChecklistItem[], today: string): ClassChecklistItem[] {
  return items.filter((it) => isOverdue(it, today))
}

/** What the home page shows per running class. */
export function checklistSummary(
  items: readonly ClassChecklistItem[],
  today: string,
): StatusCounts & { overdue: number } {
  return { ...countStatuses(items), overdue: overdueItems(items, today).length }
}

/** Items naming the office in their 责任人 cell, by default whatever its mark. */
export function filterByDepartment(
  items: readonly ClassChecklistItem[],
  department: Department,
  roles: readonly DepartmentRole[] = ['lead', 'assist', 'listed'],
): ClassChecklistItem[] {
  return items.filter((it) =>
    it.departments.some((d) => d.department === department && roles.includes(d.role)),
  )
}
