import { z } from 'zod'

/**
 * The year-end review of head teachers (seed 000 正文三(二): "综合各班主任带班时间、带班成效、学员评估
 * 等方面推荐优秀班主任"). The seed names the aspects but no weights: the weighting is the school's
 * data (one synced record, id 'default'), shown with the list.
 *
 * Reading adopted: each figure is scaled to 0–1 — days and class hours led against the most any head
 * teacher led that year, the attendance rate as it is, the evaluation mean from the scale's lowest to
 * highest point — then weighted and summed to a score out of 100 (2 decimals). A figure that is
 * missing (no evaluation answers published) counts 0, and the list says so.
 */
const reviewWeightingShape = z.object({
  days: z.number().min(0).max(100),
  hours: z.number().min(0).max(100),
  attendanceRate: z.number().min(0).max(100),
  evaluation: z.number().min(0).max(100),
})
export const reviewWeightingRecordSchema = z.looseObject(reviewWeightingShape.shape)
export type ReviewWeighting = z.infer<typeof reviewWeightingShape>

export const REVIEW_WEIGHTING_ID = 'default'
export const DEFAULT_REVIEW_WEIGHTING: ReviewWeighting = {
  days: 20,
  hours: 20,
  attendanceRate: 20,
  evaluation: 40,
}

export interface ReviewFigures {
  days: number
  hours: number
  /** 0–1; null when no session's roll call is complete. */
  attendanceRate: number | null
  /** Mean of the published evaluation answers; null when none. */
  evaluationMean: number | null
}

export function reviewScore(
  f: ReviewFigures,
  most: { days: number; hours: number },
  w: ReviewWeighting,
  scale: { min: number; max: number } = { min: 1, max: 5 },
): number {
  const total = w.days + w.hours + w.attendanceRate + w.evaluation
  if (total === 0) return 0
  const part = (x: number, of: number) => (of > 0 ? x / of : 0)
  const evaluation = f.evaluationMean === null ? 0 : part(f.evaluationMean - scale.min, scale.max - scale.min)
  const sum =
    w.days * part(f.days, most.days) +
    w.hours * part(f.hours, most.hours) +
    w.attendanceRate * (f.attendanceRate ?? 0) +
    w.evaluation * evaluation
  return Math.round((sum / total) * 10_000) / 100
}
