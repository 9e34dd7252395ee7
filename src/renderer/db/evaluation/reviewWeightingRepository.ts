import {
  DEFAULT_REVIEW_WEIGHTING,
  REVIEW_WEIGHTING_ID,
  reviewWeightingRecordSchema,
  type ReviewWeighting,
} from '@shared/evaluation/review'
import { ValidationError } from '@shared/validationError'
import { SyncedRepository } from '../core/syncedRepository'

/** The school's weighting of the year-end review of head teachers (one record, synced). */
export class ReviewWeightingRepository extends SyncedRepository<ReviewWeighting> {
  async current(): Promise<ReviewWeighting> {
    const r = await this.get(REVIEW_WEIGHTING_ID)
    return r && !r.deleted
      ? { days: r.days, hours: r.hours, attendanceRate: r.attendanceRate, evaluation: r.evaluation }
      : DEFAULT_REVIEW_WEIGHTING
  }

  async save(w: ReviewWeighting): Promise<void> {
    const r = reviewWeightingRecordSchema.safeParse(w)
    if (!r.success) throw ValidationError.fromZod(r.error)
    if (w.days + w.hours + w.attendanceRate + w.evaluation === 0)
      throw new ValidationError({ days: '权重不能全为 0' })
    await this.put(REVIEW_WEIGHTING_ID, r.data)
  }
}
