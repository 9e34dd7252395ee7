import { describe, expect, it } from 'vitest'
import { proposeGrades, type ProposalInput } from './proposal'
import { gradeVeto } from './veto'

const clean = gradeVeto({ withdrawn: false, shouldWithdraw: false, breaches: [] })
const student = (id: string, total: number | null, extra: Partial<ProposalInput> = {}): ProposalInput => ({
  enrollmentId: id,
  total,
  veto: clean,
  exam: 'passed',
  ...extra,
})

describe('proposeGrades (附3 第十三条 quota, 第十四条 veto)', () => {
  it('proposes 优秀 for the best up to the top of the quota: 20 students → 4', () => {
    const students = Array.from({ length: 20 }, (_, i) => student(`s${i}`, 100 - i))
    const grades = proposeGrades(students).map((p) => p.grade)
    expect(grades.filter((g) => g === 'excellent')).toHaveLength(4)
    expect(grades.slice(0, 4)).toEqual(['excellent', 'excellent', 'excellent', 'excellent'])
    expect(grades[4]).toBe('pass')
  })

  it('never splits a tie at the edge: it proposes fewer', () => {
    const totals = [99, 98, 97, 96, 96, ...Array.from({ length: 15 }, (_, i) => 80 - i)]
    const grades = proposeGrades(totals.map((t, i) => student(`s${i}`, t))).map((p) => p.grade)
    expect(grades.slice(0, 5)).toEqual(['excellent', 'excellent', 'excellent', 'pass', 'pass'])
  })

  it('the vetoed and those who failed the make-up are 不合格, with the reason', () => {
    const vetoed = gradeVeto({ withdrawn: false, shouldWithdraw: true, breaches: [] })
    const [a, b, c, d] = proposeGrades([
      student('a', 100, { veto: vetoed }),
      student('b', 99, { exam: 'failed' }),
      student('c', 98, { exam: 'makeUpDue' }),
      student('d', null),
    ])
    expect(a).toMatchObject({ grade: 'fail', why: '应作退学处理：考核不予合格（附3 第十四条）' })
    expect(b).toMatchObject({ grade: 'fail', why: '考试及补考均未通过' })
    expect(c).toMatchObject({ grade: null, why: '待补考' })
    expect(d).toMatchObject({ grade: null, why: '考核记录不全' })
  })
})
