import { describe, expect, it } from 'vitest'
import { attendanceCounts, headTeacherReview, type ClassFigures } from './headTeacherReview'
import { DEFAULT_REVIEW_WEIGHTING } from './review'

const cls = (over: Partial<ClassFigures> & Pick<ClassFigures, 'classId' | 'headTeachers'>): ClassFigures => ({
  className: over.classId,
  startDate: '2026-03-02',
  endDate: '2026-03-31',
  hours: 100,
  attendance: { expected: 100, attended: 100 },
  evaluation: { published: true, responses: 10, sum: 450, count: 100 },
  ...over,
})

// Seed 000 正文三(二): 综合各班主任带班时间、带班成效、学员评估等方面推荐优秀班主任.
describe('headTeacherReview', () => {
  it('sums per head teacher, counts a shared class for both, ranks with ties (1, 1, 3)', () => {
    const ranked = headTeacherReview(
      [
        cls({ classId: 'A', headTeachers: ['王老师', '李老师'] }),
        cls({ classId: 'B', headTeachers: ['张老师'], attendance: { expected: 100, attended: 90 } }),
        cls({ classId: 'C', headTeachers: ['王老师'], startDate: '2025-12-01', endDate: '2026-01-09' }), // 2025's
      ],
      2026,
      DEFAULT_REVIEW_WEIGHTING,
    )
    expect(
      ranked.map((r) => [r.rank, r.item.name, r.item.days, r.item.attendanceRate, r.item.score]),
    ).toEqual([
      [1, '李老师', 30, 1, 95], // 20 + 20 + 20 + 40 × (4.5 − 1) / 4
      [1, '王老师', 30, 1, 95],
      [3, '张老师', 30, 0.9, 93],
    ])
    expect(ranked[1]!.item.classes.map((c) => c.classId)).toEqual(['A'])
  })

  it('pools the evaluation of published classes only', () => {
    const [line] = headTeacherReview(
      [
        cls({
          classId: 'A',
          headTeachers: ['王老师'],
          evaluation: { published: true, responses: 10, sum: 400, count: 100 },
        }),
        cls({
          classId: 'B',
          headTeachers: ['王老师'],
          evaluation: { published: false, responses: 1, sum: 5, count: 1 },
        }),
      ],
      2026,
      DEFAULT_REVIEW_WEIGHTING,
    )
    expect(line!.item.evaluationMean).toBe(4)
    expect(line!.item.days).toBe(60)
  })
})

describe('attendanceCounts', () => {
  it('counts leave and absence as not attended, late as attended, only called sessions', () => {
    expect(
      attendanceCounts(
        ['S1', 'S2'],
        ['E1', 'E2', 'E3'],
        [
          { sessionId: 'S1', enrollmentId: 'E1', status: 'late' },
          { sessionId: 'S1', enrollmentId: 'E2', status: 'absent' },
          { sessionId: 'S2', enrollmentId: 'E3', status: 'sickLeave' },
          { sessionId: 'S3', enrollmentId: 'E1', status: 'absent' },
        ],
      ),
    ).toEqual({ expected: 6, attended: 4 })
  })
})
