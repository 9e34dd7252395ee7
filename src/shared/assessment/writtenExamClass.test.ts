import { describe, expect, it } from 'vitest'
import { ZERO_HOURS } from '../plan/hours'
import { classAssessment, gradeChoiceProblem, type AssessmentInput } from './classAssessment'
import { DEFAULT_SCHEME } from './scheme'
import { gradeVeto } from './veto'
import {
  NO_WRITTEN_EXAM,
  WRITTEN_EXAM_RULE_NOTE,
  passesOnWrittenExam,
  writtenExamProposal,
} from './writtenExamClass'

// Seed 001 7.7: 入党积极分子、党员发展对象培训班学员每期培训结束前参加书面考试; 7.8: 对考试合格者颁发
// 结业证书 (the make-up of seed 000 附2 第十九条 decides for those who failed or missed it).
const clean = gradeVeto({ withdrawn: false, shouldWithdraw: false, breaches: [] })
const vetoed = gradeVeto({ withdrawn: false, shouldWithdraw: false, breaches: ['处分：党内警告'] })

describe('which classes pass on the written exam (seed 001 7.7)', () => {
  it.each([
    ['activist', true],
    ['devTarget', true],
    ['zhongqing', false],
    ['member', false],
    ['cadre', false],
    ['', false],
  ])('%s → %s', (type, expected) => expect(passesOnWrittenExam(type)).toBe(expected))
})

describe('writtenExamProposal (seed 001 7.7–7.9)', () => {
  it.each([
    ['passed (first sitting or make-up)', clean, 'passed', 'pass', '笔试合格'],
    ['failed the make-up too', clean, 'failed', 'fail', '笔试及补考均未通过'],
    ['make-up not yet entered', clean, 'makeUpDue', null, '待补考'],
    ['score not entered', clean, 'pending', null, '笔试成绩未录入'],
    ['no exam recorded', clean, null, null, '尚未录入笔试'],
    ['passed but vetoed (附3 第十四条)', vetoed, 'passed', 'fail', vetoed.reason],
  ] as const)('%s', (_, veto, exam, grade, why) => {
    expect(writtenExamProposal({ enrollmentId: 'E1', veto, exam })).toEqual({
      enrollmentId: 'E1',
      grade,
      why,
    })
  })
})

function universityClass(over: Partial<AssessmentInput> = {}): AssessmentInput {
  const students = ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((name, i) => ({
    enrollmentId: `E${i + 1}`,
    name,
  }))
  return {
    scheme: DEFAULT_SCHEME,
    students,
    entries: [],
    evaluations: [],
    exams: [{ id: 'X', name: '结业考试', passMark: 60 }],
    // 甲–己 pass first time; 庚 missed it and passed the make-up.
    scores: students.map((s, i) => ({
      examId: 'X',
      enrollmentId: s.enrollmentId,
      score: i < 6 ? 70 + i : null,
      absent: i === 6,
      makeUpScore: i === 6 ? 65 : null,
      makeUpAbsent: false,
    })),
    grades: [],
    attendance: new Map(
      students.map((s) => [s.enrollmentId, { absentHours: ZERO_HOURS, shouldWithdraw: false }]),
    ),
    breaches: new Map(),
    adjustment: null,
    finalised: false,
    writtenExamOnly: true,
    ...over,
  }
}

describe('classAssessment for a university class (seed 001 7.7–7.9)', () => {
  it('proposes 合格 to all who passed, make-up included, with no quantitative entries and no 优秀', () => {
    const s = classAssessment(universityClass())
    expect(s.students.map((x) => x.proposal.grade)).toEqual(Array(7).fill('pass'))
    expect(s.students.every((x) => x.missing.length === 0)).toBe(true)
    // n = 7 has an empty 15–20 % range: a 主体班 would need the 校长室, this class does not.
    expect(s.quota.empty).toBe(true)
    expect(s.blockers).toEqual([])
    expect(s.writtenExamOnly).toBe(true)
  })

  it('the same class as a 主体班 is blocked by the missing items and the quota', () => {
    const s = classAssessment(universityClass({ writtenExamOnly: false }))
    expect(s.students[0]!.proposal.grade).toBeNull()
    expect(s.blockers.length).toBeGreaterThan(0)
  })

  it('a failed make-up proposes 不合格; 合格 for that student is refused', () => {
    const input = universityClass()
    const scores = input.scores.map((r) => (r.enrollmentId === 'E7' ? { ...r, makeUpScore: 40 } : r))
    const s = classAssessment({ ...input, scores })
    expect(s.students[6]!.proposal).toMatchObject({ grade: 'fail', why: '笔试及补考均未通过' })
    expect(gradeChoiceProblem(s, 'E7', 'pass')).toBe('庚考试及补考均未通过，不能评为合格')
  })

  it('refuses 优秀 when chosen and blocks 定稿 if one was stored (e.g. synced from an older version)', () => {
    const s = classAssessment(
      universityClass({ grades: [{ enrollmentId: 'E1', grade: 'excellent', reason: '', sanction: '' }] }),
    )
    expect(gradeChoiceProblem(s, 'E2', 'excellent')).toBe(WRITTEN_EXAM_RULE_NOTE)
    expect(s.blockers).toEqual([`甲不能评为优秀：${WRITTEN_EXAM_RULE_NOTE}`])
  })

  it('a class with no exam recorded cannot be finalised', () => {
    const s = classAssessment(universityClass({ exams: [], scores: [] }))
    expect(s.blockers).toContain(NO_WRITTEN_EXAM)
    expect(s.students[0]!.missing).toEqual(['笔试未录入', '未评定等次'])
    expect(s.completeCount).toBe(0)
  })

  it('a missing make-up leaves the student without a proposal and blocks 定稿', () => {
    const input = universityClass()
    const scores = input.scores.map((r) => (r.enrollmentId === 'E7' ? { ...r, makeUpScore: null } : r))
    const s = classAssessment({ ...input, scores })
    expect(s.students[6]!.proposal.grade).toBeNull()
    expect(s.students[6]!.missing).toContain('结业考试待补考')
    expect(s.blockers).toEqual(['1 人未评定等次（庚）', '1 人考试或补考成绩未录入（庚）'])
  })
})
