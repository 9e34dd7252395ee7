import type { ClassType } from '../domain/trainingClass'
import type { ExamStatus } from './exam'
import type { Proposal } from './proposal'
import type { Veto } from './veto'

/**
 * University classes pass on the written exam (seed 001 7.7–7.9): 入党积极分子 and 发展对象
 * classes sit a written exam before the end (7.7), the scores and certificate numbers go on the
 * 成绩、证书登记表 and those who pass get the certificate (7.8); a make-up, recorded beside the
 * first sitting, decides for those who failed or missed it (seed 000 附2 第十九条). The seed
 * grades nothing else: there is no 优秀 and so no 优秀 quota (the quota of 附3 第十三条 is the
 * district school's rule for its 主体班). The veto (附3 第十四条) still bars 合格: the app's reading,
 * a student with a sanction or to be withdrawn does not pass anywhere.
 */
export const WRITTEN_EXAM_CLASS_TYPES: readonly ClassType[] = ['activist', 'devTarget']

export const WRITTEN_EXAM_CITATION = '《党校培训工作程序》7.7–7.9'

/** What the 等次评定 screen says instead of the quota for these classes. */
export const WRITTEN_EXAM_RULE_NOTE = `入党积极分子、发展对象培训班以笔试成绩定合格，不评优秀（${WRITTEN_EXAM_CITATION}）`

/** The 定稿 blocker while a university class has no exam recorded. */
export const NO_WRITTEN_EXAM = `本班尚未录入笔试：入党积极分子、发展对象培训班须在培训结束前参加书面考试（${WRITTEN_EXAM_CITATION}）`

export function passesOnWrittenExam(type: string | null | undefined): boolean {
  return (WRITTEN_EXAM_CLASS_TYPES as readonly string[]).includes(type ?? '')
}

export interface WrittenExamFacts {
  enrollmentId: string
  veto: Veto
  /** The worst status over the class's exams; null when the class has none. */
  exam: ExamStatus | null
}

/** 合格 when the written exam (make-up deciding) was passed, 不合格 when failed; else no proposal yet. */
export function writtenExamProposal(s: WrittenExamFacts): Proposal {
  const p = (grade: Proposal['grade'], why: string): Proposal => ({
    enrollmentId: s.enrollmentId,
    grade,
    why,
  })
  if (s.veto.reason) return p('fail', s.veto.reason)
  switch (s.exam) {
    case null:
      return p(null, '尚未录入笔试')
    case 'pending':
      return p(null, '笔试成绩未录入')
    case 'makeUpDue':
      return p(null, '待补考')
    case 'failed':
      return p('fail', '笔试及补考均未通过')
    case 'passed':
      return p('pass', '笔试合格')
  }
}
