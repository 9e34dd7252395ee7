import { describe, expect, it } from 'vitest'
import { DUE_AFTER_END, DUE_BEFORE_START } from './dueDates'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'
import {
  addItem,
  duplicateTemplate,
  moveItem,
  nextItemCode,
  reinstateItem,
  renameTemplate,
  retireItem,
  rewordItem,
  setItemDepartments,
  setItemDueRule,
} from './templateVersioning'
import type { ChecklistTemplate } from './types'

const key = KEY_CLASS_TEMPLATE
const codes = (t: ChecklistTemplate, phase?: string) =>
  t.items.filter((it) => phase === undefined || it.phase === phase).map((it) => it.code)
const find = (t: ChecklistTemplate, code: string) => t.items.find((it) => it.code === code)
const snapshot = JSON.stringify(key)

describe('every edit returns the next version and leaves the old one as it was', () => {
  const edits: [string, (t: ChecklistTemplate) => ChecklistTemplate][] = [
    ['add', (t) => addItem(t, { phase: 'during', matter: '情景模拟', tasks: ['准备场地'], departments: [] })],
    ['reword', (t) => rewordItem(t, 'key.prep.04', { matter: '布置教室及会场' })],
    ['departments', (t) => setItemDepartments(t, 'key.prep.04', [{ department: '行政科', role: 'lead' }])],
    ['due rule', (t) => setItemDueRule(t, 'key.prep.04', { anchor: 'start', offsetDays: -2 })],
    ['retire', (t) => retireItem(t, 'key.during.19')],
    ['reorder', (t) => moveItem(t, 'key.prep.04', { index: 0 })],
    ['rename', (t) => renameTemplate(t, '重点班级事项表（2026 版）')],
  ]
  it.each(edits)('%s', (_name, edit) => {
    const next = edit(key)
    expect(next.version).toBe(key.version + 1)
    expect(next.id).toBe(key.id)
    expect(next).not.toEqual({ ...key, version: key.version + 1 })
    expect(JSON.stringify(key)).toBe(snapshot)
  })

  it('an edit that changes nothing makes no new version', () => {
    expect(rewordItem(key, 'key.prep.04', { matter: '布置教室' })).toBe(key)
    expect(moveItem(key, 'key.prep.01', { index: 0 })).toBe(key)
    expect(renameTemplate(key, ` ${key.name} `)).toBe(key)
  })

  it('versions count up edit after edit', () => {
    const v3 = retireItem(rewordItem(key, 'key.prep.04', { matter: '布置会场' }), 'key.prep.04')
    expect(v3.version).toBe(3)
    expect(find(v3, 'key.prep.04')).toMatchObject({ matter: '布置会场', retired: true })
  })
})

describe('addItem', () => {
  it('adds at the end of its phase with the next code and the phase default due rule', () => {
    const next = addItem(key, {
      phase: 'prep',
      matter: ' 制作学员证 ',
      tasks: ['打印', ' ', '塑封'],
      departments: [],
    })
    expect(codes(next, 'prep')).toEqual([
      'key.prep.01',
      'key.prep.02',
      'key.prep.03',
      'key.prep.04',
      'key.prep.05',
    ])
    expect(find(next, 'key.prep.05')).toEqual({
      code: 'key.prep.05',
      phase: 'prep',
      matter: '制作学员证',
      tasks: ['打印', '塑封'],
      departments: [],
      due: DUE_BEFORE_START,
      retired: false,
    })
    // Items stay grouped by phase: the new prep row sits before the first 班级事务 row.
    expect(next.items[4]?.code).toBe('key.prep.05')
    expect(next.items[5]?.code).toBe('key.during.01')
  })

  it('adds at a position within the phase, with its own due rule', () => {
    const next = addItem(ORDINARY_CLASS_TEMPLATE, {
      phase: 'closing',
      matter: '满意度测评',
      tasks: [],
      departments: [{ department: '学员工作科', role: 'lead' }],
      due: { anchor: 'end', offsetDays: 3 },
      index: 0,
    })
    expect(codes(next, 'closing')).toEqual([
      'ordinary.closing.03',
      'ordinary.closing.01',
      'ordinary.closing.02',
    ])
    expect(find(next, 'ordinary.closing.03')?.due).toEqual({ anchor: 'end', offsetDays: 3 })
  })

  it('adds to a part the table does not have (一般班级 has no 其他注意事项)', () => {
    const next = addItem(ORDINARY_CLASS_TEMPLATE, {
      phase: 'notes',
      matter: '从严治学',
      tasks: [],
      departments: [],
    })
    expect(codes(next, 'notes')).toEqual(['ordinary.notes.01'])
    expect(next.items.at(-1)?.code).toBe('ordinary.notes.01')
  })

  it('never reuses the code of a retired item', () => {
    const retired = retireItem(key, 'key.notes.02')
    expect(nextItemCode(retired, 'notes')).toBe('key.notes.03')
  })

  it('refuses an empty 事项 and a code that exists', () => {
    expect(() => addItem(key, { phase: 'prep', matter: '  ', tasks: [], departments: [] })).toThrow(
      '事项名称不能为空',
    )
    expect(() =>
      addItem(key, { phase: 'prep', matter: '重复', tasks: [], departments: [], code: 'key.prep.01' }),
    ).toThrow('key.prep.01 已存在')
  })
})

describe('rewording, offices and due rules', () => {
  it('rewords the 具体工作 lines and keeps the rest', () => {
    const next = rewordItem(key, 'key.during.11', { tasks: ['告知学员讨论主题', '安排讨论室'] })
    expect(find(next, 'key.during.11')).toMatchObject({
      matter: '小组讨论',
      tasks: ['告知学员讨论主题', '安排讨论室'],
    })
  })

  it('changes the due rule of one item only', () => {
    const next = setItemDueRule(key, 'key.closing.01', { anchor: 'end', offsetDays: 5 })
    expect(find(next, 'key.closing.01')?.due).toEqual({ anchor: 'end', offsetDays: 5 })
    expect(find(next, 'key.closing.02')?.due).toEqual(DUE_AFTER_END)
  })

  it('refuses an unknown code', () => {
    expect(() => retireItem(key, 'key.prep.99')).toThrow('key.prep.99')
  })
})

describe('retire and reinstate', () => {
  it('keeps a retired item in the template, in its place', () => {
    const next = retireItem(key, 'key.during.19')
    expect(codes(next)).toEqual(codes(key))
    expect(find(next, 'key.during.19')?.retired).toBe(true)
    expect(find(reinstateItem(next, 'key.during.19'), 'key.during.19')?.retired).toBe(false)
  })
})

describe('moveItem', () => {
  it('reorders within a phase', () => {
    const next = moveItem(key, 'key.prep.04', { index: 1 })
    expect(codes(next, 'prep')).toEqual(['key.prep.01', 'key.prep.04', 'key.prep.02', 'key.prep.03'])
  })

  it('clamps the position to the phase', () => {
    expect(codes(moveItem(key, 'key.prep.01', { index: 99 }), 'prep')).toEqual([
      'key.prep.02',
      'key.prep.03',
      'key.prep.04',
      'key.prep.01',
    ])
  })

  it('moves into another phase, keeping the code', () => {
    const next = moveItem(key, 'key.during.19', { phase: 'notes', index: 0 })
    expect(codes(next, 'notes')).toEqual(['key.during.19', 'key.notes.01', 'key.notes.02'])
    expect(codes(next, 'during')).not.toContain('key.during.19')
    expect(next.items.map((it) => it.phase)).toEqual([...next.items.map((it) => it.phase)].sort(phaseOrder))
  })
})

const PHASES = ['prep', 'during', 'closing', 'notes']
function phaseOrder(a: string, b: string): number {
  return PHASES.indexOf(a) - PHASES.indexOf(b)
}

describe('duplicateTemplate: the school makes its own', () => {
  it('copies a version as version 1 of a custom template that remembers its source', () => {
    const v2 = retireItem(key, 'key.during.19')
    const copy = duplicateTemplate(v2, { id: 'tpl-01', name: ' 党务干部班事项表 ' })
    expect(copy).toMatchObject({ id: 'tpl-01', name: '党务干部班事项表', tier: 'custom', version: 1 })
    expect(copy.derivedFrom).toEqual({ templateId: 'builtin.key', version: 2 })
    expect(copy.items).toEqual(v2.items)
    expect(
      addItem(copy, { phase: 'prep', matter: '新事项', tasks: [], departments: [] }).items[4]?.code,
    ).toBe('custom.prep.05')
  })

  it('does not share objects with its source', () => {
    const copy = duplicateTemplate(key, { id: 'tpl-02', name: '副本' })
    copy.items[0]?.tasks.push('改动')
    expect(key.items[0]?.tasks).toHaveLength(1)
  })

  it('needs a name and an id of its own', () => {
    expect(() => duplicateTemplate(key, { id: 'tpl-03', name: ' ' })).toThrow('模板名称不能为空')
    expect(() => duplicateTemplate(key, { id: key.id, name: '副本' })).toThrow('新的模板编号')
  })
})
