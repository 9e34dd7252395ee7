import { describe, expect, it } from 'vitest'
import { instantiateChecklist, setItemStatus, tickTask, updateItem } from './classChecklist'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { checklistSummary, filterByDepartment, isOverdue, overdueItems, phaseProgress } from './progress'
import type { ChecklistStatus, ClassChecklist, Department, DepartmentRole } from './types'

const dates = { startDate: '2025-05-12', endDate: '2025-05-16' }
const by = { person: '王老师', at: '2025-05-10' }

function withStatuses(list: ClassChecklist, statuses: Record<string, ChecklistStatus>): ClassChecklist {
  return Object.entries(statuses).reduce(
    (c, [code, status]) => updateItem(c, code, (it) => setItemStatus(it, status, by)),
    list,
  )
}

// 一般班级 (000 附1): 开班准备 4 rows, 班级事务 10, 班级收尾 2, no 其他注意事项.
const ordinary = withStatuses(instantiateChecklist(ORDINARY_CLASS_TEMPLATE, dates), {
  'ordinary.prep.01': 'done',
  'ordinary.prep.02': 'notApplicable',
  'ordinary.prep.03': 'inProgress',
  'ordinary.during.01': 'done',
})

describe('phaseProgress: 已完成 and 不适用 both count as finished', () => {
  it('counts each part of the table, leaving out parts with no items', () => {
    expect(phaseProgress(ordinary.items)).toEqual([
      {
        phase: 'prep',
        label: '开班准备（开班前）',
        total: 4,
        notStarted: 1,
        inProgress: 1,
        done: 1,
        notApplicable: 1,
        finished: 2,
        percent: 50,
      },
      {
        phase: 'during',
        label: '班级事务（培训中）',
        total: 10,
        notStarted: 9,
        inProgress: 0,
        done: 1,
        notApplicable: 0,
        finished: 1,
        percent: 10,
      },
      {
        phase: 'closing',
        label: '班级收尾（结业后）',
        total: 2,
        notStarted: 2,
        inProgress: 0,
        done: 0,
        notApplicable: 0,
        finished: 0,
        percent: 0,
      },
    ])
  })

  it('does not count retired items', () => {
    const retired = {
      ...ordinary,
      items: ordinary.items.map((it) => (it.code === 'ordinary.prep.04' ? { ...it, retired: true } : it)),
    }
    expect(phaseProgress(retired.items)[0]).toMatchObject({ total: 3, finished: 2, percent: 67 })
  })

  it('shows all four parts for the key-class table', () => {
    const key = instantiateChecklist(KEY_CLASS_TEMPLATE, dates)
    expect(phaseProgress(key.items).map((p) => [p.label, p.total])).toEqual([
      ['开班准备（开班前）', 4],
      ['班级事务（培训中）', 19],
      ['班级收尾（结业后）', 4],
      ['其他注意事项', 2],
    ])
  })
})

describe('isOverdue: unfinished and due before today', () => {
  const base = ordinary.items.find((it) => it.code === 'ordinary.prep.04') // due 2025-05-11
  if (!base) throw new Error('no item')
  const table: [string, string, ChecklistStatus, boolean, boolean][] = [
    ['the day before it is due', '2025-05-10', 'notStarted', false, false],
    ['the day it is due', '2025-05-11', 'notStarted', false, false],
    ['the day after', '2025-05-12', 'notStarted', false, true],
    ['the day after, 进行中', '2025-05-12', 'inProgress', false, true],
    ['the day after, 已完成', '2025-05-12', 'done', false, false],
    ['the day after, 不适用', '2025-05-12', 'notApplicable', false, false],
    ['the day after, retired', '2025-05-12', 'notStarted', true, false],
  ]
  it.each(table)('%s (%s, %s) → %s', (_what, today, status, retired, overdue) => {
    expect(isOverdue({ ...base, status, retired }, today)).toBe(overdue)
  })
})

describe('checklistSummary: the home page line for a class', () => {
  it('counts progress and late items on the first day of the class', () => {
    // On 2025-05-12: prep rows were due 05-09 (three) and 05-11 (布置教室); only prep.03 (进行中) and
    // prep.04 (未开始) are unfinished.
    expect(checklistSummary(ordinary.items, '2025-05-12')).toMatchObject({
      total: 16,
      finished: 3,
      percent: 19,
      overdue: 2,
    })
    expect(overdueItems(ordinary.items, '2025-05-12').map((it) => it.code)).toEqual([
      'ordinary.prep.03',
      'ordinary.prep.04',
    ])
  })

  it('is zero for an empty list', () => {
    expect(checklistSummary([], '2025-05-12')).toMatchObject({ total: 0, percent: 0, overdue: 0 })
  })

  it('ticking the only line of an item finishes it (issue 11, point 8)', () => {
    const by = { person: '王老师', at: '2025-05-12 09:00' }
    const ticked = updateItem(ordinary, 'ordinary.closing.02', (it) => tickTask(it, 0, true, by))
    expect(checklistSummary(ticked.items, '2025-05-12').finished).toBe(4)
  })
})

describe('filterByDepartment', () => {
  const key = instantiateChecklist(KEY_CLASS_TEMPLATE, dates).items
  const table: [Department, DepartmentRole[] | undefined, string[]][] = [
    ['校长室', undefined, ['key.during.01', 'key.during.14', 'key.during.17']],
    ['科研室', undefined, ['key.during.02']],
    ['行政科', ['lead'], ['key.prep.03']],
    [
      '学员工作科',
      ['lead', 'listed'],
      ['key.prep.02', 'key.during.16'], // 000 附1: ★教务科、学员工作科; 学员评优 names it unmarked
    ],
    ['教研室', undefined, []], // named in DOMAIN.md's list, but in no row of the key-class table
  ]
  it.each(table)('%s %o', (department, roles, codes) => {
    expect(filterByDepartment(key, department, roles).map((it) => it.code)).toEqual(codes)
  })
})
