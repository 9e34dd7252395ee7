import { describe, expect, it } from 'vitest'
import { importPlanRows } from '@shared/plan/planImport'
import { newSessionDefaults } from '@shared/plan/session'
import { matchExisting, planRowsOfGrid } from './planRows'

describe('planRowsOfGrid', () => {
  it('keeps a merged value only in the first cell, so a merged day header stays a day header', () => {
    const raw = [
      ['日期', '时段', '课程内容', '学时'],
      ['9月8日（周一）', '9月8日（周一）', '9月8日（周一）', '9月8日（周一）'],
      [null, '上午', '开班式', 3],
      [null, '下午', '专题讲座', 3],
    ]
    const merges = [{ startRow: 1, startColumn: 0, endRow: 1, endColumn: 3 }]
    const rows = planRowsOfGrid({ raw, merges })
    expect(rows[1]).toEqual(['9月8日（周一）', null, null, null])
    expect(raw[1]![1]).toBe('9月8日（周一）') // the grid given is not changed
    const plan = importPlanRows(rows, { defaultYear: 2025 })
    expect(plan.sessions.map((s) => [s.date, s.slot, s.topic])).toEqual([
      ['2025-09-08', 'morning', '开班式'],
      ['2025-09-08', 'afternoon', '专题讲座'],
    ])
  })

  it('reads ISO dates of date-formatted cells', () => {
    const rows = planRowsOfGrid({
      raw: [
        ['日期', '时间', '课程', '学时'],
        ['2025-09-09', 0.375, '党章党规党纪专题', 3],
      ],
      merges: [],
    })
    expect(importPlanRows(rows).sessions[0]).toMatchObject({
      date: '2025-09-09',
      start: '09:00',
      slot: 'morning',
    })
  })
})

describe('matchExisting', () => {
  const existing = [{ ...newSessionDefaults('2025-09-08', 'morning'), topic: '开班式' }]
  it('finds the same session, a clash, or nothing', () => {
    const same = { ...existing[0]!, sourceRow: 3 }
    expect(matchExisting(same, existing)).toEqual({ kind: 'same', topic: '开班式' })
    expect(matchExisting({ ...same, topic: '别的', start: '10:00' }, existing)).toEqual({
      kind: 'overlap',
      topic: '开班式',
    })
    expect(matchExisting({ ...same, date: '2025-09-09' }, existing)).toBeNull()
  })
})
