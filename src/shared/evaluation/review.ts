import { z } from 'zod'

/**
 * The year-end review of head teachers (seed 000 正文三(二): "综合各班主任带班时间、带班成效、学员评估
 * 等方面推荐优秀班主任"; seed 002: "在各毕业班次开展组织员满意度测评"). The seeds name the aspects but
 * no weights: the weighting is the school's data (one synced record, id 'default'), shown with the list.
 *
 * Aspects: 带班时间 = days and class hours led; 带班成效 = attendance rate, assessment pass rate
 * (finalised classes) and checklist items done on time; 学员评估 = the class evaluation mean; and the
 * 组织员满意度测评 mean of seed 002.
 *
 * Reading adopted: each figure is scaled to 0–1 — days and class hours led against the most any head
 * teacher led that year, the rates as they are, a questionnaire mean from its scale's lowest to highest
 * point — then weighted and summed to a score out of 100 (2 decimals). A figure that is missing (no
 * finalised assessment, no checklist item due, no published answers) counts 0, and the list says so.
 */
const weight = z.number().min(0).max(100)
const reviewWeightingShape = z.object({
  days: weight,
  hours: weight,
  attendanceRate: weight,
  assessment: weight,
  checklist: weight,
  evaluation: weight,
  satisfaction: weight,
})
/**
 * A weighting stored before assessment, checklist and satisfaction were aspects lacks them: they
 * read as 0, so the ranking a school set keeps its meaning until it weighs them.
 */
export const reviewWeightingRecordSchema = z.looseObject({
  ...reviewWeightingShape.shape,
  assessment: weight.optional(),
  checklist: weight.optional(),
  satisfaction: weight.optional(),
})
export const reviewWeightingSchema = reviewWeightingShape
export type ReviewWeighting = z.infer<typeof reviewWeightingShape>
export type ReviewAspect = keyof ReviewWeighting

export const REVIEW_WEIGHTING_ID = 'default'

export const DEFAULT_REVIEW_WEIGHTING: ReviewWeighting = {
  days: 15,
  hours: 15,
  attendanceRate: 15,
  assessment: 10,
  checklist: 10,
  evaluation: 20,
  satisfaction: 15,
}

/** The aspects in the order the page, the print and the export show them. */
export const REVIEW_ASPECTS: { key: ReviewAspect; label: string }[] = [
  { key: 'days', label: '带班天数' },
  { key: 'hours', label: '学时' },
  { key: 'attendanceRate', label: '出勤率' },
  { key: 'assessment', label: '考核合格率' },
  { key: 'checklist', label: '事项按时完成率' },
  { key: 'evaluation', label: '学员评估' },
  { key: 'satisfaction', label: '满意度测评' },
]

/** Each figure scaled to 0–1 (null: missing, counts 0), days and hours as they are. */
export interface ReviewFigures {
  days: number
  hours: number
  attendanceRate: number | null
  passRate: number | null
  checklistRate: number | null
  /** The evaluation mean placed on its scale: (mean − lowest) / (highest − lowest). */
  evaluationScore: number | null
  satisfactionScore: number | null
}

export function reviewScore(
  f: ReviewFigures,
  most: { days: number; hours: number },
  w: ReviewWeighting,
): number {
  const total = REVIEW_ASPECTS.reduce((s, a) => s + w[a.key], 0)
  if (total === 0) return 0
  const part = (x: number, of: number) => (of > 0 ? x / of : 0)
  const sum =
    w.days * part(f.days, most.days) +
    w.hours * part(f.hours, most.hours) +
    w.attendanceRate * (f.attendanceRate ?? 0) +
    w.assessment * (f.passRate ?? 0) +
    w.checklist * (f.checklistRate ?? 0) +
    w.evaluation * (f.evaluationScore ?? 0) +
    w.satisfaction * (f.satisfactionScore ?? 0)
  return Math.round((sum / total) * 10_000) / 100
}
