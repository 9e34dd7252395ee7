import { describe, expect, it } from 'vitest'
import type { SyncMeta } from '@shared/sync/record'
import { selectScope } from './syncScope'

const row = (id: string, fields: Record<string, unknown> = {}, deleted = false) =>
  ({ id, createdAt: '', deleted, _hlc: {}, _updated: '', ...fields }) as SyncMeta

const tables = {
  classes: [row('c1'), row('c2')],
  people: [row('p1'), row('p2'), row('p3')],
  enrollments: [
    row('e1', { classId: 'c1', personId: 'p1' }),
    row('e2', { classId: 'c2', personId: 'p2' }),
    row('e3', { classId: 'c1', personId: 'p3' }, true),
  ],
  attendance: [row('a1', { classId: 'c1' }), row('a2', { classId: 'c2' })],
  checklistTemplates: [row('t1@1', { templateId: 't1' })],
  // A school rule travels in every file, even one whose fields happened to name a class.
  schoolSettings: [row('leaveRules', { toleratedHours: 2 }), row('future', { classId: 'c2' })],
}

const ids = (rows: readonly SyncMeta[] | undefined) => rows?.map((r) => r.id)

describe('selectScope', () => {
  it('takes everything for "all"', () => {
    const all = selectScope(tables, 'all')
    for (const [name, rows] of Object.entries(tables)) expect(ids(all[name])).toEqual(ids(rows))
  })

  it('takes the selected classes, their rows (tombstones too), their people and school-wide rows', () => {
    const some = selectScope(tables, { classIds: ['c1'] })
    expect(ids(some.classes)).toEqual(['c1'])
    expect(ids(some.enrollments)).toEqual(['e1', 'e3'])
    // p3's enrollment is in the recycle bin, and travels with the person so a restore can find them.
    expect(ids(some.people)).toEqual(['p1', 'p3'])
    expect(ids(some.attendance)).toEqual(['a1'])
    expect(ids(some.checklistTemplates)).toEqual(['t1@1'])
    expect(ids(some.schoolSettings)).toEqual(['leaveRules', 'future'])
  })

  it('takes nothing class-bound for an empty selection', () => {
    const none = selectScope(tables, { classIds: [] })
    expect(ids(none.classes)).toEqual([])
    expect(ids(none.people)).toEqual([])
    expect(ids(none.attendance)).toEqual([])
    expect(ids(none.schoolSettings)).toEqual(['leaveRules', 'future'])
  })
})
