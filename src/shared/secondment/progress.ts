import { dayNumber } from '../plan/clock'
import { MIN_TALKS, REPORT_MIN_CHARACTERS } from './deliverables'
import type { Period } from './period'
import type { SecondmentDocument } from './records'

/**
 * What a student still owes of the secondment (seed 000 附4 第七条(一), 第八条(二)–(四)), for the
 * progress view and the reminder sheet. Pure: the screen passes the counts.
 *
 * - 挂职工作日志 is daily (第八条(二) "把每天的经历和收获真实及时记录下来"): the days logged are
 *   compared with the days of the period elapsed by `today` (the whole period once it is over).
 * - 三个一: a missing document is owed; a report under 1,500 characters is a warning, not a debt
 *   (the seed says 一般不少于).
 * - 谈心谈话: at least two (第七条(一)).
 * - Friday meetings (第八条(四)): each held meeting whose roll call is complete and at which the
 *   student was not marked present counts as missed.
 */
export interface ProgressInput {
  period: Period
  today: string
  logDays: number | null
  plan: SecondmentDocument | null
  summary: SecondmentDocument | null
  report: SecondmentDocument | null
  talks: number
  /** Meetings with their roll call complete. */
  meetingsCalled: number
  /** Of those, meetings the student attended (出勤, 迟到, 早退). */
  meetingsAttended: number
}

export interface Progress {
  /** Days of the period up to today (0 before it starts). */
  daysDue: number
  logDays: number
  /** Things owed, in the user's words, e.g. "挂职小结未交". */
  missing: string[]
  /** Warnings that are not debts (a short report). */
  warnings: string[]
}

export function periodDays(period: Period): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1
}

export function daysDue(period: Period, today: string): number {
  if (today < period.from) return 0
  const last = today > period.to ? period.to : today
  return dayNumber(last) - dayNumber(period.from) + 1
}

export function secondmentProgress(input: ProgressInput): Progress {
  const due = daysDue(input.period, input.today)
  const logDays = input.logDays ?? 0
  const missing: string[] = []
  const warnings: string[] = []
  if (logDays < due) missing.push(`挂职工作日志 ${logDays}/${due} 天`)
  if (!input.plan) missing.push('挂职计划未交')
  if (!input.summary) missing.push('挂职小结未交')
  if (!input.report) missing.push('工作建议报告未交')
  else if (input.report.characters < REPORT_MIN_CHARACTERS)
    warnings.push(`工作建议报告 ${input.report.characters} 字，一般不少于 ${REPORT_MIN_CHARACTERS} 字`)
  if (input.talks < MIN_TALKS) missing.push(`谈心谈话 ${input.talks}/${MIN_TALKS} 次`)
  const missed = input.meetingsCalled - input.meetingsAttended
  if (missed > 0) missing.push(`缺席座谈会 ${missed} 次`)
  return { daysDue: due, logDays, missing, warnings }
}
