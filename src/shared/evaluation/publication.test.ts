import { describe, expect, it } from 'vitest'
import { publicationProblem } from './publication'

describe('publicationProblem (at least 2 answers and 20 % of the class)', () => {
  it.each([
    [1, 3, '只有 1 份答卷，至少 2 份才能公布结果'],
    [2, 5, null],
    [19, 100, '19 份答卷不足全班 100 人的 20%（至少 20 份），暂不公布结果'],
    [20, 100, null],
    [8, 45, '8 份答卷不足全班 45 人的 20%（至少 9 份），暂不公布结果'],
    [9, 45, null],
  ])('%d answers of %d → %s', (answers, size, problem) => {
    expect(publicationProblem(answers, size)).toBe(problem)
  })
})
