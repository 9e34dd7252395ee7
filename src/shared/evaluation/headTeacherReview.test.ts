import { describe, expect, it } from 'vitest'
import { attendanceCounts, headTeacherReview, type ClassFigures } from './headTeacherReview'
import { DEFAULT_REVIEW_WEIGHTING } from './review'

const cls = (over: Partial<ClassFigures> & Pick<ClassFigures, 'classId' | 'headTeachers'>): ClassFigures => ({
  className: over.classId,
  startDate: '2026-03-02',
  endDate: '2026-03-31',
  hours: 100,
  attendance: { expected: 100, attended: 100 },
  assessment: { finalised: true, excellent: 1, pass: 8, fail: 1 },
  checklist: { due: 10, onTime: 8 },
  evaluation: { published: true, responses: 10, sum: 450, count: 100, min: 1, max: 5 },
  satisfaction: { published: true, responses: 10, sum: 400, count: 100, min: 1, max: 5 },
  ...over,
})
const zero = {
  days: 0,
  hours: 0,
  attendanceRate: 0,
  assessment: 0,
  checklist: 0,
  evaluation: 0,
  satisfaction: 0,
}

// Seed 000 正文三(二): 综合各班主任带班时间、带班成效、学员评估等方面推荐优秀班主任; seed 002: 组织员满意度测评.
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
      ranked.map((r) => [
        r.rank,
        r.item.name,
        r.item.days,
        r.item.attendanceRate,
        r.item.passRate,
        r.item.checklistRate,
        r.item.evaluationMean,
        r.item.satisfactionMean,
        r.item.score,
      ]),
    ).toEqual([
      // 15 + 15 + 15 × 1 + 10 × 0.9 + 10 × 0.8 + 20 × (4.5 − 1) / 4 + 15 × (4 − 1) / 4
      [1, '李老师', 30, 1, 0.9, 0.8, 4.5, 4, 90.75],
      [1, '王老师', 30, 1, 0.9, 0.8, 4.5, 4, 90.75],
      [3, '张老师', 30, 0.9, 0.9, 0.8, 4.5, 4, 89.25],
    ])
    expect(ranked[1]!.item.classes.map((c) => c.classId)).toEqual(['A'])
  })

  it('different figures giving the same score share a rank', () => {
    const ranked = headTeacherReview(
      [
        cls({
          classId: 'A',
          headTeachers: ['王老师'],
          assessment: { finalised: true, excellent: 2, pass: 8, fail: 0 },
          checklist: { due: 10, onTime: 5 },
        }),
        cls({
          classId: 'B',
          headTeachers: ['李老师'],
          assessment: { finalised: true, excellent: 0, pass: 5, fail: 5 },
          checklist: { due: 20, onTime: 20 },
        }),
        cls({ classId: 'C', headTeachers: ['张老师'], checklist: null }),
      ],
      2026,
      { ...zero, assessment: 1, checklist: 1 },
    )
    expect(ranked.map((r) => [r.rank, r.item.name, r.item.score])).toEqual([
      [1, '李老师', 75],
      [1, '王老师', 75],
      [3, '张老师', 45], // pass 0.9, no checklist: 0
    ])
    expect(ranked[2]!.item.checklistRate).toBeNull()
  })

  it('counts the grades of finalised classes only and pools the checklist over classes', () => {
    const [line] = headTeacherReview(
      [
        cls({ classId: 'A', headTeachers: ['王老师'], checklist: { due: 10, onTime: 10 } }),
        cls({
          classId: 'B',
          headTeachers: ['王老师'],
          assessment: { finalised: false, excellent: 0, pass: 0, fail: 30 },
          checklist: { due: 30, onTime: 20 },
        }),
      ],
      2026,
      DEFAULT_REVIEW_WEIGHTING,
    )
    expect(line!.item.grades).toEqual({ excellent: 1, pass: 8, fail: 1, finalisedClasses: 1 })
    expect(line!.item.passRate).toBe(0.9)
    expect(line!.item.checklist).toEqual({ due: 40, onTime: 30 })
    expect(line!.item.checklistRate).toBe(0.75)
  })

  it('pools the questionnaires of published classes only', () => {
    const [line] = headTeacherReview(
      [
        cls({
          classId: 'A',
          headTeachers: ['王老师'],
          evaluation: { published: true, responses: 10, sum: 400, count: 100, min: 1, max: 5 },
          satisfaction: { published: false, responses: 1, sum: 5, count: 8, min: 1, max: 5 },
        }),
        cls({
          classId: 'B',
          headTeachers: ['王老师'],
          evaluation: { published: false, responses: 1, sum: 5, count: 1, min: 1, max: 5 },
          satisfaction: { published: false, responses: 0, sum: 0, count: 0, min: 1, max: 5 },
        }),
      ],
      2026,
      { ...zero, evaluation: 1, satisfaction: 1 },
    )
    expect(line!.item.evaluationMean).toBe(4)
    expect(line!.item.satisfactionMean).toBeNull()
    expect(line!.item.score).toBe(37.5) // (0.75 + 0) / 2
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
