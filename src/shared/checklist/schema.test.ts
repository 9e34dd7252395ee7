import { describe, expect, it } from 'vitest'
import { instantiateChecklist, setItemStatus, updateItem } from './classChecklist'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import {
  checklistTemplateSchema,
  classChecklistItemSchema,
  dueRuleSchema,
  templateItemInputSchema,
} from './schema'
import { duplicateTemplate } from './templateVersioning'

describe('stored shapes pass their schema', () => {
  it.each([
    KEY_CLASS_TEMPLATE,
    ORDINARY_CLASS_TEMPLATE,
    duplicateTemplate(KEY_CLASS_TEMPLATE, { id: 'x', name: '副本' }),
  ])('template $name', (template) => {
    expect(checklistTemplateSchema.parse(template)).toEqual(template)
  })

  it('every item of a class copy', () => {
    const copy = updateItem(
      instantiateChecklist(KEY_CLASS_TEMPLATE, { startDate: '2025-03-10', endDate: '2025-04-04' }),
      'key.prep.01',
      (it) => setItemStatus(it, 'done', { person: '王老师', at: '2025-03-07' }),
    )
    for (const item of copy.items) expect(classChecklistItemSchema.parse(item)).toEqual(item)
  })

  it('refuses a class item with a date that does not exist', () => {
    const item = instantiateChecklist(ORDINARY_CLASS_TEMPLATE, {
      startDate: '2025-03-10',
      endDate: '2025-03-12',
    }).items[0]
    expect(classChecklistItemSchema.safeParse({ ...item, dueDate: '2025-02-30' }).success).toBe(false)
  })
})

describe('the item form: messages in Chinese', () => {
  const ok = {
    phase: 'during',
    matter: '情景模拟',
    tasks: ['准备场地'],
    departments: [{ department: '班主任', role: 'lead' }],
    due: { anchor: 'end', offsetDays: 0 },
  }
  const table: [string, object, string | null][] = [
    ['a valid item', ok, null],
    ['no 事项', { ...ok, matter: '  ' }, '请填写事项'],
    ['an empty 具体工作 line', { ...ok, tasks: [''] }, '具体工作不能为空'],
    [
      'an office not in the list',
      { ...ok, departments: [{ department: '财务科', role: 'lead' }] },
      '请选择责任部门',
    ],
    ['a fraction of a day', { ...ok, due: { anchor: 'end', offsetDays: 1.5 } }, '天数应为整数'],
  ]
  it.each(table)('%s', (_what, input, message) => {
    const result = templateItemInputSchema.safeParse(input)
    expect(result.success).toBe(message === null)
    if (message !== null) expect(result.error?.issues.map((i) => i.message)).toContain(message)
  })

  it('limits a due rule to a year either side', () => {
    expect(dueRuleSchema.safeParse({ anchor: 'start', offsetDays: -366 }).success).toBe(false)
    expect(dueRuleSchema.safeParse({ anchor: 'start', offsetDays: -365 }).success).toBe(true)
  })
})
