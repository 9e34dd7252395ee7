import { describe, expect, it } from 'vitest'
import { examResult, scoreProblem } from './exam'

// Seed 000 附2 第十九条 and seed 001 7.7–7.9: a written exam, a make-up for those who failed or
// missed it; the make-up, recorded beside the first score, decides.
const s = (score: number | null, absent = false) => ({ score, absent })

describe('examResult (pass mark 60)', () => {
  it.each([
    ['nothing entered', { first: s(null) }, { status: 'pending', decidedBy: null, score: null }],
    ['passed at once', { first: s(75) }, { status: 'passed', decidedBy: 'first', score: 75 }],
    ['exactly the pass mark passes', { first: s(60) }, { status: 'passed', decidedBy: 'first', score: 60 }],
    ['failed: on the 补考名单', { first: s(59.5) }, { status: 'makeUpDue', decidedBy: null, score: 59.5 }],
    [
      'absent: on the 补考名单',
      { first: s(null, true) },
      { status: 'makeUpDue', decidedBy: null, score: null },
    ],
    ['make-up passed', { first: s(40), makeUp: s(68) }, { status: 'passed', decidedBy: 'makeUp', score: 68 }],
    ['make-up failed', { first: s(40), makeUp: s(50) }, { status: 'failed', decidedBy: 'makeUp', score: 50 }],
    [
      'absent at the make-up too',
      { first: s(null, true), makeUp: s(null, true) },
      { status: 'failed', decidedBy: 'makeUp', score: null },
    ],
    [
      'a make-up of one who passed is ignored',
      { first: s(80), makeUp: s(30) },
      { status: 'passed', decidedBy: 'first', score: 80 },
    ],
  ])('%s', (_, entry, result) => {
    expect(examResult(entry)).toEqual(result)
  })

  it('uses the exam’s own pass mark', () => {
    expect(examResult({ first: s(70) }, 72).status).toBe('makeUpDue')
  })
})

describe('scoreProblem', () => {
  it.each([
    [0, null],
    [100, null],
    [85.5, null],
    [-1, '成绩应在 0 到 100 之间'],
    [101, '成绩应在 0 到 100 之间'],
    [85.25, '成绩最多保留半分（如 85.5）'],
    [Number.NaN, '成绩应在 0 到 100 之间'],
  ])('%d → %s', (score, problem) => {
    expect(scoreProblem(score)).toBe(problem)
  })
})
