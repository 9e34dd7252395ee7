import { bench, describe } from 'vitest'
import { classAssessment, type AssessmentInput } from '../src/shared/assessment/classAssessment'
import { DEFAULT_SCHEME } from '../src/shared/assessment/scheme'
import { hoursOf } from '../src/shared/plan/hours'

/*
 * Issue 13: "recompute proposals for a 200-student class after one entry (goal under 50 ms)". The
 * 考核 tab recomputes the whole summary (items, 学员考勤 from the register, exams with make-ups,
 * the veto, proposals and the quota) whenever a record changes; this is that computation for 200
 * students with every item entered, two exams and qualitative evaluations. Raw = summing the
 * entries per student, the least any recompute must do.
 */

const N = 200
const scheme = {
  ...DEFAULT_SCHEME,
  quantitative: DEFAULT_SCHEME.quantitative.map((i) => ({ ...i, maxPoints: 10 })),
}
const students = Array.from({ length: N }, (_, i) => ({ enrollmentId: `E${i}`, name: `学员${i}` }))
const entries = students.flatMap((s, i) =>
  scheme.quantitative
    .slice(1)
    .map((it, k) => ({ enrollmentId: s.enrollmentId, itemCode: it.code, points: (i * 7 + k) % 11 })),
)
const input: AssessmentInput = {
  scheme,
  students,
  entries,
  evaluations: students.flatMap((s) =>
    scheme.qualitative.map((q) => ({
      enrollmentId: s.enrollmentId,
      source: q.code,
      rating: 'good' as const,
      comment: '',
    })),
  ),
  exams: [
    { id: 'X1', name: '结业考试', passMark: 60 },
    { id: 'X2', name: '考查', passMark: 60 },
  ],
  scores: students.flatMap((s, i) => [
    {
      examId: 'X1',
      enrollmentId: s.enrollmentId,
      score: 50 + (i % 50),
      absent: false,
      makeUpScore: i % 50 < 10 ? 70 : null,
      makeUpAbsent: false,
    },
    {
      examId: 'X2',
      enrollmentId: s.enrollmentId,
      score: 80,
      absent: false,
      makeUpScore: null,
      makeUpAbsent: false,
    },
  ]),
  grades: [],
  attendance: new Map(
    students.map((s, i) => [s.enrollmentId, { absentHours: hoursOf(i % 3), shouldWithdraw: false }]),
  ),
  breaches: new Map([['E5', ['2026-06-01 批评教育']]]),
  adjustment: null,
  finalised: false,
}

describe('assessment of a 200-student class after one entry', () => {
  let k = 0
  bench('app: classAssessment (whole summary and proposals)', () => {
    // One entry changed, as after a key press in the grid.
    const j = k++ % entries.length
    ;(input.entries as AssessmentInput['entries'][number][])[j] = { ...entries[j]!, points: k % 10 }
    classAssessment(input)
  })
  bench('raw: sum the entries per student', () => {
    const totals = new Map<string, number>()
    for (const e of input.entries) totals.set(e.enrollmentId, (totals.get(e.enrollmentId) ?? 0) + e.points)
  })
})
