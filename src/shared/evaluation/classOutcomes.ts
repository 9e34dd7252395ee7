import type { Grade } from '../assessment/grades'
import type { ClassChecklistItem } from '../checklist/types'

/**
 * Two of a class's outcomes (带班成效, seed 000 正文三(二)) as the year-end review counts them.
 *
 * Assessment (附3 第十三条): only a finalised (定稿) assessment counts — before that the grades may
 * still change; the pass rate is (优秀 + 合格) / students assessed.
 *
 * Checklist on time (附1, due dates in shared/checklist/dueDates.ts): an item is due once its due date
 * has passed (due today is not late yet, as in isOverdue); it was done on time when it is 已完成 with a
 * completion date on or before its due date. 不适用 and retired items are left out: nothing was asked.
 */
export interface AssessmentOutcome {
  finalised: boolean
  excellent: number
  pass: number
  fail: number
}

export function assessmentOutcome(finalised: boolean, grades: readonly (Grade | null)[]): AssessmentOutcome {
  const count = (g: Grade) => grades.filter((x) => x === g).length
  return { finalised, excellent: count('excellent'), pass: count('pass'), fail: count('fail') }
}

/** (优秀 + 合格) / all graded, over the finalised outcomes only; null when none is finalised. */
export function passRate(outcomes: readonly AssessmentOutcome[]): number | null {
  const final = outcomes.filter((o) => o.finalised)
  const all = final.reduce((s, o) => s + o.excellent + o.pass + o.fail, 0)
  if (all === 0) return null
  return final.reduce((s, o) => s + o.excellent + o.pass, 0) / all
}

export interface ChecklistOnTime {
  due: number
  onTime: number
}

export function checklistOnTime(
  items: readonly Pick<ClassChecklistItem, 'retired' | 'status' | 'dueDate' | 'completedAt'>[],
  today: string,
): ChecklistOnTime {
  const due = items.filter((it) => !it.retired && it.status !== 'notApplicable' && it.dueDate < today)
  const onTime = due.filter(
    (it) => it.status === 'done' && it.completedAt !== null && it.completedAt.slice(0, 10) <= it.dueDate,
  )
  return { due: due.length, onTime: onTime.length }
}

/** onTime / due pooled over classes; null when nothing was due. */
export function onTimeRate(list: readonly (ChecklistOnTime | null)[]): number | null {
  const due = list.reduce((s, c) => s + (c?.due ?? 0), 0)
  return due === 0 ? null : list.reduce((s, c) => s + (c?.onTime ?? 0), 0) / due
}
