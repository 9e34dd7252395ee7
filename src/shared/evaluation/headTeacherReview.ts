import { countsAsAttended, type AttendanceStatusCode } from '../attendance/status'
import { dayNumber } from '../plan/clock'
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
 * - evaluation = the mean of every rating answer of the classes whose results are published
 *   (≥ 2 answers and ≥ 20 % of the class); a class below that does not count.
 */
export interface ClassFigures {
  classId: string
  className: string
  headTeachers: readonly string[]
  startDate: string
  endDate: string
  hours: number
  attendance: { expected: number; attended: number }
  evaluation: { published: boolean; responses: number; sum: number; count: number }
}

export interface HeadTeacherLine {
  name: string
  classes: ClassFigures[]
  days: number
  hours: number
  attendanceRate: number | null
  evaluationMean: number | null
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
    const expected = list.reduce((s, c) => s + c.attendance.expected, 0)
    const attended = list.reduce((s, c) => s + c.attendance.attended, 0)
    const published = list.filter((c) => c.evaluation.published)
    const count = published.reduce((s, c) => s + c.evaluation.count, 0)
    const sum = published.reduce((s, c) => s + c.evaluation.sum, 0)
    return {
      name,
      classes: [...list].sort((a, b) => a.startDate.localeCompare(b.startDate)),
      days: list.reduce((s, c) => s + classDays(c), 0),
      hours: round2(list.reduce((s, c) => s + c.hours, 0)),
      attendanceRate: expected > 0 ? round4(attended / expected) : null,
      evaluationMean: count > 0 ? round2(sum / count) : null,
      score: 0,
    }
  })
  const most = {
    days: Math.max(0, ...lines.map((l) => l.days)),
    hours: Math.max(0, ...lines.map((l) => l.hours)),
  }
  for (const l of lines) l.score = reviewScore(l, most, weighting)
  return rankByScore(
    lines,
    (l) => l.score,
    (l) => l.name,
  )
}
