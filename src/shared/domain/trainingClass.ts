import { z } from 'zod'
import { ValidationError } from '../validationError'
import { codesOf, findByCode, labelOf } from './codeList'

/**
 * Training classes (班次). Types and tiers follow DOMAIN.md's glossary and
 * seed 000 附1: 处级班、中青班、青干班 are key classes (重点班级); the others are
 * ordinary (一般班级) unless set otherwise.
 */

export const CLASS_TYPES = [
  { code: 'chuji', label: '处级班', tier: 'key', noLeave: false },
  { code: 'zhongqing', label: '中青班', tier: 'key', noLeave: true },
  { code: 'qinggan', label: '青干班', tier: 'key', noLeave: true },
  { code: 'xingzheng', label: '行政学院主体班', tier: 'ordinary', noLeave: false },
  { code: 'weituo', label: '委托班', tier: 'ordinary', noLeave: false },
  { code: 'ziban', label: '自办班', tier: 'ordinary', noLeave: false },
  { code: 'activist', label: '入党积极分子培训班', tier: 'ordinary', noLeave: false },
  { code: 'devTarget', label: '发展对象培训班', tier: 'ordinary', noLeave: false },
  { code: 'member', label: '党员培训班', tier: 'ordinary', noLeave: false },
  { code: 'cadre', label: '干部培训班', tier: 'ordinary', noLeave: false },
  { code: 'other', label: '其他', tier: 'ordinary', noLeave: false },
] as const

export type ClassType = (typeof CLASS_TYPES)[number]['code']
export const CLASS_TYPE_CODES = codesOf(CLASS_TYPES)

export const CLASS_TIERS = [
  { code: 'key', label: '重点班级' },
  { code: 'ordinary', label: '一般班级' },
] as const
export type ClassTier = (typeof CLASS_TIERS)[number]['code']

export const CLASS_STATUSES = [
  { code: 'preparing', label: '筹备中' },
  { code: 'running', label: '进行中' },
  { code: 'finished', label: '已结业' },
  { code: 'archived', label: '已归档' },
] as const
export type ClassStatus = (typeof CLASS_STATUSES)[number]['code']

export function classTypeLabel(code: ClassType): string {
  return labelOf(CLASS_TYPES, code)
}
export function classTierLabel(code: ClassTier): string {
  return labelOf(CLASS_TIERS, code)
}
export function classStatusLabel(code: ClassStatus): string {
  return labelOf(CLASS_STATUSES, code)
}

/** The tier a type implies (DOMAIN.md glossary); the user may override it per class. */
export function defaultTierFor(type: ClassType): ClassTier {
  return findByCode(CLASS_TYPES, type)?.tier ?? 'ordinary'
}

/** 中青班/青干班 allow no leave "in principle" (seed 000 附2 第九条). */
export function defaultNoLeaveFor(type: ClassType): boolean {
  return findByCode(CLASS_TYPES, type)?.noLeave ?? false
}

/** Key classes are residential (DOMAIN.md glossary); a default the user may change. */
export function defaultResidentialFor(type: ClassType): boolean {
  return defaultTierFor(type) === 'key'
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

/** What a user enters for a class; validated before any write. Messages are shown as-is. */
export const trainingClassInput = z
  .object({
    name: z.string().trim().min(1, '请填写班次名称').max(100, '班次名称不能超过 100 个字'),
    type: z.enum(CLASS_TYPE_CODES, { message: '请选择班次类型' }),
    tier: z.enum(codesOf(CLASS_TIERS), { message: '请选择班级层次' }),
    startDate: isoDate,
    endDate: isoDate,
    totalHours: z
      .number({ message: '总学时应为数字' })
      .min(0, '总学时不能为负数')
      .max(2000, '总学时不能超过 2000'),
    residential: z.boolean(),
    noLeave: z.boolean(),
    headTeachers: z.array(z.string().trim().min(1)).max(10),
    status: z.enum(codesOf(CLASS_STATUSES)),
    note: z.string().max(2000).default(''),
  })
  .refine((c) => c.endDate >= c.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] })

export type TrainingClassInput = z.infer<typeof trainingClassInput>

/**
 * A stored class record's own fields, as a sync file must carry them (shared/sync/tableSchemas.ts):
 * the input's fields, unknown extra fields allowed (a newer minor version may add one).
 */
export const trainingClassRecord = z.looseObject(trainingClassInput.shape)

/** The fields of a stored class (sync metadata is added by the repository). */
export type TrainingClassFields = TrainingClassInput

export function newClassDefaults(type: ClassType, today: string): TrainingClassInput {
  return {
    name: '',
    type,
    tier: defaultTierFor(type),
    startDate: today,
    endDate: today,
    totalHours: 0,
    residential: defaultResidentialFor(type),
    noLeave: defaultNoLeaveFor(type),
    headTeachers: [],
    status: 'preparing',
    note: '',
  }
}

/**
 * A new class as the form starts it (issue 11): no type and so no tier yet, and none of the type's
 * defaults (住校, 原则上不准请假) switched on. The head teacher chooses the type, which fills them in.
 */
export type ClassDraft = Omit<TrainingClassInput, 'type' | 'tier'> & {
  type: ClassType | null
  tier: ClassTier | null
}

export function newClassDraft(today: string): ClassDraft {
  return { ...newClassDefaults('other', today), type: null, tier: null, residential: false, noLeave: false }
}

/** The draft as a class, or a ValidationError with a message per field (请选择班次类型 …). */
export function classFromDraft(draft: ClassDraft): TrainingClassInput {
  const r = trainingClassInput.safeParse(draft)
  if (!r.success) throw ValidationError.fromZod(r.error)
  return r.data
}

/**
 * Should the app suggest marking the class 已结业? Yes once its 结业日期 has passed (the day after)
 * while it is still 筹备中 or 进行中: nothing changes a class's status by itself, and a class left
 * 进行中 keeps showing on 首页 with every item of its checklist late (issue 11, point 9).
 */
export function suggestFinish(c: Pick<TrainingClassInput, 'status' | 'endDate'>, today: string): boolean {
  return (c.status === 'running' || c.status === 'preparing') && c.endDate < today
}

/** The year a class belongs to, for the list's year filter: the year it starts. */
export function classYear(c: Pick<TrainingClassInput, 'startDate'>): number {
  return Number(c.startDate.slice(0, 4))
}
