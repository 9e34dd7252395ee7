import { describe, expect, it } from 'vitest'
import {
  defaultResponsible,
  instantiateChecklist,
  isUntouched,
  recomputeDueDates,
  setItemDue,
  setItemNote,
  setItemResponsible,
  setItemStatus,
  tickCloses,
  tickTask,
  updateItem,
} from './classChecklist'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import { retireItem } from './templateVersioning'
import type { ClassChecklist, ClassChecklistItem } from './types'

const dates = { startDate: '2025-03-10', endDate: '2025-04-04' }
const defaults = { headTeachers: ['王老师', '李老师'] }
const BY_WANG = { person: '王老师', at: '2025-03-12 10:00' }

function item(list: ClassChecklist, code: string): ClassChecklistItem {
  const found = list.items.find((it) => it.code === code)
  if (!found) throw new Error(`no item ${code}`)
  return found
}

describe('instantiateChecklist: the class’s own copy', () => {
  const copy = instantiateChecklist(KEY_CLASS_TEMPLATE, dates, defaults)

  it('records the template version it came from', () => {
    expect(copy).toMatchObject({
      templateId: 'builtin.key',
      templateVersion: 1,
      templateName: KEY_CLASS_TEMPLATE.name,
    })
  })

  it('starts every item 未开始 with nothing ticked, no note, no completion', () => {
    expect(copy.items).toHaveLength(KEY_CLASS_TEMPLATE.items.length)
    for (const it of copy.items) {
      expect(it).toMatchObject({
        status: 'notStarted',
        completedBy: null,
        completedAt: null,
        note: '',
        retired: false,
      })
      expect(it.tasks.every((t) => !t.done)).toBe(true)
    }
    // 000 附1 重点班级 学员服务: four 具体工作 lines → four sub-ticks.
    expect(item(copy, 'key.during.07').tasks.map((t) => t.text)).toEqual(
      KEY_CLASS_TEMPLATE.items.find((t) => t.code === 'key.during.07')?.tasks,
    )
  })

  it('computes due dates from the class dates', () => {
    expect(item(copy, 'key.prep.01').dueDate).toBe('2025-03-07')
    expect(item(copy, 'key.closing.04').dueDate).toBe('2025-04-11')
  })

  it('leaves out retired items', () => {
    const v2 = retireItem(ORDINARY_CLASS_TEMPLATE, 'ordinary.prep.03')
    const c = instantiateChecklist(v2, dates)
    expect(c.templateVersion).toBe(2)
    expect(c.items.map((it) => it.code)).not.toContain('ordinary.prep.03')
    expect(c.items).toHaveLength(ORDINARY_CLASS_TEMPLATE.items.length - 1)
  })

  it('does not share objects with the template', () => {
    item(copy, 'key.prep.01').departments.push({ department: '校长室', role: 'assist' })
    expect(KEY_CLASS_TEMPLATE.items[0]?.departments).toHaveLength(1)
  })
})

describe('defaultResponsible: staff of the lead office, else the head teachers', () => {
  const staff = { staffByDepartment: { 教务科: ['张科长'], 行政科: ['赵老师', '钱老师'] } }
  const table: [string, string, string[]][] = [
    ['key.prep.01', '000 附1 ★教务科 → its staff', ['张科长']],
    ['key.prep.03', '000 附1 ★行政科 ☆教务科 → lead staff only', ['赵老师', '钱老师']],
    ['key.prep.04', '000 附1 ★班主任 → the head teachers', ['王老师', '李老师']],
    ['key.prep.02', '000 附1 ★教务科、学员工作科 → the staff known', ['张科长']],
    ['key.during.01', '000 附1 ★校长室, no staff known → the head teachers', ['王老师', '李老师']],
    ['key.during.16', '000 附1 学员工作科 ★班主任 → the unmarked office is not lead', ['王老师', '李老师']],
  ]
  it.each(table)('%s: %s', (code, _why, expected) => {
    const t = KEY_CLASS_TEMPLATE.items.find((it) => it.code === code)
    if (!t) throw new Error(code)
    expect(defaultResponsible(t, { ...defaults, ...staff })).toEqual(expected)
  })
})

describe('a head teacher works through an item', () => {
  const copy = instantiateChecklist(KEY_CLASS_TEMPLATE, dates, defaults)
  const start = item(copy, 'key.during.09') // 服务教师, three lines

  it('the first tick moves 未开始 to 进行中; the last tick completes the item, recorded against who ticked', () => {
    const one = tickTask(start, 0, true, BY_WANG)
    expect(one.status).toBe('inProgress')
    const all = tickTask(tickTask(one, 1, true, BY_WANG), 2, true, BY_WANG)
    expect(all.tasks.every((t) => t.done)).toBe(true)
    expect(all).toMatchObject({ status: 'done', completedBy: '王老师', completedAt: BY_WANG.at })
    expect(tickTask(all, 1, false)).toMatchObject({
      status: 'inProgress',
      completedBy: null,
      completedAt: null,
    })
    expect(tickTask(all, 1, false).tasks.map((t) => t.done)).toEqual([true, false, true])
    expect(() => tickTask(start, 3, true)).toThrow('第 4 项')
    expect(() => tickTask(tickTask(one, 1, true), 2, true)).toThrow('请填写完成人')
    expect(() => tickTask(tickTask(one, 1, true), 2, true, { person: ' ', at: BY_WANG.at })).toThrow(
      '请填写完成人',
    )
  })

  it('已完成 and 不适用 record who and when; reopening clears it', () => {
    const done = setItemStatus(start, 'done', { person: '王老师', at: '2025-03-12T10:00' })
    expect(done).toMatchObject({ status: 'done', completedBy: '王老师', completedAt: '2025-03-12T10:00' })
    const na = setItemStatus(start, 'notApplicable', { person: '李老师', at: '2025-03-12' })
    expect(na).toMatchObject({ status: 'notApplicable', completedBy: '李老师' })
    expect(setItemStatus(done, 'inProgress', { person: '王老师', at: '2025-03-13' })).toMatchObject({
      status: 'inProgress',
      completedBy: null,
      completedAt: null,
    })
  })

  it('notes and responsible people', () => {
    expect(setItemNote(start, '外请教师 2 名').note).toBe('外请教师 2 名')
    expect(setItemResponsible(start, [' 周老师 ', '周老师', '', '吴老师']).responsible).toEqual([
      '周老师',
      '吴老师',
    ])
  })

  it('a due rule set for this class alone', () => {
    const moved = setItemDue(start, { anchor: 'start', offsetDays: 2 }, dates)
    expect(moved).toMatchObject({ dueDate: '2025-03-12', dueOverridden: true })
  })

  it('updateItem edits one item of the copy by code', () => {
    const next = updateItem(copy, 'key.during.09', (it) => setItemNote(it, '已对接'))
    expect(item(next, 'key.during.09').note).toBe('已对接')
    expect(item(copy, 'key.during.09').note).toBe('')
    expect(() => updateItem(copy, 'nope', (it) => it)).toThrow('nope')
  })
})

describe('recomputeDueDates: the class moves', () => {
  it('moves every due date with its rule, per-class rules included', () => {
    const copy = instantiateChecklist(ORDINARY_CLASS_TEMPLATE, dates)
    const edited = updateItem(copy, 'ordinary.closing.01', (it) =>
      setItemDue(it, { anchor: 'end', offsetDays: 3 }, dates),
    )
    const moved = recomputeDueDates(edited, { startDate: '2025-03-17', endDate: '2025-04-11' })
    expect(item(moved, 'ordinary.prep.01').dueDate).toBe('2025-03-14')
    expect(item(moved, 'ordinary.closing.01').dueDate).toBe('2025-04-14')
    expect(item(moved, 'ordinary.closing.02').dueDate).toBe('2025-04-18')
  })
})

describe('isUntouched: may the class still switch template?', () => {
  const copy = instantiateChecklist(KEY_CLASS_TEMPLATE, dates)
  const table: [string, (it: ClassChecklistItem) => ClassChecklistItem, boolean][] = [
    ['nothing done', (it) => it, true],
    ['a tick', (it) => tickTask(it, 0, true, BY_WANG), false],
    ['a note', (it) => setItemNote(it, '备注'), false],
    ['不适用', (it) => setItemStatus(it, 'notApplicable', { person: '王老师', at: '2025-03-01' }), false],
    ['another responsible person', (it) => setItemResponsible(it, ['周老师']), true],
  ]
  it.each(table)('%s → %s', (_what, edit, untouched) => {
    expect(isUntouched(updateItem(copy, 'key.prep.01', edit))).toBe(untouched)
  })
})

describe('tickTask and tickCloses: ticking the last 具体工作 line closes the item (issue 11, point 8)', () => {
  const copy = instantiateChecklist(KEY_CLASS_TEMPLATE, dates, defaults)
  // 000 附1 重点班级 服务教师: three 具体工作 lines; 开班准备工作 (first row): one line.
  const three = item(copy, 'key.during.09')
  const one = item(copy, 'key.prep.01')
  const ticked = (it: ClassChecklistItem, lines: number[]) =>
    lines.reduce((acc, i) => tickTask(acc, i, true, BY_WANG), it)
  const na = setItemStatus(three, 'notApplicable', BY_WANG)
  const table: [string, ClassChecklistItem, number, boolean, boolean, string, string | null][] = [
    // why, item, line, tick?, closes?, status after, completedBy after
    ['000 附1 开班准备工作: its only line', one, 0, true, true, 'done', '王老师'],
    ['000 附1 服务教师: first of three lines', three, 0, true, false, 'inProgress', null],
    ['服务教师: the third of three', ticked(three, [0, 1]), 2, true, true, 'done', '王老师'],
    [
      '服务教师: the last open line, ticked out of order',
      ticked(three, [2, 0]),
      1,
      true,
      true,
      'done',
      '王老师',
    ],
    [
      '服务教师 done: untick one of three → 进行中',
      ticked(three, [0, 1, 2]),
      1,
      false,
      false,
      'inProgress',
      null,
    ],
    ['开班准备工作 done: undo its only tick → 未开始', ticked(one, [0]), 0, false, false, 'notStarted', null],
    ['服务教师 不适用: a tick leaves it 不适用', na, 0, true, false, 'notApplicable', '王老师'],
    [
      '服务教师 进行中: untick a line, still 进行中',
      ticked(three, [0, 1]),
      0,
      false,
      false,
      'inProgress',
      null,
    ],
  ]
  it.each(table)('%s', (_why, it0, line, done, closes, status, completedBy) => {
    expect(tickCloses(it0, line, done)).toBe(closes)
    const next = tickTask(it0, line, done, BY_WANG)
    expect(next.status).toBe(status)
    expect(next.completedBy).toBe(completedBy)
    expect(next.tasks[line]?.done).toBe(done)
  })
})
