import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addItem,
  checklistSummary,
  KEY_CLASS_TEMPLATE,
  ORDINARY_CLASS_TEMPLATE,
  rewordItem,
  type ClassChecklistItem,
} from '@shared/checklist'
import { newClassDefaults, type ClassType } from '@shared/domain/trainingClass'
import { compareHlc } from '@shared/sync/hlc'
import { checklistItemId } from './checklistRecords'
import type { ClassRecord } from '../core/database'
import { openData, type DataAccess } from '../core/openData'

let n = 0
const opened: DataAccess[] = []
async function fresh(name = `checklist-${++n}`) {
  const data = await openData(name)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

/** A class as ClassRepository stores it: 2025-03-10 to 2025-03-14 unless told otherwise. */
async function newClass(data: DataAccess, type: ClassType, change: Partial<ClassRecord> = {}) {
  return data.classes.createClass({
    ...newClassDefaults(type, '2025-03-10'),
    name: `测试班（${type}）`,
    endDate: '2025-03-14',
    headTeachers: ['王老师'],
    ...change,
  })
}

const active = (t: { items: { retired: boolean }[] }) => t.items.filter((it) => !it.retired).length
const item = (items: readonly ClassChecklistItem[], code: string) => items.find((it) => it.code === code)!
const BY = { person: '王老师', at: '2025-03-08 09:30' }

describe('ChecklistRepository: a class gets the template of its tier', () => {
  it('gives a 中青班 (重点班级) the key-class table and a 委托班 (一般班级) the ordinary one', async () => {
    const data = await fresh()
    const key = await data.checklists.reconcile(await newClass(data, 'zhongqing'))
    const ordinary = await data.checklists.reconcile(await newClass(data, 'weituo'))
    expect(key.templateId).toBe('builtin.key')
    expect(key.items).toHaveLength(active(KEY_CLASS_TEMPLATE))
    expect(key.items.map((it) => it.matter)).toContain('挂职锻炼')
    expect(ordinary.templateId).toBe('builtin.ordinary')
    expect(ordinary.items).toHaveLength(active(ORDINARY_CLASS_TEMPLATE))
    expect(ordinary.items.map((it) => it.matter)).not.toContain('挂职锻炼')
  })

  it('stores one record per item with the id class:code, due dates from the class dates, head teachers responsible', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'zhongqing')
    await data.checklists.reconcile(cls)
    const record = await data.db.checklistItems.get(checklistItemId(cls.id, 'key.prep.01'))
    expect(record).toMatchObject({ classId: cls.id, order: 0, status: 'notStarted', responsible: ['王老师'] })
    // 开班准备 three days before 2025-03-10; 资料归档 within a week of 2025-03-14 (dueDates.ts defaults).
    expect(record?.dueDate).toBe('2025-03-07')
    const view = await data.checklists.get(cls.id)
    expect(view?.items.find((it) => it.phase === 'closing')?.dueDate).toBe('2025-03-21')
    expect((await data.db.checklists.get(cls.id))?.autoTier).toBe('key')
  })

  it('writes nothing when called again on an unchanged class (safe from every screen and office)', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    const before = await data.db.checklistItems.toArray()
    const clock = data.replica.clock.current()
    await Promise.all([data.checklists.reconcile(cls), data.checklists.reconcile(cls)])
    expect(await data.db.checklistItems.toArray()).toEqual(before)
    expect(data.replica.clock.current()).toBe(clock)
  })

  it('follows a change of tier while untouched, and stays once work is recorded', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    const asKey = await data.checklists.reconcile({ ...cls, tier: 'key' })
    expect(asKey.templateId).toBe('builtin.key')
    expect(await data.db.checklistItems.get(checklistItemId(cls.id, 'ordinary.prep.01'))).toMatchObject({
      deleted: true,
    })
    await data.checklists.tickTask(cls.id, 'key.prep.01', 0, true, BY)
    const kept = await data.checklists.reconcile({ ...cls, tier: 'ordinary' })
    expect(kept.templateId).toBe('builtin.key')
  })
})

describe('ChecklistRepository: ticking and status', () => {
  it('ticks a 具体工作 line, moving the item to 进行中, stamping only the fields that changed', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'zhongqing')
    await data.checklists.reconcile(cls)
    const id = checklistItemId(cls.id, 'key.during.07')
    const before = (await data.db.checklistItems.get(id))!
    await data.checklists.tickTask(cls.id, 'key.during.07', 1, true)
    const after = (await data.db.checklistItems.get(id))!
    expect(after.tasks.map((t) => t.done)).toEqual([false, true, false, false])
    expect(after.status).toBe('inProgress')
    expect(compareHlc(after._hlc.tasks!, before._hlc.tasks!)).toBe(1)
    expect(after._hlc.status).toBe(after._hlc.tasks)
    expect(after._hlc.matter).toBe(before._hlc.matter)
    expect(after._hlc.note).toBe(before._hlc.note)
  })

  it('ticking the last line completes the item as who ticked; unticking it (undo) reopens it', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'zhongqing')
    await data.checklists.reconcile(cls)
    // 000 附1 重点班级 服务教师: three lines.
    await data.checklists.tickTask(cls.id, 'key.during.09', 0, true)
    await data.checklists.tickTask(cls.id, 'key.during.09', 1, true)
    await expect(data.checklists.tickTask(cls.id, 'key.during.09', 2, true)).rejects.toThrow('请填写完成人')
    await data.checklists.tickTask(cls.id, 'key.during.09', 2, true, BY)
    let view = (await data.checklists.get(cls.id))!
    expect(item(view.items, 'key.during.09')).toMatchObject({ status: 'done', completedBy: '王老师' })
    expect(checklistSummary(view.items, '2025-03-08')).toMatchObject({ done: 1, finished: 1 })
    await data.checklists.tickTask(cls.id, 'key.during.09', 2, false)
    view = (await data.checklists.get(cls.id))!
    expect(item(view.items, 'key.during.09')).toMatchObject({ status: 'inProgress', completedBy: null })
  })

  it('records who closed an item and when, keeps it after a restart, and clears it when reopened', async () => {
    const name = `checklist-${++n}`
    const first = await fresh(name)
    const cls = await newClass(first, 'weituo')
    await first.checklists.reconcile(cls)
    await first.checklists.setStatus(cls.id, 'ordinary.prep.04', 'done', BY)
    await first.checklists.setNote(cls.id, 'ordinary.prep.04', '席卡按新名单重印')
    first.db.close()

    const second = await fresh(name)
    const view = (await second.checklists.get(cls.id))!
    expect(item(view.items, 'ordinary.prep.04')).toMatchObject({
      status: 'done',
      completedBy: '王老师',
      completedAt: '2025-03-08 09:30',
      note: '席卡按新名单重印',
    })
    expect(checklistSummary(view.items, '2025-03-08')).toMatchObject({ done: 1, finished: 1 })
    await second.checklists.setStatus(cls.id, 'ordinary.prep.04', 'inProgress', BY)
    expect(item((await second.checklists.get(cls.id))!.items, 'ordinary.prep.04')).toMatchObject({
      status: 'inProgress',
      completedBy: null,
      completedAt: null,
    })
  })

  it('refuses to close an item without a name, and an over-long note, writing nothing', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    await expect(
      data.checklists.setStatus(cls.id, 'ordinary.prep.01', 'done', { person: ' ', at: BY.at }),
    ).rejects.toThrow('请填写完成人')
    await expect(data.checklists.setNote(cls.id, 'ordinary.prep.01', '长'.repeat(2001))).rejects.toThrow(
      '备注不能超过 2000 个字',
    )
    expect(item((await data.checklists.get(cls.id))!.items, 'ordinary.prep.01')).toMatchObject({
      status: 'notStarted',
      note: '',
    })
  })

  it('changes the responsible people of one item', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    await data.checklists.setResponsible(cls.id, 'ordinary.prep.01', ['李科长', ' 王老师 ', '李科长'])
    expect(item((await data.checklists.get(cls.id))!.items, 'ordinary.prep.01').responsible).toEqual([
      '李科长',
      '王老师',
    ])
  })
})

describe('ChecklistRepository: the class changes', () => {
  it('moves due dates with the class dates, an item set by hand keeping its distance from its anchor', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    await data.checklists.setDueDate(cls, 'ordinary.prep.01', '2025-03-05') // five days before the start
    const moved = await data.checklists.reconcile({ ...cls, startDate: '2025-04-07', endDate: '2025-04-11' })
    expect(item(moved.items, 'ordinary.prep.01')).toMatchObject({
      dueDate: '2025-04-02',
      dueOverridden: true,
    })
    expect(item(moved.items, 'ordinary.prep.02').dueDate).toBe('2025-04-04')
    expect(moved.items.find((it) => it.phase === 'closing')?.dueDate).toBe('2025-04-18')
    expect((await data.db.checklists.get(cls.id))?.datesFrom).toEqual({
      startDate: '2025-04-07',
      endDate: '2025-04-11',
    })

    await data.checklists.resetDueDate(
      { ...cls, startDate: '2025-04-07', endDate: '2025-04-11' },
      'ordinary.prep.01',
    )
    expect(item((await data.checklists.get(cls.id))!.items, 'ordinary.prep.01')).toMatchObject({
      dueDate: '2025-04-04',
      dueOverridden: false,
    })
  })

  it('reassigns items still on the default head teachers when the head teachers change', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    await data.checklists.setResponsible(cls.id, 'ordinary.prep.02', ['李科长'])
    const next = await data.checklists.reconcile({ ...cls, headTeachers: ['赵老师', '钱老师'] })
    expect(item(next.items, 'ordinary.prep.01').responsible).toEqual(['赵老师', '钱老师'])
    expect(item(next.items, 'ordinary.prep.02').responsible).toEqual(['李科长'])
  })
})

describe('ChecklistRepository: switching template before the class starts', () => {
  it('switches an untouched checklist and refuses once the class has started', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'zhongqing')
    await data.checklists.reconcile(cls)
    await expect(data.checklists.switchTemplate(cls, 'builtin.ordinary', '2025-03-10')).rejects.toThrow(
      '已开班',
    )
    const switched = await data.checklists.switchTemplate(cls, 'builtin.ordinary', '2025-03-01')
    expect(switched.templateId).toBe('builtin.ordinary')
    expect(switched.items.every((it) => it.code.startsWith('ordinary.'))).toBe(true)
    const header = (await data.db.checklists.get(cls.id))!
    // The user's choice: a later change of tier no longer switches it back.
    expect(header.autoTier).toBeNull()
    expect((await data.checklists.reconcile(cls)).templateId).toBe('builtin.ordinary')
  })

  it('retires items with recorded work instead of erasing them, and reinstates them on switching back', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'zhongqing')
    await data.checklists.reconcile(cls)
    await data.checklists.setStatus(cls.id, 'key.during.01', 'done', BY)
    const ordinary = await data.checklists.switchTemplate(cls, 'builtin.ordinary', '2025-03-01')
    expect(item(ordinary.items, 'key.during.01')).toMatchObject({ retired: true, status: 'done' })
    expect(ordinary.items.filter((it) => it.code.startsWith('key.'))).toHaveLength(1)
    const back = await data.checklists.switchTemplate(cls, 'builtin.key', '2025-03-01')
    expect(item(back.items, 'key.during.01')).toMatchObject({
      retired: false,
      status: 'done',
      completedBy: '王老师',
    })
    expect(back.autoTier).toBe('key')
    expect(active(back)).toBe(active(KEY_CLASS_TEMPLATE))
  })
})

describe('ChecklistRepository and the template library: versions', () => {
  it('keeps a class on its version until the user applies the update, which keeps the ticks', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'weituo')
    await data.checklists.reconcile(cls)
    await data.checklists.tickTask(cls.id, 'ordinary.prep.01', 0, true, BY)
    let edited = addItem(ORDINARY_CLASS_TEMPLATE, {
      phase: 'prep',
      matter: '安排车辆',
      tasks: ['联系车队'],
      departments: [],
    })
    edited = rewordItem(edited, 'ordinary.prep.01', { matter: '开班准备' })
    const v2 = await data.checklistTemplates.saveNewVersion(edited, 1)
    expect(v2.version).toBe(2)
    expect(await data.db.checklistTemplates.get('builtin.ordinary@2')).toMatchObject({
      templateId: 'builtin.ordinary',
    })

    const untouched = await data.checklists.reconcile(cls)
    expect(untouched.templateVersion).toBe(1)
    expect(untouched.items.map((it) => it.matter)).not.toContain('安排车辆')

    const applied = await data.checklists.applyTemplateUpdate(cls)
    expect(applied.templateVersion).toBe(2)
    expect(item(applied.items, 'ordinary.prep.01')).toMatchObject({
      matter: '开班准备',
      status: 'done',
    })
    expect(item(applied.items, 'ordinary.prep.01').tasks[0]?.done).toBe(true)
    expect(applied.items.find((it) => it.matter === '安排车辆')).toMatchObject({
      status: 'notStarted',
      dueDate: '2025-03-07',
    })
    await expect(data.checklists.applyTemplateUpdate(cls)).rejects.toThrow('已是模板的最新版本')

    // A class created now gets version 2 straight away.
    const later = await data.checklists.reconcile(await newClass(data, 'ziban'))
    expect(later.templateVersion).toBe(2)
  })

  it('refuses a save based on an old version or with no change', async () => {
    const data = await fresh()
    const edited = rewordItem(KEY_CLASS_TEMPLATE, 'key.prep.04', { matter: '布置教室和会场' })
    await data.checklistTemplates.saveNewVersion(edited, 1)
    await expect(data.checklistTemplates.saveNewVersion(edited, 1)).rejects.toThrow('已有第 2 版')
    await expect(data.checklistTemplates.saveNewVersion({ ...edited, version: 2 }, 2)).rejects.toThrow(
      '没有修改',
    )
    await expect(
      data.checklistTemplates.saveNewVersion(
        rewordItem(edited, 'key.prep.04', { matter: '长'.repeat(101) }),
        2,
      ),
    ).rejects.toThrow('事项不能超过 100 个字')
  })

  it('duplicates a template as the school’s own, which a class can switch to keeping its work', async () => {
    const data = await fresh()
    const cls = await newClass(data, 'zhongqing')
    await data.checklists.reconcile(cls)
    await data.checklists.setStatus(cls.id, 'key.prep.01', 'done', BY)
    const own = await data.checklistTemplates.duplicate(KEY_CLASS_TEMPLATE, '本校重点班事项表')
    expect(own).toMatchObject({ tier: 'custom', version: 1, name: '本校重点班事项表' })
    expect(own.id).toMatch(/^custom\./)
    expect((await data.checklistTemplates.listVersions()).map((t) => t.id)).toEqual([own.id])
    const switched = await data.checklists.switchTemplate(cls, own.id, '2025-03-01')
    expect(switched).toMatchObject({ templateId: own.id, templateName: '本校重点班事项表', autoTier: null })
    expect(item(switched.items, 'key.prep.01').status).toBe('done')
  })
})
