import type {
  ChecklistTemplate,
  ChecklistTemplateItem,
  ChecklistTemplateTier,
  ClassChecklist,
  ClassChecklistItem,
  ClassDates,
} from '@shared/checklist'
import type { ClassTier } from '@shared/domain/trainingClass'
import type { Synced } from '@shared/sync/record'

/**
 * How a class's duty checklist and the template library are stored. A class's copy is a header
 * plus one record per item, so that two offices ticking different items never touch the same
 * record; ids are built from natural keys (class + item code, template + version) so that the same
 * fact recorded in two offices merges into one record instead of two rivals.
 */

/** One per class; the record id is the class id. */
export interface ChecklistHeaderFields {
  classId: string
  templateId: string
  templateVersion: number
  templateName: string
  /** The class dates the items' due dates were computed from: when the class's differ, they follow. */
  datesFrom: ClassDates
  /** The head teachers items were assigned to by default: when the class's change, untouched assignments follow. */
  headTeachersFrom: string[]
  /**
   * The tier the template was picked for automatically, or null once the user chose a template.
   * While set, an untouched checklist follows a change of the class's tier.
   */
  autoTier: ClassTier | null
}
export type ChecklistHeaderRecord = Synced<ChecklistHeaderFields>

/** One item of a class's copy; the record id is `${classId}:${code}`. */
export interface ChecklistItemFields extends ClassChecklistItem {
  classId: string
  /** Position in the class's copy (the template's order). */
  order: number
}
export type ChecklistItemRecord = Synced<ChecklistItemFields>

/** A stored template version; the record id is `${templateId}@${version}`. */
export interface ChecklistTemplateFields {
  templateId: string
  name: string
  tier: ChecklistTemplateTier
  version: number
  items: ChecklistTemplateItem[]
  derivedFrom: { templateId: string; version: number } | null
}
export type ChecklistTemplateRecord = Synced<ChecklistTemplateFields>

export function checklistItemId(classId: string, code: string): string {
  return `${classId}:${code}`
}

export function templateRecordId(templateId: string, version: number): string {
  return `${templateId}@${version}`
}

/** A class's checklist as the UI and the pure rules see it. */
export interface ClassChecklistView extends ClassChecklist {
  classId: string
  datesFrom: ClassDates
  headTeachersFrom: string[]
  autoTier: ClassTier | null
}

export function itemFromRecord(record: ChecklistItemRecord): ClassChecklistItem {
  const {
    id: _id,
    createdAt: _c,
    deleted: _d,
    _hlc,
    _updated,
    _base,
    classId: _classId,
    order: _order,
    ...item
  } = record
  return item
}

/** The header and its live items in their order. */
export function checklistFromRecords(
  header: ChecklistHeaderRecord,
  items: readonly ChecklistItemRecord[],
): ClassChecklistView {
  return {
    classId: header.classId,
    templateId: header.templateId,
    templateVersion: header.templateVersion,
    templateName: header.templateName,
    datesFrom: header.datesFrom,
    headTeachersFrom: header.headTeachersFrom,
    autoTier: header.autoTier,
    items: items
      .filter((r) => !r.deleted && r.classId === header.classId)
      .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
      .map(itemFromRecord),
  }
}

export function templateFromRecord(record: ChecklistTemplateRecord): ChecklistTemplate {
  const template: ChecklistTemplate = {
    id: record.templateId,
    name: record.name,
    tier: record.tier,
    version: record.version,
    items: record.items,
  }
  if (record.derivedFrom) template.derivedFrom = record.derivedFrom
  return template
}

export function templateToFields(template: ChecklistTemplate): ChecklistTemplateFields {
  return {
    templateId: template.id,
    name: template.name,
    tier: template.tier,
    version: template.version,
    items: template.items,
    derivedFrom: template.derivedFrom ?? null,
  }
}
