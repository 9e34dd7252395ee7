import {
  DEFAULT_REVIEW_WEIGHTING,
  REVIEW_ASPECTS,
  REVIEW_WEIGHTING_ID,
  reviewWeightingSchema,
  type ReviewWeighting,
} from '@shared/evaluation/review'
import { ValidationError } from '@shared/validationError'
import { SyncedRepository } from '../core/syncedRepository'

/**
 * The school's weighting of the year-end review of head teachers (one record, synced). A weighting
 * stored before an aspect existed reads that aspect as 0 (review.ts).
 */
export class ReviewWeightingRepository extends SyncedRepository<ReviewWeighting> {
  async current(): Promise<ReviewWeighting> {
    const r = await this.get(REVIEW_WEIGHTING_ID)
    if (!r || r.deleted) return DEFAULT_REVIEW_WEIGHTING
    const stored = r as Partial<ReviewWeighting>
    return Object.fromEntries(REVIEW_ASPECTS.map((a) => [a.key, stored[a.key] ?? 0])) as ReviewWeighting
  }

  async save(w: ReviewWeighting): Promise<void> {
    const r = reviewWeightingSchema.safeParse(w)
    if (!r.success) throw ValidationError.fromZod(r.error)
    if (REVIEW_ASPECTS.every((a) => w[a.key] === 0)) throw new ValidationError({ days: '权重不能全为 0' })
    await this.put(REVIEW_WEIGHTING_ID, r.data)
  }
}
