import { describe, expect, it } from 'vitest'
import { hoursOf, ZERO_HOURS } from '../plan/hours'
import {
  breachesFromEvents,
  classAssessment,
  gradeChoiceProblem,
  type AssessmentInput,
} from './classAssessment'
import { APPRAISAL_SOURCE } from './evaluation'
import { DEFAULT_SCHEME, type AssessmentScheme } from './scheme'

/** Every item 10 points; 学员考勤 loses 2 per hour of 旷课 (a school's choice, 附3 第八条 sets none). */
const SCHEME: AssessmentScheme = {
  ...DEFAULT_SCHEME,
  quantitative: DEFAULT_SCHEME.quantitative.map((i) => ({ ...i, maxPoints: 10 })),
  attendanceDeductionPerAbsentHour: 2,
}
const TYPED = SCHEME.quantitative.filter((i) => i.code !== 'attendance')

function classOf(n: number, over: Partial<AssessmentInput> = {}): AssessmentInput {
  const students = Array.from({ length: n }, (_, i) => ({ enrollmentId: `E${i + 1}`, name: `学员${i + 1}` }))
  return {
    scheme: SCHEME,
    students,
    // Student i scores i on every typed item: a strict ranking, E_n best.
    entries: students.flatMap((s, i) =>
      TYPED.map((t) => ({ enrollmentId: s.enrollmentId, itemCode: t.code, points: (i % 10) + 0 })),
    ),
    evaluations: [],
    exams: [],
    scores: [],
    grades: [],
    attendance: new Map(
      students.map((s) => [s.enrollmentId, { absentHours: ZERO_HOURS, shouldWithdraw: false }]),
    ),
    breaches: new Map(),
    adjustment: null,
    finalised: false,
    ...over,
  }
}

const chosen = (n: number, excellent: number): AssessmentInput['grades'] =>
  Array.from({ length: n }, (_, i) => ({
    enrollmentId: `E${i + 1}`,
    grade: i < excellent ? 'excellent' : 'pass',
    reason: '',
    sanction: '',
  }))

describe('classAssessment: the items (附3 第八条)', () => {
  it('computes 学员考勤 from the register and never reads it from entries', () => {
    const input = classOf(2, {
      attendance: new Map([
        ['E1', { absentHours: hoursOf(3), shouldWithdraw: false }],
        ['E2', { absentHours: hoursOf(6), shouldWithdraw: false }],
      ]),
      entries: [
        ...TYPED.map((t) => ({ enrollmentId: 'E1', itemCode: t.code, points: 5 })),
        { enrollmentId: 'E1', itemCode: 'attendance', points: 99 },
      ],
    })
    const [e1, e2] = classAssessment(input).students
    expect(e1!.items.attendance).toBe(4) // 10 − 2 × 3
    expect(e1!.total).toBe(4 + 7 * 5)
    expect(e2!.items.attendance).toBe(0) // never below 0
    expect(e2!.total).toBeNull()
    expect(e2!.missingItems).toEqual(TYPED.map((t) => t.label))
  })

  it('adds dated entries (a +/- beside the roll call) to the recorded points', () => {
    const input = classOf(1, {
      entries: [
        ...TYPED.map((t) => ({ enrollmentId: 'E1', itemCode: t.code, points: 5 })),
        { enrollmentId: 'E1', itemCode: 'questions', points: 1 },
        { enrollmentId: 'E1', itemCode: 'questions', points: 0.5 },
      ],
    })
    expect(classAssessment(input).students[0]!.items.questions).toBe(6.5)
  })
})

describe('classAssessment: the 优秀 quota (附3 第十三条)', () => {
  // 43 students: [⌈6.45⌉, ⌊8.6⌋] = [7, 8].
  it.each([
    [6, false, '优秀应为 7–8 人，现为 6 人，还差 1 人'],
    [7, true, null],
    [8, true, null],
    [9, false, '优秀应为 7–8 人，现为 9 人，多了 1 人'],
  ])('43 students with %i 优秀: ok %s', (excellent, ok, message) => {
    const s = classAssessment(classOf(43, { grades: chosen(43, excellent) }))
    expect(s.quota).toMatchObject({ n: 43, min: 7, max: 8 })
    expect(s.excellentCount).toBe(excellent)
    expect(s.verdict.ok).toBe(ok)
    if (message) expect(s.blockers).toContain(message)
    else expect(s.blockers).toEqual([])
  })

  it('refuses one 优秀 more than the top of the range, and allows it after a 校长室 adjustment', () => {
    const s = classAssessment(classOf(43, { grades: chosen(43, 8) }))
    expect(gradeChoiceProblem(s, 'E20', 'excellent')).toBe('优秀最多 8 人，已有 8 人：请先把其他学员改为合格')
    expect(gradeChoiceProblem(s, 'E1', 'excellent')).toBeNull() // already 优秀
    expect(gradeChoiceProblem(s, 'E20', 'pass')).toBeNull()
    const adjusted = classAssessment(
      classOf(43, {
        grades: chosen(43, 8),
        adjustment: {
          min: 9,
          max: 9,
          decidedBy: '校长室',
          decidedAt: '2026-07-01T10:00',
          reason: '先进集体',
        },
      }),
    )
    expect(gradeChoiceProblem(adjusted, 'E20', 'excellent')).toBeNull()
  })

  it('an empty range (n = 9) blocks 定稿 until the 校长室 decides', () => {
    const s = classAssessment(classOf(9, { grades: chosen(9, 1) }))
    expect(s.quota.empty).toBe(true)
    expect(s.blockers).toEqual(['本班 9 人，按 15%–20% 没有符合的优秀人数，须由校长室决定并登记'])
    const decided = classAssessment(
      classOf(9, {
        grades: chosen(9, 1),
        adjustment: { min: 1, max: 1, decidedBy: '王校长', decidedAt: '2026-07-01T10:00', reason: '小班' },
      }),
    )
    expect(decided.blockers).toEqual([])
  })

  it('blocks 定稿 while any student has no grade in force', () => {
    const input = classOf(3)
    input.entries = input.entries.filter((e) => e.enrollmentId !== 'E2')
    const s = classAssessment(input)
    expect(s.students[1]!.grade).toBeNull()
    expect(s.students[1]!.missing).toContain('结业小结未记录')
    expect(s.blockers[0]).toBe('1 人未评定等次（学员2）')
  })
})

describe('classAssessment: the veto (附3 第十四条)', () => {
  it.each([
    [
      'a recorded criticism',
      { breaches: new Map([['E1', ['2026-06-01 批评教育']]]) },
      '有违纪记录（2026-06-01 批评教育）',
    ],
    [
      '应作退学处理',
      {
        attendance: new Map([['E1', { absentHours: ZERO_HOURS, shouldWithdraw: true }]]),
      },
      '应作退学处理',
    ],
    [
      'a sanction on the grade',
      { grades: [{ enrollmentId: 'E1', grade: null, reason: '', sanction: '党内警告' }] },
      '处分：党内警告',
    ],
  ] as const)('%s bars 合格 and 优秀', (_, over, why) => {
    const s = classAssessment(classOf(5, over))
    const e1 = s.students[0]!
    expect(e1.veto.allowed).toEqual(['fail'])
    expect(e1.veto.reason).toContain(why)
    expect(e1.proposal.grade).toBe('fail')
    expect(gradeChoiceProblem(s, 'E1', 'pass')).toContain('考核不予合格（附3 第十四条）')
    expect(gradeChoiceProblem(s, 'E1', 'fail')).toBeNull()
  })

  it('a vetoed student graded 合格 blocks 定稿 and says why', () => {
    const s = classAssessment(
      classOf(5, {
        breaches: new Map([['E2', ['2026-06-01 擅自离校']]]),
        grades: [{ enrollmentId: 'E2', grade: 'pass', reason: '', sanction: '' }],
      }),
    )
    expect(s.blockers).toContain(
      '学员2不能评为合格：有违纪记录（2026-06-01 擅自离校）：考核不予合格（附3 第十四条）',
    )
  })

  it('reads breaches from the discipline records', () => {
    expect(
      breachesFromEvents([
        { enrollmentId: 'E1', kind: 'criticism', at: '2026-06-01T17:00', note: ' 旷课 ' },
        { enrollmentId: 'E1', kind: 'leftSchool', at: '2026-06-02T20:00', note: '' },
      ]).get('E1'),
    ).toEqual(['2026-06-01 批评教育：旷课', '2026-06-02 擅自离校'])
  })
})

describe('classAssessment: exams and make-ups (附2 第十九条; seed 001 7.7–7.9)', () => {
  const exam = { id: 'X', name: '结业考试', passMark: 60 }
  const score = (
    enrollmentId: string,
    s: number | null,
    absent = false,
    mu: number | null = null,
    muAbsent = false,
  ) => ({
    examId: 'X',
    enrollmentId,
    score: s,
    absent,
    makeUpScore: mu,
    makeUpAbsent: muAbsent,
  })

  it.each([
    ['passed first', score('E1', 75), 'passed', false],
    ['absent, no make-up yet', score('E1', null, true), 'makeUpDue', true],
    ['failed, make-up passed', score('E1', 50, false, 70), 'passed', true],
    ['failed, make-up failed', score('E1', 50, false, 55), 'failed', true],
    ['absent, make-up absent', score('E1', null, true, null, true), 'failed', true],
    ['not entered', score('E1', null), 'pending', false],
  ] as const)('%s → %s', (_, row, status, onList) => {
    const s = classAssessment(classOf(5, { exams: [exam], scores: [row] }))
    expect(s.students[0]!.examStatus).toBe(status)
    expect(s.makeUpList.some((m) => m.enrollmentId === 'E1')).toBe(onList)
  })

  it('failing the exam and the make-up proposes 不合格 and refuses 合格', () => {
    const s = classAssessment(classOf(5, { exams: [exam], scores: [score('E1', 40, false, 45)] }))
    expect(s.students[0]!.proposal).toMatchObject({ grade: 'fail', why: '考试及补考均未通过' })
    expect(gradeChoiceProblem(s, 'E1', 'pass')).toBe('学员1考试及补考均未通过，不能评为合格')
  })
})

describe('classAssessment: qualitative summary (附3 第七条)', () => {
  it('lists rated sources in the scheme order and keeps the 党小组评议鉴定', () => {
    const s = classAssessment(
      classOf(1, {
        evaluations: [
          { enrollmentId: 'E1', source: 'peers', rating: 'good', comment: '' },
          { enrollmentId: 'E1', source: 'expert', rating: 'excellent', comment: '分析深刻' },
          { enrollmentId: 'E1', source: APPRAISAL_SOURCE, rating: null, comment: ' 学习认真 ' },
        ],
      }),
    )
    expect(s.students[0]!.qualitative).toEqual({
      recorded: 2,
      expected: 6,
      text: '专家点评：优秀；学员互评：良好',
      appraisal: '学习认真',
      others: [],
    })
  })

  it('carries the 挂职锻炼鉴定 / 党支部鉴定 read from their areas beside the sources', () => {
    const others = [{ from: '挂职锻炼鉴定' as const, text: '优秀，2026-07-01' }]
    const s = classAssessment({ ...classOf(3), otherAppraisals: new Map([['E2', others]]) })
    expect(s.students.map((x) => x.qualitative.others)).toEqual([[], others, []])
    // Not a rated source of the scheme: the progress counts only the class's own evaluations.
    expect(s.students[1]!.qualitative.recorded).toBe(0)
  })
})

describe('classAssessment: 定稿', () => {
  it('refuses any grade change once finalised', () => {
    const s = classAssessment(classOf(5, { finalised: true }))
    expect(gradeChoiceProblem(s, 'E1', 'fail')).toBe('考核已定稿，须先解除锁定')
  })
})
