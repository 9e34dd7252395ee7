import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaultDueRule,
  describeDueRule,
  dueDateFor,
  dueRuleForDate,
  DUE_AFTER_END,
  DUE_BEFORE_START,
  DUE_BY_END,
} from './dueDates'
import { addDays } from './isoDate'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import type { ChecklistPhase, ChecklistTemplate, ClassDates } from './types'

function dueOf(template: ChecklistTemplate, code: string, dates: ClassDates): string {
  const item = template.items.find((it) => it.code === code)
  if (!item) throw new Error(`no item ${code}`)
  return dueDateFor(item.due, dates)
}

describe('built-in due dates: a table of class dates → item due dates', () => {
  // A 中青班 of four weeks; a 委托班 across the new year; a 处级班 starting just after a leap day.
  const zhongqing = { startDate: '2025-03-10', endDate: '2025-04-04' }
  const weituo = { startDate: '2025-12-30', endDate: '2026-01-02' }
  const chuji = { startDate: '2024-03-01', endDate: '2024-03-08' }
  const table: [string, string, string, ChecklistTemplate, ClassDates][] = [
    [
      'key.prep.01',
      '2025-03-07',
      '000 附1 开班准备（开班前）: before the class opens',
      KEY_CLASS_TEMPLATE,
      zhongqing,
    ],
    ['key.prep.04', '2025-03-09', '000 附1 布置教室: the day before', KEY_CLASS_TEMPLATE, zhongqing],
    ['key.during.01', '2025-03-10', '000 附1 开班仪式: the first day', KEY_CLASS_TEMPLATE, zhongqing],
    ['key.during.02', '2025-03-10', '000 附1 入学教育: the first day', KEY_CLASS_TEMPLATE, zhongqing],
    ['key.during.03', '2025-03-11', '000 附1 召开第一次班级支部委员会会议', KEY_CLASS_TEMPLATE, zhongqing],
    [
      'key.during.07',
      '2025-04-04',
      '000 附1 班级事务（培训中）: by the last day',
      KEY_CLASS_TEMPLATE,
      zhongqing,
    ],
    ['key.during.16', '2025-04-03', '000 附1 学员评优: before 结业仪式', KEY_CLASS_TEMPLATE, zhongqing],
    ['key.during.17', '2025-04-03', '000 附1 学员评优 校领导审核', KEY_CLASS_TEMPLATE, zhongqing],
    ['key.during.18', '2025-04-04', '000 附1 结业仪式: the last day', KEY_CLASS_TEMPLATE, zhongqing],
    [
      'key.closing.01',
      '2025-04-11',
      '000 附1 班级收尾（结业后）: a week after',
      KEY_CLASS_TEMPLATE,
      zhongqing,
    ],
    ['key.notes.01', '2025-04-04', '000 附1 其他注意事项: the whole class', KEY_CLASS_TEMPLATE, zhongqing],
    ['key.prep.02', '2024-02-27', '000 附1 开班准备（开班前）, leap year', KEY_CLASS_TEMPLATE, chuji],
    ['key.prep.04', '2024-02-29', '000 附1 布置教室, leap day', KEY_CLASS_TEMPLATE, chuji],
    [
      'ordinary.prep.03',
      '2025-12-27',
      '000 附1 一般班级 联系准备现场教学车辆',
      ORDINARY_CLASS_TEMPLATE,
      weituo,
    ],
    ['ordinary.prep.04', '2025-12-29', '000 附1 一般班级 布置教室', ORDINARY_CLASS_TEMPLATE, weituo],
    ['ordinary.during.01', '2025-12-30', '000 附1 一般班级 入学教育', ORDINARY_CLASS_TEMPLATE, weituo],
    ['ordinary.during.09', '2026-01-01', '000 附1 一般班级 学员评优', ORDINARY_CLASS_TEMPLATE, weituo],
    ['ordinary.during.10', '2026-01-02', '000 附1 一般班级 结业仪式', ORDINARY_CLASS_TEMPLATE, weituo],
    [
      'ordinary.closing.02',
      '2026-01-09',
      '000 附1 一般班级 班级收尾（结业后）',
      ORDINARY_CLASS_TEMPLATE,
      weituo,
    ],
  ]
  it.each(table)('%s → %s (%s)', (code, expected, _clause, template, dates) => {
    expect(dueOf(template, code, dates)).toBe(expected)
  })
})

describe('every built-in item falls due inside its part of the table', () => {
  // 000 附1: 开班前 / 培训中 / 结业后; 其他注意事项 holds for the whole class. Classes of two days or more
  // (a one-day class has no day before its last for 学员评优).
  const classDates = fc
    .record({
      start: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      days: fc.integer({ min: 2, max: 120 }),
    })
    .map(({ start, days }) => {
      const startDate = start.toISOString().slice(0, 10)
      return { startDate, endDate: addDays(startDate, days - 1) }
    })
  it.each([KEY_CLASS_TEMPLATE, ORDINARY_CLASS_TEMPLATE])('$name', (template) => {
    fc.assert(
      fc.property(classDates, (dates) => {
        for (const item of template.items) {
          const due = dueDateFor(item.due, dates)
          if (item.phase === 'prep') expect(due < dates.startDate).toBe(true)
          if (item.phase === 'during' || item.phase === 'notes') {
            expect(due >= dates.startDate && due <= dates.endDate).toBe(true)
          }
          if (item.phase === 'closing') expect(due > dates.endDate).toBe(true)
        }
      }),
    )
  })
})

describe('defaultDueRule: what a new item gets from its phase', () => {
  const table: [ChecklistPhase, typeof DUE_BEFORE_START, string][] = [
    ['prep', DUE_BEFORE_START, '000 附1 开班准备（开班前）'],
    ['during', DUE_BY_END, '000 附1 班级事务（培训中）'],
    ['closing', DUE_AFTER_END, '000 附1 班级收尾（结业后）: the seed names no number of days; 7 is ours'],
    ['notes', DUE_BY_END, '000 附1 其他注意事项'],
  ]
  it.each(table)('%s → %o (%s)', (phase, rule) => {
    expect(defaultDueRule(phase)).toEqual(rule)
  })
})

describe('dueRuleForDate: a date picked for one class becomes a rule that moves with the class', () => {
  const dates = { startDate: '2025-05-12', endDate: '2025-05-16' }
  const table: [string, 'start' | 'end', number][] = [
    ['2025-05-08', 'start', -4],
    ['2025-05-12', 'start', 0],
    ['2025-05-23', 'end', 7],
    ['2025-05-15', 'end', -1],
  ]
  it.each(table)('%s counted from %s → %d', (date, anchor, offsetDays) => {
    const rule = dueRuleForDate(date, anchor, dates)
    expect(rule).toEqual({ anchor, offsetDays })
    expect(dueDateFor(rule, dates)).toBe(date)
  })
})

describe('describeDueRule', () => {
  const table: [DueRuleLike, string][] = [
    [{ anchor: 'start', offsetDays: -3 }, '开班前 3 天'],
    [{ anchor: 'start', offsetDays: 0 }, '开班当天'],
    [{ anchor: 'start', offsetDays: 2 }, '开班后 2 天'],
    [{ anchor: 'end', offsetDays: -1 }, '结业前 1 天'],
    [{ anchor: 'end', offsetDays: 0 }, '结业当天'],
    [{ anchor: 'end', offsetDays: 7 }, '结业后 7 天内'],
  ]
  it.each(table)('%o → %s', (rule, text) => {
    expect(describeDueRule(rule)).toBe(text)
  })
})

type DueRuleLike = Parameters<typeof describeDueRule>[0]
