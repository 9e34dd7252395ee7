import {
  applyTemplateUpdate,
  BUILTIN_TEMPLATES,
  classChecklistItemSchema,
  defaultDueRule,
  dueDateFor,
  dueRuleForDate,
  instantiateChecklist,
  isUntouched,
  latestVersion,
  pendingTemplateUpdate,
  recomputeDueDates,
  setItemDue,
  setItemNote,
  setItemResponsible,
  setItemStatus,
  templateForTier,
  tickTask,
  type ChecklistStatus,
  type ChecklistTemplate,
  type ClassChecklist,
  type ClassChecklistItem,
  type ClassDates,
  type ResponsibleDefaults,
} from '@shared/checklist'
import type { ClassTier } from '@shared/domain/trainingClass'
import type { BanwuDatabase, ClassRecord } from '../core/database'
import {
  checklistFromRecords,
  checklistItemId,
  itemFromRecord,
  type ChecklistHeaderFields,
  type ChecklistItemFields,
  type ChecklistItemRecord,
  type ClassChecklistView,
} from './checklistRecords'
import type { ChecklistTemplateRepository } from './checklistTemplateRepository'
import type { Replica } from '../core/replica'
import { sameValue, SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

/** What the checklist needs to know of its class. */
export type ChecklistClass = Pick<ClassRecord, 'id' | 'tier' | 'startDate' | 'endDate' | 'headTeachers'>

/** Who did it and when (ISO date-time, local). There are no logins: the UI says who "me" is. */
export interface Actor {
  person: string
  at: string
}

/**
 * A class's duty checklist (班务工作事项表): created from the template of the class's tier, kept in
 * line with the class's dates and head teachers, ticked item by item. Every change is computed by the
 * pure rules in @shared/checklist and written here, read and write in one transaction.
 */
export class ChecklistRepository {
  private readonly headers: SyncedRepository<ChecklistHeaderFields>
  private readonly items: SyncedRepository<ChecklistItemFields>

  constructor(
    private readonly db: BanwuDatabase,
    replica: Replica,
    private readonly templates: ChecklistTemplateRepository,
  ) {
    this.headers = new SyncedRepository(db, db.checklists, replica)
    this.items = new SyncedRepository(db, db.checklistItems, replica)
  }

  async get(classId: string): Promise<ClassChecklistView | undefined> {
    const header = await this.db.checklists.get(classId)
    if (!header || header.deleted) return undefined
    return checklistFromRecords(header, await this.items.listWhere('classId', classId))
  }

  /** Every class's checklist (for 我的待办 and the home page). */
  async listAll(): Promise<ClassChecklistView[]> {
    const [headers, items] = await Promise.all([
      this.db.checklists.toArray(),
      this.db.checklistItems.toArray(),
    ])
    const byClass = new Map<string, ChecklistItemRecord[]>()
    for (const r of items) byClass.set(r.classId, [...(byClass.get(r.classId) ?? []), r])
    return headers.filter((h) => !h.deleted).map((h) => checklistFromRecords(h, byClass.get(h.classId) ?? []))
  }

  /**
   * Brings the class's checklist in line with the class, and creates it the first time: the key-class
   * template for 重点班级, the ordinary one otherwise. Afterwards due dates follow the class's dates,
   * items still assigned to the head teachers by default follow a change of head teachers, and an
   * untouched checklist whose template was picked by tier follows a change of tier. Safe to call any
   * number of times, from any office: ids are deterministic and an unchanged checklist is not written.
   */
  async reconcile(cls: ChecklistClass): Promise<ClassChecklistView> {
    return this.transaction(async () => {
      const library = await this.templates.listVersions()
      const current = await this.get(cls.id)
      const tierChanged = current && current.autoTier !== null && current.autoTier !== cls.tier
      if (!current || (tierChanged && isUntouched(current))) {
        const template = templateForTier(cls.tier, library)
        return this.save(cls, current, switchedTo(current, template, cls), cls.tier)
      }
      let next: ClassChecklist = current
      if (!sameValue(current.datesFrom, datesOf(cls))) next = recomputeDueDates(next, datesOf(cls))
      if (!sameValue(current.headTeachersFrom, cls.headTeachers)) {
        next = {
          ...next,
          items: next.items.map((it) =>
            sameSet(it.responsible, current.headTeachersFrom)
              ? { ...it, responsible: [...cls.headTeachers] }
              : it,
          ),
        }
      }
      return this.save(cls, current, next, current.autoTier)
    })
  }

  /**
   * Another template for the class, allowed before the class starts. Items the new template shares
   * (same code, as in a copy of the old one) keep their progress; items with progress that the new
   * template lacks are retired, not erased (switching back reinstates them); untouched ones go.
   */
  async switchTemplate(cls: ChecklistClass, templateId: string, today: string): Promise<ClassChecklistView> {
    if (today >= cls.startDate) throw new Error('班次已开班，不能再切换事项表模板')
    return this.transaction(async () => {
      const library = await this.templates.listVersions()
      const template = latestVersion(library, templateId)
      if (!template) throw new Error('模板库中没有这个模板')
      const current = await this.get(cls.id)
      if (current?.templateId === templateId) throw new Error('本班已在使用这个模板')
      const autoTier = templateForTier(cls.tier, library).id === templateId ? cls.tier : null
      return this.save(cls, current, switchedTo(current, template, cls), autoTier)
    })
  }

  /** Takes the newest version of the class's template (see describeTemplateUpdate for what changes). */
  async applyTemplateUpdate(cls: ChecklistClass): Promise<ClassChecklistView> {
    return this.transaction(async () => {
      const current = await this.get(cls.id)
      if (!current) throw new Error('本班还没有事项表')
      const update = pendingTemplateUpdate(current, await this.templates.listVersions())
      if (!update) throw new Error('本班的事项表已是模板的最新版本')
      const next = applyTemplateUpdate(current, update, datesOf(cls), defaultsOf(cls))
      return this.save(cls, current, next, current.autoTier)
    })
  }

  /** 已完成 and 不适用 record who and when; going back clears it. */
  async setStatus(classId: string, code: string, status: ChecklistStatus, by: Actor): Promise<void> {
    if ((status === 'done' || status === 'notApplicable') && by.person.trim() === '')
      throw new Error('请填写完成人')
    await this.editItem(classId, code, (it) =>
      setItemStatus(it, status, { person: by.person.trim(), at: by.at }),
    )
  }

  /**
   * Ticks one 具体工作 line: the first tick moves the item to 进行中, the last one completes it as
   * `by` (required then: see tickCloses); unticking a line of a completed item reopens it.
   */
  async tickTask(classId: string, code: string, index: number, done: boolean, by?: Actor): Promise<void> {
    await this.editItem(classId, code, (it) => tickTask(it, index, done, by))
  }

  async setNote(classId: string, code: string, note: string): Promise<void> {
    await this.editItem(classId, code, (it) => setItemNote(it, note))
  }

  async setResponsible(classId: string, code: string, people: string[]): Promise<void> {
    await this.editItem(classId, code, (it) => setItemResponsible(it, people))
  }

  /** A due date for this class only, kept as a rule from the same anchor so it moves with the class. */
  async setDueDate(cls: ChecklistClass, code: string, date: string): Promise<void> {
    await this.editItem(cls.id, code, (it) =>
      setItemDue(it, dueRuleForDate(date, it.due.anchor, datesOf(cls)), datesOf(cls)),
    )
  }

  /** Back to the rule of the template version the class uses; template updates apply to it again. */
  async resetDueDate(cls: ChecklistClass, code: string): Promise<void> {
    await this.transaction(async () => {
      const current = await this.get(cls.id)
      if (!current) throw new Error('本班还没有事项表')
      const template = findVersion(
        await this.templates.listVersions(),
        current.templateId,
        current.templateVersion,
      )
      await this.editItem(cls.id, code, (it) => {
        const due = template?.items.find((t) => t.code === code)?.due ?? defaultDueRule(it.phase)
        return { ...it, due: { ...due }, dueOverridden: false, dueDate: dueDateFor(due, datesOf(cls)) }
      })
    })
  }

  private async editItem(
    classId: string,
    code: string,
    edit: (item: ClassChecklistItem) => ClassChecklistItem,
  ): Promise<void> {
    await this.transaction(async () => {
      const id = checklistItemId(classId, code)
      const record = await this.db.checklistItems.get(id)
      if (!record || record.deleted) throw new Error('本班事项表中没有这个事项（可能已切换模板）')
      const next = edit(itemFromRecord(record))
      validate(next)
      await this.items.update(id, next)
    })
  }

  /** Writes `next` over `current`: changed records only, removed items as tombstones. */
  private async save(
    cls: ChecklistClass,
    current: ClassChecklistView | undefined,
    next: ClassChecklist,
    autoTier: ClassTier | null,
  ): Promise<ClassChecklistView> {
    next.items.forEach(validate)
    const header: ChecklistHeaderFields = {
      classId: cls.id,
      templateId: next.templateId,
      templateVersion: next.templateVersion,
      templateName: next.templateName,
      datesFrom: datesOf(cls),
      headTeachersFrom: [...cls.headTeachers],
      autoTier,
    }
    const before = new Map(
      (current?.items ?? []).map((it, order) => [it.code, { ...it, classId: cls.id, order }]),
    )
    if (!current || !sameFields(headerOf(current), header)) await this.headers.put(cls.id, header)
    for (const [order, item] of next.items.entries()) {
      const fields: ChecklistItemFields = { ...item, classId: cls.id, order }
      const old = before.get(item.code)
      if (!old || !sameFields(old, fields)) await this.items.put(checklistItemId(cls.id, item.code), fields)
    }
    const kept = new Set(next.items.map((it) => it.code))
    for (const code of before.keys()) {
      if (!kept.has(code)) await this.items.softDelete(checklistItemId(cls.id, code))
    }
    return { ...header, items: next.items }
  }

  private transaction<T>(fn: () => Promise<T>): Promise<T> {
    const { checklists, checklistItems, checklistTemplates, local } = this.db
    return this.db.transaction('rw', [checklists, checklistItems, checklistTemplates, local], fn)
  }
}

function datesOf(cls: ChecklistClass): ClassDates {
  return { startDate: cls.startDate, endDate: cls.endDate }
}

function defaultsOf(cls: ChecklistClass): ResponsibleDefaults {
  return { headTeachers: [...cls.headTeachers] }
}

function headerOf(view: ClassChecklistView): ChecklistHeaderFields {
  const { items: _items, ...header } = view
  return header
}

/** Field by field, so that the order keys were written in does not count as a change. */
function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = new Set([...Object.keys(x), ...Object.keys(y)])
  return [...keys].every((k) => sameValue(x[k], y[k]))
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

function untouchedItem(item: ClassChecklistItem): boolean {
  return isUntouched({ templateId: '', templateVersion: 0, templateName: '', items: [item] })
}

/**
 * The class's copy moved to another template: a fresh copy when there is none yet; otherwise the
 * template's items taken as an update (shared codes keep their progress), dropping the old items
 * that carry nothing worth keeping.
 */
function switchedTo(
  current: ClassChecklist | undefined,
  template: ChecklistTemplate,
  cls: ChecklistClass,
): ClassChecklist {
  if (!current) return instantiateChecklist(template, datesOf(cls), defaultsOf(cls))
  const merged = applyTemplateUpdate(current, template, datesOf(cls), defaultsOf(cls))
  const active = new Set(template.items.filter((t) => !t.retired).map((t) => t.code))
  return { ...merged, items: merged.items.filter((it) => active.has(it.code) || !untouchedItem(it)) }
}

/** One exact version: a built-in's version 1 lives in code, the rest in the library. */
function findVersion(
  library: readonly ChecklistTemplate[],
  templateId: string,
  version: number,
): ChecklistTemplate | undefined {
  return [...BUILTIN_TEMPLATES, ...library].find((t) => t.id === templateId && t.version === version)
}

function validate(item: ClassChecklistItem): void {
  const r = classChecklistItemSchema.safeParse(item)
  if (!r.success) throw ValidationError.fromZod(r.error)
}
