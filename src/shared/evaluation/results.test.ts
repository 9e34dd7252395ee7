import { describe, expect, it } from 'vitest'
import { questionnaireResults } from './results'
import { FIVE_POINT_SCALE } from './questionnaire'

const q = {
  scale: FIVE_POINT_SCALE,
  questions: [
    { code: 'm1', section: '班级管理', kind: 'rating' as const, text: '总体' },
    { code: 'l1', section: '后勤保障', kind: 'rating' as const, text: '伙食' },
    { code: 'f1', section: '意见建议', kind: 'text' as const, text: '建议' },
  ],
}

describe('questionnaireResults', () => {
  it('counts per point, means without the unanswered, free text in sheet order', () => {
    const r = questionnaireResults(q, [
      { number: 2, answers: { m1: 4, l1: 3, f1: '  食堂菜品可再丰富 ' } },
      { number: 1, answers: { m1: 5, f1: '' } },
      { number: 3, answers: { m1: 5, l1: 2, f1: '宿舍热水不稳定' } },
    ])
    expect(r.responses).toBe(3)
    expect(r.ratings[0]!.counts.map((c) => c.count)).toEqual([2, 1, 0, 0, 0])
    expect(r.ratings[0]!.mean).toBe(4.67)
    expect(r.ratings[1]!).toMatchObject({ answered: 2, mean: 2.5 })
    expect(r.texts[0]!.answers).toEqual(['食堂菜品可再丰富', '宿舍热水不稳定'])
    expect(r.overallMean).toBe(3.8) // (5+4+5+3+2)/5
  })
  it('has no mean without answers', () => {
    const r = questionnaireResults(q, [])
    expect(r.ratings[0]!.mean).toBeNull()
    expect(r.overallMean).toBeNull()
  })
})
