import { countsAsAttended, type AttendanceStatusCode } from '../attendance/status'
import { dayNumber } from '../plan/clock'
import { onTimeRate, passRate, type AssessmentOutcome, type ChecklistOnTime } from './classOutcomes'
import { rankByScore, type Ranked } from './ranking'
import { reviewScore, type ReviewWeighting } from './review'

/**
 * The year-end review of head teachers (seed 000 正文三(二)): per head teacher, the classes they led
 * in the year and each figure summed or pooled over them, so every figure traces to its classes.
 *
 * Readings adopted (shown on the page):
 * - a class belongs to the year its first day falls in; a class with two head teachers counts for both;
 * - days led = the class's calendar days, first and last included; class hours = the class's 总学时;
 * - attendance rate = attended person-sessions / expected person-sessions over the sessions whose roll
 *   call is complete (出勤、迟到、早退 count as attended, leave and absence do not);
 * - assessment = 优秀, 合格, 不合格 of the finalised classes and their pass rate (classOutcomes.ts);
 * - checklist = items done by their due date / items due, pooled (classOutcomes.ts);
 * - evaluation and 满意度测评 = the mean of every rating answer of the classes whose results are
 *   published (≥ 2 answers and ≥ 20 % of the class); a class below that does not count.
 */
export interface QuestionnaireFigure {
  published: boolean
  responses: number
  sum: number
  count: number
  /** The lowest and highest point of the scale the class answered on. */
  min: number
  max: number
}

export interface ClassFigures {
  classId: string
  className: string
  headTeachers: readonly string[]
  startDate: string
  endDate: string
  hours: number
  attendance: { expected: number; attended: number }
  assessment: AssessmentOutcome
  /** null: the class has no checklist. */
  checklist: ChecklistOnTime | null
  evaluation: QuestionnaireFigure
  satisfaction: QuestionnaireFigure
}

export interface HeadTeacherLine {
  name: string
  classes: ClassFigures[]
  days: number
  hours: number
  attendanceRate: number | null
  /** 优秀, 合格, 不合格 summed over the finalised classes. */
  grades: { excellent: number; pass: number; fail: number; finalisedClasses: number }
  passRate: number | null
  checklist: ChecklistOnTime
  checklistRate: number | null
  evaluationMean: number | null
  satisfactionMean: number | null
  score: number
}

export function classDays(c: Pick<ClassFigures, 'startDate' | 'endDate'>): number {
  return dayNumber(c.endDate) - dayNumber(c.startDate) + 1
}

/** Person-sessions expected and attended over the sessions whose roll call is complete. */
export function attendanceCounts(
  calledSessionIds: readonly string[],
  enrollmentIds: readonly string[],
  marks: readonly { sessionId: string; enrollmentId: string; status: AttendanceStatusCode }[],
): { expected: number; attended: number } {
  const sessions = new Set(calledSessionIds)
  const students = new Set(enrollmentIds)
  const expected = sessions.size * students.size
  const missed = marks.filter(
    (m) => sessions.has(m.sessionId) && students.has(m.enrollmentId) && !countsAsAttended(m.status),
  ).length
  return { expected, attended: expected - missed }
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000
const round2 = (n: number) => Math.round(n * 100) / 100
const sumOf = <T>(list: readonly T[], f: (t: T) => number) => list.reduce((s, x) => s + f(x), 0)

/** Mean of the published answers, and the same placed on the scales (0–1); null when none. */
export function pooledQuestionnaire(figures: readonly QuestionnaireFigure[]): {
  mean: number | null
  score: number | null
} {
  const published = figures.filter((f) => f.published && f.count > 0)
  const count = sumOf(published, (f) => f.count)
  if (count === 0) return { mean: null, score: null }
  const span = sumOf(published, (f) => f.count * (f.max - f.min))
  return {
    mean: round2(sumOf(published, (f) => f.sum) / count),
    score: span > 0 ? sumOf(published, (f) => f.sum - f.count * f.min) / span : null,
  }
}

export function headTeacherReview(
  classes: readonly ClassFigures[],
  year: number,
  weighting: ReviewWeighting,
): Ranked<HeadTeacherLine>[] {
  const ofYear = classes.filter((c) => Number(c.startDate.slice(0, 4)) === year)
  const byName = new Map<string, ClassFigures[]>()
  for (const c of ofYear)
    for (const name of new Set(c.headTeachers.map((n) => n.trim()).filter(Boolean)))
      byName.set(name, [...(byName.get(name) ?? []), c])
  const lines = [...byName].map(([name, list]) => {
    const expected = sumOf(list, (c) => c.attendance.expected)
    const attended = sumOf(list, (c) => c.attendance.attended)
    const finalised = list.filter((c) => c.assessment.finalised)
    const checklists = list.map((c) => c.checklist)
    const rate = passRate(list.map((c) => c.assessment))
    const onTime = onTimeRate(checklists)
    const evaluation = pooledQuestionnaire(list.map((c) => c.evaluation))
    const satisfaction = pooledQuestionnaire(list.map((c) => c.satisfaction))
    const line: HeadTeacherLine = {
      name,
      classes: [...list].sort((a, b) => a.startDate.localeCompare(b.startDate)),
      days: sumOf(list, classDays),
      hours: round2(sumOf(list, (c) => c.hours)),
      attendanceRate: expected > 0 ? round4(attended / expected) : null,
      grades: {
        excellent: sumOf(finalised, (c) => c.assessment.excellent),
        pass: sumOf(finalised, (c) => c.assessment.pass),
        fail: sumOf(finalised, (c) => c.assessment.fail),
        finalisedClasses: finalised.length,
      },
      passRate: rate === null ? null : round4(rate),
      checklist: {
        due: sumOf(checklists, (c) => c?.due ?? 0),
        onTime: sumOf(checklists, (c) => c?.onTime ?? 0),
      },
      checklistRate: onTime === null ? null : round4(onTime),
      evaluationMean: evaluation.mean,
      satisfactionMean: satisfaction.mean,
      score: 0,
    }
    return { line, evaluationScore: evaluation.score, satisfactionScore: satisfaction.score }
  })
  const most = {
    days: Math.max(0, ...lines.map((l) => l.line.days)),
    hours: Math.max(0, ...lines.map((l) => l.line.hours)),
  }
  for (const { line, evaluationScore, satisfactionScore } of lines)
    line.score = reviewScore({ ...line, evaluationScore, satisfactionScore }, most, weighting)
  return rankByScore(
    lines.map((l) => l.line),
    (l) => l.score,
    (l) => l.name,
  )
}
