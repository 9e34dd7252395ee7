/**
 * Questionnaire results are published only with at least 2 answers and at least 20 % of the class
 * (issue 15), so that no answer can be traced to a person; never with names. Integer arithmetic:
 * 20 % of 45 is 9 answers exactly.
 */
export const MIN_ANSWERS = 2
export const MIN_SHARE_PERCENT = 20

export function publicationProblem(answers: number, classSize: number): string | null {
  if (answers < MIN_ANSWERS) return `只有 ${answers} 份答卷，至少 ${MIN_ANSWERS} 份才能公布结果`
  if (answers * 100 < MIN_SHARE_PERCENT * classSize) {
    const needed = Math.ceil((MIN_SHARE_PERCENT * classSize) / 100)
    return `${answers} 份答卷不足全班 ${classSize} 人的 ${MIN_SHARE_PERCENT}%（至少 ${needed} 份），暂不公布结果`
  }
  return null
}
