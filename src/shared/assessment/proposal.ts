import type { Grade } from './grades'
import { excellentQuota, type QuotaRule } from './quota'
import type { Veto } from './veto'
import type { ExamStatus } from './exam'

/**
 * Grades the app proposes (issue 13); the head teacher adjusts them. Students the veto bars (附3
 * 第十四条) or who failed an exam and its make-up are proposed 不合格. The rest are ranked by their
 * quantitative total: the best are proposed 优秀 up to the top of the quota (附3 第十三条), never
 * splitting a tie (students with the same total get the same grade, so a tie at the edge proposes
 * fewer), the others 合格. Students with missing entries get no proposal: the screen lists what
 * is missing.
 */
export interface ProposalInput {
  enrollmentId: string
  /** Sum of the quantitative items; null while entries are missing. */
  total: number | null
  veto: Veto
  /** The worst of the class's exams for this student; null when the class has no exam. */
  exam: ExamStatus | null
}

export interface Proposal {
  enrollmentId: string
  grade: Grade | null
  why: string
}

export function proposeGrades(students: readonly ProposalInput[], rule?: QuotaRule): Proposal[] {
  const out = new Map<string, Proposal>()
  const ranked: ProposalInput[] = []
  for (const s of students) {
    if (s.veto.reason)
      out.set(s.enrollmentId, { enrollmentId: s.enrollmentId, grade: 'fail', why: s.veto.reason })
    else if (s.exam === 'failed')
      out.set(s.enrollmentId, { enrollmentId: s.enrollmentId, grade: 'fail', why: '考试及补考均未通过' })
    else if (s.total === null || s.exam === 'pending' || s.exam === 'makeUpDue')
      out.set(s.enrollmentId, {
        enrollmentId: s.enrollmentId,
        grade: null,
        why: s.total === null ? '考核记录不全' : s.exam === 'makeUpDue' ? '待补考' : '考试成绩未录入',
      })
    else ranked.push(s)
  }
  // n counts every student graded (not withdrawn): the vetoed ones are in the class too.
  const n = students.filter((s) => !s.veto.reason?.startsWith('已退学')).length
  const { max } = excellentQuota(n, rule)
  ranked.sort((a, b) => b.total! - a.total!)
  let excellent = 0
  for (let i = 0; i < ranked.length;) {
    let j = i
    while (j < ranked.length && ranked[j]!.total === ranked[i]!.total) j++
    const tie = ranked.slice(i, j)
    const grade: Grade = excellent + tie.length <= max ? 'excellent' : 'pass'
    if (grade === 'excellent') excellent += tie.length
    for (const s of tie)
      out.set(s.enrollmentId, {
        enrollmentId: s.enrollmentId,
        grade,
        why: grade === 'excellent' ? `定量考核 ${s.total} 分，排名前列` : `定量考核 ${s.total} 分`,
      })
    // Once one tie group did not fit, nobody below it may be 优秀.
    if (grade === 'pass') {
      for (const s of ranked.slice(j))
        out.set(s.enrollmentId, {
          enrollmentId: s.enrollmentId,
          grade: 'pass',
          why: `定量考核 ${s.total} 分`,
        })
      break
    }
    i = j
  }
  return students.map((s) => out.get(s.enrollmentId)!)
}
