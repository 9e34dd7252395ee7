import { addDays, daysBetween } from './isoDate'
import type { ChecklistPhase, ClassDates, DueRule } from './types'

/**
 * Due dates of checklist items. Seed 000 附1 only says when each part happens — 开班前, 培训中,
 * 结业后 — and gives no number of days (there is no "…个工作日内" anywhere in it), so the numbers
 * below are this product's defaults, editable per template item and per class item.
 */

/** Materials, rosters, lodging: ready three days before the class opens (开班准备（开班前）). */
export const DUE_BEFORE_START: DueRule = { anchor: 'start', offsetDays: -3 }
/** Setting up the room is the last thing before the class opens (布置教室). */
export const DUE_DAY_BEFORE_START: DueRule = { anchor: 'start', offsetDays: -1 }
/** Things the seed places at the opening (开班仪式, 入学教育). */
export const DUE_ON_START: DueRule = { anchor: 'start', offsetDays: 0 }
/** The first branch-committee meeting (召开第一次班级支部委员会会议) follows the opening at once. */
export const DUE_DAY_AFTER_START: DueRule = { anchor: 'start', offsetDays: 1 }
/** 学员评优 is settled before 结业仪式 announces it (结业仪式: 做好宣布优秀学员…的准备工作). */
export const DUE_DAY_BEFORE_END: DueRule = { anchor: 'end', offsetDays: -1 }
/** Work that runs through the class (班级事务（培训中）, 其他注意事项): done by the last day. */
export const DUE_BY_END: DueRule = { anchor: 'end', offsetDays: 0 }
/** Work after the class (班级收尾（结业后）): within a week of the last day. */
export const DUE_AFTER_END: DueRule = { anchor: 'end', offsetDays: 7 }

/** The rule a new item gets from the phase it is added to. */
export function defaultDueRule(phase: ChecklistPhase): DueRule {
  switch (phase) {
    case 'prep':
      return DUE_BEFORE_START
    case 'during':
    case 'notes':
      return DUE_BY_END
    case 'closing':
      return DUE_AFTER_END
  }
}

export function dueDateFor(rule: DueRule, dates: ClassDates): string {
  return addDays(rule.anchor === 'start' ? dates.startDate : dates.endDate, rule.offsetDays)
}

/**
 * The rule that lands on a date the user picked for one class, counted from the anchor the item
 * already uses, so that the date moves with the class if its dates change later.
 */
export function dueRuleForDate(date: string, anchor: DueRule['anchor'], dates: ClassDates): DueRule {
  return { anchor, offsetDays: daysBetween(anchor === 'start' ? dates.startDate : dates.endDate, date) }
}

/** A short Chinese description of a rule, for the template editor (e.g. 开班前 3 天). */
export function describeDueRule(rule: DueRule): string {
  const n = Math.abs(rule.offsetDays)
  if (rule.anchor === 'start') {
    if (rule.offsetDays === 0) return '开班当天'
    return rule.offsetDays < 0 ? `开班前 ${n} 天` : `开班后 ${n} 天`
  }
  if (rule.offsetDays === 0) return '结业当天'
  return rule.offsetDays < 0 ? `结业前 ${n} 天` : `结业后 ${n} 天内`
}
