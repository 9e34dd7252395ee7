import { describe, expect, it } from 'vitest'
import {
  instantiateChecklist,
  setItemDue,
  setItemNote,
  setItemStatus,
  tickTask,
  updateItem,
} from './classChecklist'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { applyTemplateUpdate, describeTemplateUpdate, pendingTemplateUpdate } from './templateUpdate'
import {
  addItem,
  duplicateTemplate,
  moveItem,
  reinstateItem,
  retireItem,
  rewordItem,
  setItemDueRule,
} from './templateVersioning'
import type { ClassChecklist, ClassChecklistItem } from './types'

const dates = { startDate: '2025-03-10', endDate: '2025-04-04' }
const by = { person: '王老师', at: '2025-03-12' }

function item(list: ClassChecklist, code: string): ClassChecklistItem {
  const found = list.items.find((it) => it.code === code)
  if (!found) throw new Error(`no item ${code}`)
  return found
}

/** A running 中青班 with some work done on the key-class table, version 1. */
function runningClass(): ClassChecklist {
  let c = instantiateChecklist(KEY_CLASS_TEMPLATE, dates, { headTeachers: ['王老师'] })
  c = updateItem(c, 'key.prep.01', (it) => setItemStatus(it, 'done', by))
  c = updateItem(c, 'key.during.07', (it) =>
    setItemNote(tickTask(tickTask(it, 0, true), 3, true), '身份证已核对'),
  )
  c = updateItem(c, 'key.during.19', (it) => setItemStatus(it, 'notApplicable', by))
  c = updateItem(c, 'key.closing.01', (it) => setItemDue(it, { anchor: 'end', offsetDays: 2 }, dates))
  return c
}

describe('the school edits the template; a running class changes only when the user applies', () => {
  const v2 = [
    (t: typeof KEY_CLASS_TEMPLATE) =>
      rewordItem(t, 'key.during.07', {
        tasks: [
          '提醒学员校对学员信息，尤其是姓名、身份证',
          '了解学员需求，根据情况汇报、调整安排',
          '提醒学员上交学习体会、讨论记录、学员鉴定表等',
          '与学员谈心谈话，了解班级情况及学员思想动态',
        ],
      }),
    (t: typeof KEY_CLASS_TEMPLATE) => retireItem(t, 'key.during.19'),
    (t: typeof KEY_CLASS_TEMPLATE) =>
      addItem(t, { phase: 'closing', matter: '满意度测评', tasks: ['发放评估问卷'], departments: [] }),
    (t: typeof KEY_CLASS_TEMPLATE) => setItemDueRule(t, 'key.closing.01', { anchor: 'end', offsetDays: 10 }),
    (t: typeof KEY_CLASS_TEMPLATE) => setItemDueRule(t, 'key.closing.02', { anchor: 'end', offsetDays: 10 }),
    (t: typeof KEY_CLASS_TEMPLATE) => moveItem(t, 'key.prep.04', { index: 0 }),
  ].reduce((t, edit) => edit(t), KEY_CLASS_TEMPLATE)
  const before = runningClass()

  it('offers the newer version without touching the class', () => {
    expect(pendingTemplateUpdate(before, [v2])).toBe(v2)
    expect(pendingTemplateUpdate(before, [])).toBeUndefined()
    expect(before.templateVersion).toBe(1)
  })

  it('says what applying would change', () => {
    const summary = describeTemplateUpdate(before, v2)
    expect(summary.added.map((r) => r.code)).toEqual(['key.closing.05'])
    expect(summary.retired).toEqual([{ code: 'key.during.19', matter: '挂职锻炼' }])
    expect(summary.reinstated).toEqual([])
    // key.closing.01's new rule does not count: the class set its own.
    expect(summary.changed.map((r) => r.code)).toEqual(['key.during.07', 'key.closing.02'])
  })

  const after = applyTemplateUpdate(before, v2, dates, { headTeachers: ['王老师'] })

  it('records the new version', () => {
    expect(after).toMatchObject({ templateId: 'builtin.key', templateVersion: v2.version })
  })

  it('keeps status, completion, note of the items that still exist', () => {
    expect(item(after, 'key.prep.01')).toMatchObject({
      status: 'done',
      completedBy: '王老师',
      completedAt: '2025-03-12',
    })
    expect(item(after, 'key.during.07').note).toBe('身份证已核对')
  })

  it('keeps each tick on its line through rewording and reordering', () => {
    // Line 1 unchanged (ticked), line 2 reworded in place (unticked before), line 3 is the old line 4
    // (ticked), line 4 the old line 3 (unticked).
    expect(item(after, 'key.during.07').tasks.map((t) => t.done)).toEqual([true, false, true, false])
  })

  it('marks items the template retired, keeping their history', () => {
    expect(item(after, 'key.during.19')).toMatchObject({ retired: true, status: 'notApplicable' })
  })

  it('adds new items 未开始 with a due date', () => {
    expect(item(after, 'key.closing.05')).toMatchObject({
      status: 'notStarted',
      dueDate: '2025-04-11',
      responsible: ['王老师'],
    })
  })

  it('takes new due rules, except where the class set its own', () => {
    expect(item(after, 'key.closing.02').dueDate).toBe('2025-04-14')
    expect(item(after, 'key.closing.01')).toMatchObject({ dueDate: '2025-04-06', dueOverridden: true })
  })

  it('follows the template’s order', () => {
    expect(after.items.slice(0, 4).map((it) => it.code)).toEqual([
      'key.prep.04',
      'key.prep.01',
      'key.prep.02',
      'key.prep.03',
    ])
  })

  it('leaves the class it was given unchanged', () => {
    expect(before).toEqual(runningClass())
  })

  it('brings a retired item back, with its history, when the template reinstates it', () => {
    const v3 = reinstateItem(v2, 'key.during.19')
    expect(describeTemplateUpdate(after, v3).reinstated.map((r) => r.code)).toEqual(['key.during.19'])
    expect(item(applyTemplateUpdate(after, v3, dates), 'key.during.19')).toMatchObject({
      retired: false,
      status: 'notApplicable',
    })
  })
})

describe('moving a class to another template', () => {
  it('keeps the work on items the two share (a copy keeps the codes) and retires the rest', () => {
    const before = runningClass()
    const own = retireItem(
      duplicateTemplate(KEY_CLASS_TEMPLATE, { id: 'tpl-1', name: '本校重点班级事项表' }),
      'key.prep.01',
    )
    const after = applyTemplateUpdate(before, own, dates)
    expect(after).toMatchObject({
      templateId: 'tpl-1',
      templateVersion: 2,
      templateName: '本校重点班级事项表',
    })
    expect(item(after, 'key.prep.01')).toMatchObject({ retired: true, status: 'done' })
    expect(item(after, 'key.during.07').note).toBe('身份证已核对')
  })

  it('retires items the new template does not have at all, at the end of their phase', () => {
    const before = runningClass()
    const other = {
      ...KEY_CLASS_TEMPLATE,
      id: 'tpl-2',
      items: KEY_CLASS_TEMPLATE.items.filter((t) => t.code !== 'key.prep.02'),
    }
    expect(describeTemplateUpdate(before, other).retired.map((r) => r.code)).toEqual(['key.prep.02'])
    const after = applyTemplateUpdate(before, other, dates)
    expect(after.items.slice(0, 4).map((it) => [it.code, it.retired])).toEqual([
      ['key.prep.01', false],
      ['key.prep.03', false],
      ['key.prep.04', false],
      ['key.prep.02', true],
    ])
  })
})
