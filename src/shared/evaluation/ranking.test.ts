import { describe, expect, it } from 'vitest'
import { rankByScore } from './ranking'

describe('rankByScore (the year-end review: ties share a rank)', () => {
  it('ranks 1, 2, 2, 4 and orders a tie by name', () => {
    const teachers = [
      { name: '王老师', score: 88 },
      { name: '李老师', score: 92 },
      { name: '张老师', score: 75 },
      { name: '陈老师', score: 88 },
    ]
    expect(
      rankByScore(
        teachers,
        (t) => t.score,
        (t) => t.name,
      ).map((r) => [r.rank, r.item.name]),
    ).toEqual([
      [1, '李老师'],
      [2, '陈老师'],
      [2, '王老师'],
      [4, '张老师'],
    ])
  })
})
