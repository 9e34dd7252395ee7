import { z } from 'zod'
import { isIsoDate } from './isoDate'
import { CHECKLIST_PHASE_CODES, DEPARTMENTS, type ChecklistTemplate, type ClassChecklistItem } from './types'

/**
 * Schemas for checking what comes from a form, the database or a sync file before it is used.
 * Messages are shown to the user as they are.
 */

export const dueRuleSchema = z.object({
  anchor: z.enum(['start', 'end']),
  offsetDays: z
    .number({ message: '天数应为数字' })
    .int('天数应为整数')
    .min(-365, '天数不能超过一年')
    .max(365, '天数不能超过一年'),
})

export const responsibleDepartmentSchema = z.object({
  department: z.enum(DEPARTMENTS, { message: '请选择责任部门' }),
  role: z.enum(['lead', 'assist', 'listed']),
})

const matter = z.string().trim().min(1, '请填写事项').max(100, '事项不能超过 100 个字')
const task = z.string().trim().min(1, '具体工作不能为空').max(500, '每条具体工作不能超过 500 个字')

/** What the template editor's item form produces. */
export const templateItemInputSchema = z.object({
  phase: z.enum(CHECKLIST_PHASE_CODES),
  matter,
  tasks: z.array(task).max(20, '具体工作不能超过 20 条'),
  departments: z.array(responsibleDepartmentSchema),
  due: dueRuleSchema,
})

export const templateItemSchema = templateItemInputSchema.extend({
  code: z.string().min(1),
  retired: z.boolean(),
})

export const checklistTemplateSchema: z.ZodType<ChecklistTemplate> = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, '模板名称不能为空'),
  tier: z.enum(['key', 'ordinary', 'custom']),
  version: z.number().int().min(1),
  items: z.array(templateItemSchema),
  derivedFrom: z.object({ templateId: z.string(), version: z.number().int().min(1) }).optional(),
})

const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD')

const classChecklistItemObject = z.object({
  code: z.string().min(1),
  phase: z.enum(CHECKLIST_PHASE_CODES),
  matter,
  tasks: z.array(z.object({ text: z.string(), done: z.boolean() })),
  departments: z.array(responsibleDepartmentSchema),
  due: dueRuleSchema,
  dueOverridden: z.boolean(),
  dueDate: isoDate,
  responsible: z.array(z.string()),
  status: z.enum(['notStarted', 'inProgress', 'done', 'notApplicable']),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  note: z.string().max(2000, '备注不能超过 2000 个字'),
  retired: z.boolean(),
})
export const classChecklistItemSchema: z.ZodType<ClassChecklistItem> = classChecklistItemObject

/*
 * Stored records of the checklist tables (db/checklist/checklistRecords.ts), as a sync file must
 * carry them (shared/sync/tableSchemas.ts). Unknown extra fields are allowed (a newer minor
 * version may add one).
 */

export const checklistHeaderRecordSchema = z.looseObject({
  classId: z.string().min(1),
  templateId: z.string(),
  templateVersion: z.number().int(),
  templateName: z.string(),
  datesFrom: z.looseObject({ startDate: z.string(), endDate: z.string() }),
  headTeachersFrom: z.array(z.string()),
  autoTier: z.enum(['key', 'ordinary']).nullable(),
})

export const checklistItemRecordSchema = z.looseObject({
  ...classChecklistItemObject.shape,
  classId: z.string().min(1),
  order: z.number(),
})

export const checklistTemplateRecordSchema = z.looseObject({
  templateId: z.string().min(1),
  name: z.string(),
  tier: z.enum(['key', 'ordinary', 'custom']),
  version: z.number().int().min(1),
  items: z.array(templateItemSchema),
  derivedFrom: z.object({ templateId: z.string(), version: z.number().int().min(1) }).nullable(),
})
