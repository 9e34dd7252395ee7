import { describe, expect, it } from 'vitest'
import { DEFAULT_REVIEW_WEIGHTING as W, reviewScore, reviewWeightingRecordSchema } from './review'

// Seed 000 正文三(二): 带班时间、带班成效、学员评估; seed 002: 组织员满意度测评. Weights are the
// school's (default 15/15/15/10/10/20/15).
const none = {
  attendanceRate: null,
  passRate: null,
  checklistRate: null,
  evaluationScore: null,
  satisfactionScore: null,
}
const zero = {
  days: 0,
  hours: 0,
  attendanceRate: 0,
  assessment: 0,
  checklist: 0,
  evaluation: 0,
  satisfaction: 0,
}

describe('reviewScore', () => {
  const most = { days: 60, hours: 240 }
  it.each([
    [
      'everything full',
      {
        days: 60,
        hours: 240,
        attendanceRate: 1,
        passRate: 1,
        checklistRate: 1,
        evaluationScore: 1,
        satisfactionScore: 1,
      },
      100,
    ],
    [
      'half the time, rates below full',
      {
        days: 30,
        hours: 120,
        attendanceRate: 0.95,
        passRate: 0.9,
        checklistRate: 0.8,
        evaluationScore: 0.875,
        satisfactionScore: 0.5,
      },
      // 7.5 + 7.5 + 14.25 + 9 + 8 + 17.5 + 7.5
      71.25,
    ],
    ['missing figures count 0', { days: 30, hours: 120, ...none }, 15],
  ])('%s → %d', (_, f, score) => {
    expect(reviewScore(f, most, W)).toBe(score)
  })

  it('weights only what the school weighs', () => {
    const f = { days: 60, hours: 240, ...none, checklistRate: 0.8 }
    expect(reviewScore(f, most, { ...zero, checklist: 1 })).toBe(80)
    expect(reviewScore(f, most, { ...zero, checklist: 1, assessment: 1 })).toBe(40)
  })

  it('all weights zero scores 0', () => {
    expect(reviewScore({ days: 1, hours: 1, ...none }, most, zero)).toBe(0)
  })
})

describe('reviewWeightingRecordSchema', () => {
  it('accepts a weighting stored before assessment, checklist and satisfaction were aspects', () => {
    expect(
      reviewWeightingRecordSchema.safeParse({ days: 20, hours: 20, attendanceRate: 20, evaluation: 40 })
        .success,
    ).toBe(true)
  })
})
