import { describe, expect, it } from 'vitest'
import { assessmentOutcome, checklistOnTime, onTimeRate, passRate } from './classOutcomes'

// Seed 000 附3 第十三条: 优秀 / 合格 / 不合格; only a finalised (定稿) assessment counts.
describe('assessmentOutcome and passRate', () => {
  it('counts the grades, ungraded students in none', () => {
    expect(assessmentOutcome(true, ['excellent', 'pass', 'pass', 'fail', null])).toEqual({
      finalised: true,
      excellent: 1,
      pass: 2,
      fail: 1,
    })
  })
  it.each([
    ['one finalised class', [{ finalised: true, excellent: 2, pass: 7, fail: 1 }], 0.9],
    [
      'a class not finalised is left out',
      [
        { finalised: true, excellent: 2, pass: 7, fail: 1 },
        { finalised: false, excellent: 0, pass: 0, fail: 10 },
      ],
      0.9,
    ],
    [
      'pooled over students, not averaged over classes',
      [
        { finalised: true, excellent: 1, pass: 2, fail: 1 }, // 3/4
        { finalised: true, excellent: 4, pass: 16, fail: 0 }, // 20/20
      ],
      23 / 24,
    ],
    ['nothing finalised', [{ finalised: false, excellent: 3, pass: 7, fail: 0 }], null],
  ])('%s', (_, outcomes, rate) => {
    expect(passRate(outcomes)).toBe(rate)
  })
})

// Seed 000 附1: items fall due by their due date (shared/checklist/dueDates.ts); due today is not late.
describe('checklistOnTime', () => {
  const item = (
    dueDate: string,
    status: 'done' | 'notStarted' | 'inProgress' | 'notApplicable',
    completedAt: string | null = null,
    retired = false,
  ) => ({
    dueDate,
    status,
    completedAt,
    retired,
  })
  it.each([
    ['done on its due date', [item('2026-03-01', 'done', '2026-03-01T17:00')], { due: 1, onTime: 1 }],
    ['done a day late', [item('2026-03-01', 'done', '2026-03-02')], { due: 1, onTime: 0 }],
    ['open and past due', [item('2026-03-01', 'inProgress')], { due: 1, onTime: 0 }],
    ['due today is not counted yet', [item('2026-03-10', 'notStarted')], { due: 0, onTime: 0 }],
    [
      'done early, not yet due: not counted',
      [item('2026-03-12', 'done', '2026-03-05')],
      { due: 0, onTime: 0 },
    ],
    [
      '不适用 and retired items are left out',
      [item('2026-03-01', 'notApplicable', '2026-03-01'), item('2026-03-01', 'notStarted', null, true)],
      { due: 0, onTime: 0 },
    ],
  ])('%s', (_, items, expected) => {
    expect(checklistOnTime(items, '2026-03-10')).toEqual(expected)
  })
  it('pools classes; no checklist or nothing due has no rate', () => {
    expect(onTimeRate([{ due: 10, onTime: 9 }, null, { due: 30, onTime: 21 }])).toBe(0.75)
    expect(onTimeRate([null, { due: 0, onTime: 0 }])).toBeNull()
  })
})
