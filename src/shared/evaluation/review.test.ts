import { describe, expect, it } from 'vitest'
import { DEFAULT_REVIEW_WEIGHTING as W, reviewScore } from './review'

// Seed 000 正文三(二): 带班时间、带班成效、学员评估; weights are the school's (default 20/20/20/40).
describe('reviewScore', () => {
  const most = { days: 60, hours: 240 }
  it.each([
    [{ days: 60, hours: 240, attendanceRate: 1, evaluationMean: 5 }, 100],
    [{ days: 30, hours: 120, attendanceRate: 0.95, evaluationMean: 4.5 }, 20 * 0.5 + 20 * 0.5 + 19 + 35],
    [{ days: 30, hours: 120, attendanceRate: null, evaluationMean: null }, 20],
    [{ days: 0, hours: 0, attendanceRate: 0, evaluationMean: 1 }, 0],
  ])('%j → %d', (f, score) => {
    expect(reviewScore(f, most, W)).toBe(score)
  })
  it('all weights zero scores 0', () => {
    expect(
      reviewScore({ days: 1, hours: 1, attendanceRate: 1, evaluationMean: 5 }, most, {
        days: 0,
        hours: 0,
        attendanceRate: 0,
        evaluation: 0,
      }),
    ).toBe(0)
  })
})
