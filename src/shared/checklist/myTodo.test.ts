import { describe, expect, it } from 'vitest'
import { instantiateChecklist, setItemResponsible, setItemStatus, updateItem } from './classChecklist'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { myTodo, type TodoOwner } from './myTodo'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'

// Two classes run side by side. A 中青班 (head teacher 王老师) from Mon 2025-06-09 to Fri 2025-06-20,
// and a 委托班 (head teacher 李老师) from Mon 2025-06-23 to Wed 2025-06-25.
const zhongqing = updateItem(
  updateItem(
    instantiateChecklist(
      KEY_CLASS_TEMPLATE,
      { startDate: '2025-06-09', endDate: '2025-06-20' },
      { headTeachers: ['王老师'], staffByDepartment: { 校长室: ['陈校长'] } },
    ),
    'key.prep.01',
    (it) => setItemStatus(it, 'done', { person: '王老师', at: '2025-06-05' }),
  ),
  'key.prep.03',
  (it) => setItemResponsible(it, ['王老师', '赵老师']),
)
const weituo = instantiateChecklist(
  ORDINARY_CLASS_TEMPLATE,
  { startDate: '2025-06-23', endDate: '2025-06-25' },
  { headTeachers: ['李老师'] },
)
const classes = [
  { classId: 'zq', items: zhongqing.items },
  { classId: 'wt', items: weituo.items },
]

function todo(owner: TodoOwner, today: string): string[] {
  return myTodo(classes, owner, today).map(
    (e) => `${e.overdue ? '!' : ''}${e.classId}:${e.item.code}@${e.item.dueDate}`,
  )
}

describe('我的待办: due this ISO week (Mon–Sun) or late, unfinished', () => {
  it('a person, the Wednesday before the 中青班 opens: its preparation is due this week', () => {
    // key.prep.01 is done; prep.02 and prep.03 (due 06-06) and prep.04 (due 06-08, a Sunday) fall in this week.
    expect(todo({ person: '王老师' }, '2025-06-04')).toEqual([
      'zq:key.prep.02@2025-06-06',
      'zq:key.prep.03@2025-06-06',
      'zq:key.prep.04@2025-06-08',
    ])
  })

  it('the Monday the 中青班 opens: last week’s unfinished work is late and comes first', () => {
    expect(todo({ person: '王老师' }, '2025-06-09')).toEqual([
      '!zq:key.prep.02@2025-06-06',
      '!zq:key.prep.03@2025-06-06',
      '!zq:key.prep.04@2025-06-08',
      'zq:key.during.02@2025-06-09',
      'zq:key.during.03@2025-06-10',
    ])
  })

  it('someone named on one item only sees that item', () => {
    expect(todo({ person: '赵老师' }, '2025-06-09')).toEqual(['!zq:key.prep.03@2025-06-06'])
  })

  it('the staff of a lead office see their items', () => {
    expect(todo({ person: '陈校长' }, '2025-06-09')).toEqual(['zq:key.during.01@2025-06-09'])
  })

  it('an office, across classes: everything that names it', () => {
    // Week of 2025-06-16: the 中青班 closes Fri 06-20 and the 委托班 prepares for Mon 06-23 (due 06-20, 06-22).
    const entries = todo({ department: '行政科' }, '2025-06-16')
    expect(entries).toEqual([
      '!zq:key.prep.03@2025-06-06',
      '!zq:key.prep.04@2025-06-08',
      'zq:key.during.08@2025-06-20',
      'zq:key.during.12@2025-06-20',
      'zq:key.during.18@2025-06-20',
      'wt:ordinary.prep.01@2025-06-20',
      'wt:ordinary.prep.02@2025-06-20',
    ])
  })

  it('leaves out finished and retired items, and items due after Sunday', () => {
    const finished = updateItem(weituo, 'ordinary.prep.02', (it) =>
      setItemStatus(it, 'notApplicable', { person: '李老师', at: '2025-06-16' }),
    )
    const retired = finished.items.map((it) =>
      it.code === 'ordinary.prep.01' ? { ...it, retired: true } : it,
    )
    const entries = myTodo([{ classId: 'wt', items: retired }], { department: '行政科' }, '2025-06-16')
    expect(entries).toEqual([])
    // Sunday 06-22 is still this week; Monday 06-23 is not.
    // 李老师 answers for every 委托班 row (no staff known for the lead offices).
    expect(todo({ person: '李老师' }, '2025-06-22')).toEqual([
      '!wt:ordinary.prep.01@2025-06-20',
      '!wt:ordinary.prep.02@2025-06-20',
      '!wt:ordinary.prep.03@2025-06-20',
      'wt:ordinary.prep.04@2025-06-22',
    ])
  })
})
