import type { Hours } from '../plan/hours'
import { attendancePoints } from './attendanceItem'
import { examResult, type ExamResult, type ExamSitting, type ExamStatus } from './exam'
import { qualitativeSummary, type EvaluationFacts, type QualitativeSummary } from './evaluation'
import { GRADE_LABELS, type Grade } from './grades'
import { proposeGrades, type Proposal } from './proposal'
import {
  checkExcellentCount,
  excellentQuota,
  type QuotaAdjustment,
  type QuotaRange,
  type QuotaVerdict,
} from './quota'
import type { AssessmentScheme } from './scheme'
import { gradeVeto, type Veto } from './veto'
import type { OtherAppraisal } from './otherAppraisals'
import { NO_WRITTEN_EXAM, WRITTEN_EXAM_RULE_NOTE, writtenExamProposal } from './writtenExamClass'

/**
 * A class's assessment as one pure computation (issue 13): per student the quantitative items
 * (学员考勤 computed from the attendance register, 附3 第八条), the qualitative summary (第七条),
 * exams with make-ups (附2 第十九条), the veto (第十四条), the proposal and the grade; per class
 * the 优秀 quota (第十三条) and what stands in the way of 定稿. The screens and the printed
 * registers read this; nothing here reads a database.
 */
export const ATTENDANCE_ITEM = 'attendance'

export interface AssessmentStudentInput {
  enrollmentId: string
  name: string
}

export interface AssessmentInput {
  scheme: AssessmentScheme
  /** Students on the register (not withdrawn), in roster order. */
  students: readonly AssessmentStudentInput[]
  entries: readonly { enrollmentId: string; itemCode: string; points: number }[]
  evaluations: readonly (EvaluationFacts & { enrollmentId: string })[]
  /** 挂职锻炼鉴定 / 党支部鉴定 per enrollment (otherAppraisals.ts); absent: none read. */
  otherAppraisals?: ReadonlyMap<string, readonly OtherAppraisal[]>
  exams: readonly { id: string; name: string; passMark: number }[]
  scores: readonly {
    examId: string
    enrollmentId: string
    score: number | null
    absent: boolean
    makeUpScore: number | null
    makeUpAbsent: boolean
  }[]
  grades: readonly { enrollmentId: string; grade: Grade | null; reason: string; sanction: string }[]
  /** From the attendance register: 旷课 hours (已点名 sessions only) and 应作退学处理. */
  attendance: ReadonlyMap<string, { absentHours: Hours; shouldWithdraw: boolean }>
  /** Recorded breaches of the student rules per enrollment (批评教育, 擅自离校 …). */
  breaches: ReadonlyMap<string, readonly string[]>
  /** The 校长室 adjustment in force, if any. */
  adjustment: QuotaAdjustment | null
  finalised: boolean
  /**
   * A university class (入党积极分子/发展对象, writtenExamClass.ts; seed 001 7.7–7.9): passes on
   * the written exam, no 优秀 and no quota, the quantitative items are not required.
   */
  writtenExamOnly?: boolean
}

export interface StudentExam {
  examId: string
  name: string
  first: ExamSitting
  makeUp: ExamSitting | null
  result: ExamResult
}

export interface StudentAssessment {
  enrollmentId: string
  name: string
  /** Item code → points (null: nothing recorded); 学员考勤 is computed. */
  items: Record<string, number | null>
  /** Sum of the items; null while any is missing. */
  total: number | null
  /** Labels of the items with nothing recorded. */
  missingItems: string[]
  qualitative: QualitativeSummary
  exams: StudentExam[]
  /** The worst status over the class's exams; null when the class has none. */
  examStatus: ExamStatus | null
  veto: Veto
  proposal: Proposal
  /** The grade the head teacher chose; null: not chosen (the proposal shows). */
  chosen: Grade | null
  /** The grade in force: the chosen one, else the proposal. */
  grade: Grade | null
  reason: string
  sanction: string
  /** What this student still lacks, in the user's words (empty: complete). */
  missing: string[]
}

export interface ClassAssessmentSummary {
  students: StudentAssessment[]
  /** Students counted for the quota (not withdrawn). */
  n: number
  quota: QuotaRange
  excellentCount: number
  verdict: QuotaVerdict
  /** Why 定稿 is refused now (empty: it may be finalised). */
  blockers: string[]
  /** Students with nothing missing. */
  completeCount: number
  /** Students with at least one qualitative evaluation (第七条) recorded. */
  evaluatedCount: number
  /** Students on the 补考名单: failed or missed a first sitting, with the exam. */
  makeUpList: { enrollmentId: string; name: string; examId: string; examName: string; first: ExamSitting }[]
  finalised: boolean
  /** The class passes on the written exam (seed 001 7.7–7.9): no 优秀, the quota does not apply. */
  writtenExamOnly: boolean
}

const STATUS_RANK: Record<ExamStatus, number> = { failed: 3, makeUpDue: 2, pending: 1, passed: 0 }

export function classAssessment(input: AssessmentInput): ClassAssessmentSummary {
  const { scheme } = input
  const entriesBy = new Map<string, number>()
  for (const e of input.entries) {
    const key = `${e.enrollmentId}\u0000${e.itemCode}`
    entriesBy.set(key, (entriesBy.get(key) ?? 0) + e.points)
  }
  const evaluationsBy = groupBy(input.evaluations, (e) => e.enrollmentId)
  const scoresBy = new Map(input.scores.map((s) => [`${s.examId}\u0000${s.enrollmentId}`, s]))
  const gradesBy = new Map(input.grades.map((g) => [g.enrollmentId, g]))

  const partial = input.students.map((s) => {
    const items: Record<string, number | null> = {}
    const missingItems: string[] = []
    for (const item of scheme.quantitative) {
      if (item.code === ATTENDANCE_ITEM) {
        const a = input.attendance.get(s.enrollmentId)
        items[item.code] = a
          ? attendancePoints(item.maxPoints, a.absentHours, scheme.attendanceDeductionPerAbsentHour)
          : item.maxPoints
        continue
      }
      const v = entriesBy.get(`${s.enrollmentId}\u0000${item.code}`)
      items[item.code] = v === undefined ? null : round2(v)
      if (v === undefined) missingItems.push(item.label)
    }
    const total =
      missingItems.length > 0 ? null : round2(Object.values(items).reduce<number>((a, b) => a + (b ?? 0), 0))
    const exams: StudentExam[] = input.exams.map((x) => {
      const row = scoresBy.get(`${x.id}\u0000${s.enrollmentId}`)
      const first: ExamSitting = { score: row?.score ?? null, absent: row?.absent ?? false }
      const makeUp: ExamSitting | null =
        row && (row.makeUpScore !== null || row.makeUpAbsent)
          ? { score: row.makeUpScore, absent: row.makeUpAbsent }
          : null
      return { examId: x.id, name: x.name, first, makeUp, result: examResult({ first, makeUp }, x.passMark) }
    })
    const examStatus = exams.length
      ? exams.map((e) => e.result.status).reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a))
      : null
    const g = gradesBy.get(s.enrollmentId)
    const sanction = g?.sanction.trim() ?? ''
    const breaches = [...(input.breaches.get(s.enrollmentId) ?? [])]
    if (sanction) breaches.push(`处分：${sanction}`)
    const veto = gradeVeto({
      withdrawn: false,
      shouldWithdraw: input.attendance.get(s.enrollmentId)?.shouldWithdraw ?? false,
      breaches,
    })
    return {
      s,
      items,
      total,
      missingItems,
      exams,
      examStatus,
      veto,
      chosen: g?.grade ?? null,
      reason: g?.reason ?? '',
      sanction,
      qualitative: qualitativeSummary(
        scheme.qualitative,
        evaluationsBy.get(s.enrollmentId) ?? [],
        input.otherAppraisals?.get(s.enrollmentId) ?? [],
      ),
    }
  })

  const writtenExamOnly = input.writtenExamOnly ?? false
  const proposals = writtenExamOnly
    ? partial.map((p) =>
        writtenExamProposal({ enrollmentId: p.s.enrollmentId, veto: p.veto, exam: p.examStatus }),
      )
    : proposeGrades(
        partial.map((p) => ({
          enrollmentId: p.s.enrollmentId,
          total: p.total,
          veto: p.veto,
          exam: p.examStatus,
        })),
        scheme.quota,
      )
  const students: StudentAssessment[] = partial.map((p, i) => {
    const proposal = proposals[i]!
    const grade = p.chosen ?? proposal.grade
    // A university class is judged on its written exam alone: its items are not required.
    const missing = writtenExamOnly ? [] : p.missingItems.map((l) => `${l}未记录`)
    if (writtenExamOnly && p.exams.length === 0) missing.push('笔试未录入')
    for (const e of p.exams) {
      if (e.result.status === 'pending') missing.push(`${e.name}成绩未录入`)
      if (e.result.status === 'makeUpDue') missing.push(`${e.name}待补考`)
    }
    if (!grade) missing.push('未评定等次')
    return {
      enrollmentId: p.s.enrollmentId,
      name: p.s.name,
      items: p.items,
      total: p.total,
      missingItems: p.missingItems,
      qualitative: p.qualitative,
      exams: p.exams,
      examStatus: p.examStatus,
      veto: p.veto,
      proposal,
      chosen: p.chosen,
      grade,
      reason: p.reason,
      sanction: p.sanction,
      missing,
    }
  })

  const n = students.length
  const quota = excellentQuota(n, scheme.quota)
  const excellentCount = students.filter((s) => s.grade === 'excellent').length
  const verdict = checkExcellentCount(excellentCount, n, scheme.quota, input.adjustment)
  const blockers: string[] = []
  const ungraded = students.filter((s) => !s.grade)
  if (ungraded.length) blockers.push(`${ungraded.length} 人未评定等次（${names(ungraded)}）`)
  const barred = students.filter((s) => s.grade && !s.veto.allowed.includes(s.grade))
  for (const s of barred) blockers.push(`${s.name}不能评为${GRADE_LABELS[s.grade!]}：${s.veto.reason}`)
  const failedExam = students.filter((s) => s.examStatus === 'failed' && s.grade && s.grade !== 'fail')
  for (const s of failedExam) blockers.push(`${s.name}考试及补考均未通过，不能评为${GRADE_LABELS[s.grade!]}`)
  const due = students.filter((s) => s.examStatus === 'pending' || s.examStatus === 'makeUpDue')
  if (due.length) blockers.push(`${due.length} 人考试或补考成绩未录入（${names(due)}）`)
  if (writtenExamOnly) {
    if (input.exams.length === 0) blockers.push(NO_WRITTEN_EXAM)
    const excellent = students.filter((s) => s.grade === 'excellent')
    if (excellent.length) blockers.push(`${names(excellent)}不能评为优秀：${WRITTEN_EXAM_RULE_NOTE}`)
  } else if (!verdict.ok) blockers.push(verdict.message)

  const makeUpList: ClassAssessmentSummary['makeUpList'] = []
  for (const s of students)
    for (const e of s.exams)
      if (e.first.absent || (e.first.score !== null && e.result.decidedBy !== 'first'))
        makeUpList.push({
          enrollmentId: s.enrollmentId,
          name: s.name,
          examId: e.examId,
          examName: e.name,
          first: e.first,
        })

  return {
    students,
    n,
    quota,
    excellentCount,
    verdict,
    blockers,
    completeCount: students.filter((s) => s.missing.length === 0).length,
    evaluatedCount: students.filter((s) => s.qualitative.recorded > 0).length,
    makeUpList,
    finalised: input.finalised,
    writtenExamOnly,
  }
}

/**
 * Why a grade may not be chosen for a student now (null: it may): a finalised class is locked;
 * the veto bars 合格 and 优秀 (第十四条); a student who failed the exam and its make-up cannot
 * pass; 优秀 beyond the top of the quota (第十三条, or the 校长室 adjustment) is refused.
 */
export function gradeChoiceProblem(
  summary: ClassAssessmentSummary,
  enrollmentId: string,
  grade: Grade | null,
): string | null {
  if (summary.finalised) return '考核已定稿，须先解除锁定'
  const s = summary.students.find((x) => x.enrollmentId === enrollmentId)
  if (!s) return '本班没有这位学员'
  if (grade === null || grade === 'fail') return null
  if (!s.veto.allowed.includes(grade)) return `${s.name}：${s.veto.reason}`
  if (s.examStatus === 'failed') return `${s.name}考试及补考均未通过，不能评为${GRADE_LABELS[grade]}`
  if (grade === 'excellent' && summary.writtenExamOnly) return WRITTEN_EXAM_RULE_NOTE
  if (grade === 'excellent' && s.grade !== 'excellent') {
    const max = summary.verdict.max
    if (summary.excellentCount + 1 > max)
      return `优秀最多 ${max} 人${summary.verdict.adjusted ? '（校长室调整）' : ''}，已有 ${summary.excellentCount} 人：请先把其他学员改为合格`
  }
  return null
}

function names(list: readonly { name: string }[]): string {
  const shown = list.slice(0, 5).map((s) => s.name)
  return list.length > 5 ? `${shown.join('、')} 等` : shown.join('、')
}

function round2(x: number): number {
  return Math.round(x * 100) / 100
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const t of list) {
    const k = key(t)
    const arr = m.get(k)
    if (arr) arr.push(t)
    else m.set(k, [t])
  }
  return m
}

/** Recorded breaches from the discipline records the leave rules keep (附2 第九条). */
export function breachesFromEvents(
  events: readonly { enrollmentId: string; kind: 'criticism' | 'leftSchool'; at: string; note: string }[],
): Map<string, string[]> {
  const m = new Map<string, string[]>()
  for (const e of events) {
    const what = e.kind === 'criticism' ? '批评教育' : '擅自离校'
    const text = `${e.at.slice(0, 10)} ${what}${e.note.trim() ? `：${e.note.trim()}` : ''}`
    const arr = m.get(e.enrollmentId)
    if (arr) arr.push(text)
    else m.set(e.enrollmentId, [text])
  }
  return m
}
