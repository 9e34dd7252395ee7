import type { StudentRegisterRow } from '../attendance/register'
import { formatHours, isZeroHours, sumHours } from '../plan/hours'
import { idNumberFor } from '../roster/idNumberUse'
import type { ClassAssessmentSummary, StudentExam } from './classAssessment'
import { otherAppraisalText } from './otherAppraisals'
import { isLiveCertificate } from './certificateIssue'
import { GRADE_LABELS } from './grades'

/**
 * What the printed registers and the assessment workbook say of each student (issue 13): the
 * 干部学习培训考核登记表 (附3 第十五条; 附2 第十八条 the 缺勤 summary, 第十九条 exam and make-up
 * scores), the 学员成绩、证书登记表 (seed 001 7.8: score, pass, certificate number), the
 * 优秀学员名单 and the 补考名单. One computation for paper and Excel, so they never disagree.
 */
export interface RegisterPerson {
  enrollmentId: string
  seat: number | null
  name: string
  gender: string
  unit: string
  post: string
  idNumber: string
  groupName: string
}

export interface RegisterInput {
  /** Students on the register (not withdrawn), in roster order. */
  students: readonly RegisterPerson[]
  assessment: Pick<ClassAssessmentSummary, 'students' | 'makeUpList'>
  /** The scheme's quantitative items, in its order. */
  items: readonly { code: string; label: string }[]
  /** The attendance register's rows (only 已点名 sessions count: register.ts). */
  attendance: ReadonlyMap<string, StudentRegisterRow>
  certificates: readonly {
    enrollmentId: string
    number: string
    voidedAt: string | null
    deleted?: boolean
  }[]
}

export interface RegisterExam {
  name: string
  /** '85', '缺考' or '' (not entered). */
  first: string
  /** The make-up beside it: '72', '缺考' or ''. */
  makeUp: string
  /** 合格, 不合格, 待补考 or ''. */
  result: string
}

export interface RegisterRow {
  no: number
  enrollmentId: string
  seat: number | null
  name: string
  gender: string
  unitAndPost: string
  /** Masked (first 6 + last 4): the registers only tell namesakes apart. */
  idNumber: string
  groupName: string
  /** 缺勤 summary from attendance (附2 第十八条). */
  absence: string
  /** Points per scheme item, in the scheme's order; null: not recorded. */
  items: (number | null)[]
  total: number | null
  /** Rated qualitative sources, '专家点评：优秀；…', then 挂职锻炼鉴定 / 党支部鉴定 (otherAppraisals.ts). */
  qualitative: string
  /** 党小组评议鉴定. */
  appraisal: string
  exams: RegisterExam[]
  /** 优秀 / 合格 / 不合格, '' when not graded. */
  grade: string
  certificateNumber: string
}

export interface MakeUpLine {
  no: number
  name: string
  unitAndPost: string
  exam: string
  /** '缺考' or the first score. */
  first: string
  makeUp: string
  result: string
}

const RESULT_LABELS = { passed: '合格', failed: '不合格', makeUpDue: '待补考', pending: '' } as const

function sitting(s: { score: number | null; absent: boolean } | null): string {
  if (!s) return ''
  if (s.absent) return '缺考'
  return s.score === null ? '' : String(s.score)
}

function examLine(e: StudentExam): RegisterExam {
  return {
    name: e.name,
    first: sitting(e.first),
    makeUp: sitting(e.makeUp),
    result: RESULT_LABELS[e.result.status],
  }
}

/** '已点名 12 次课，出勤 11 次；病假 3 学时；旷课 1.5 学时；迟到 1 次' — facts only. */
export function absenceSummary(row: StudentRegisterRow | undefined): string {
  if (!row) return ''
  const parts = [`已点名 ${row.calledSessions} 次课，出勤 ${row.attended} 次`]
  const leave: [string, keyof StudentRegisterRow['leaveHours']][] = [
    ['公假', 'official'],
    ['病假', 'sick'],
    ['事假', 'personal'],
  ]
  for (const [label, type] of leave) {
    const h = row.leaveHours[type]
    if (h && !isZeroHours(h)) parts.push(`${label} ${formatHours(h)} 学时`)
  }
  const leaveTotal = sumHours(Object.values(row.leaveHours))
  if (isZeroHours(leaveTotal)) parts.push('无请假')
  parts.push(`旷课 ${formatHours(row.absentHours)} 学时`)
  if (!isZeroHours(row.overstayHours)) parts.push(`超假 ${formatHours(row.overstayHours)} 学时`)
  if (row.counts.late > 0) parts.push(`迟到 ${row.counts.late} 次`)
  if (row.counts.leftEarly > 0) parts.push(`早退 ${row.counts.leftEarly} 次`)
  return parts.join('；')
}

export function registerRows(input: RegisterInput): RegisterRow[] {
  const byStudent = new Map(input.assessment.students.map((s) => [s.enrollmentId, s]))
  const numbers = new Map<string, string>()
  for (const c of input.certificates) if (isLiveCertificate(c)) numbers.set(c.enrollmentId, c.number)
  return input.students.map((p, i) => {
    const a = byStudent.get(p.enrollmentId)
    return {
      no: i + 1,
      enrollmentId: p.enrollmentId,
      seat: p.seat,
      name: p.name,
      gender: p.gender,
      unitAndPost: [p.unit, p.post].filter(Boolean).join(' '),
      idNumber: idNumberFor('assessmentRegister', p.idNumber) ?? '',
      groupName: p.groupName,
      absence: absenceSummary(input.attendance.get(p.enrollmentId)),
      items: input.items.map((item) => a?.items[item.code] ?? null),
      total: a?.total ?? null,
      // The rated sources, then the 挂职锻炼鉴定 / 党支部鉴定 made in their own areas.
      qualitative: [a?.qualitative.text ?? '', otherAppraisalText(a?.qualitative.others ?? [])]
        .filter(Boolean)
        .join('；'),
      appraisal: a?.qualitative.appraisal ?? '',
      exams: (a?.exams ?? []).map(examLine),
      grade: a?.grade ? GRADE_LABELS[a.grade] : '',
      certificateNumber: numbers.get(p.enrollmentId) ?? '',
    }
  })
}

/** 优秀学员名单: the students graded 优秀, in roster order. */
export function excellentRows(rows: readonly RegisterRow[]): RegisterRow[] {
  return rows.filter((r) => r.grade === GRADE_LABELS.excellent)
}

/** 补考名单 (附2 第十九条): who failed or missed a first sitting, per exam, with the make-up beside. */
export function makeUpLines(input: RegisterInput, rows: readonly RegisterRow[]): MakeUpLine[] {
  const byId = new Map(rows.map((r) => [r.enrollmentId, r]))
  return input.assessment.makeUpList.map((m, i) => {
    const row = byId.get(m.enrollmentId)
    const exam = row?.exams.find((e) => e.name === m.examName)
    return {
      no: i + 1,
      name: m.name,
      unitAndPost: row?.unitAndPost ?? '',
      exam: m.examName,
      first: sitting(m.first),
      makeUp: exam?.makeUp ?? '',
      result: exam?.result ?? '',
    }
  })
}
