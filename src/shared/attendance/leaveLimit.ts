import type { LocalDateTime } from '../plan/clock'
import {
  compareHours,
  divHours,
  formatHours,
  hoursOf,
  hoursToNumber,
  mulHours,
  subHours,
  ZERO_HOURS,
  type Hours,
} from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import { approvedLeaveCoverage, type Coverage } from './leaveCoverage'
import { countsTowardLimit, isReturnOverdue, missingDocuments, type LeaveRequest } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'
import {
  DEFAULT_UNAPPROVED_ABSENCE_SETTINGS,
  unapprovedAbsence,
  type UnapprovedAbsenceResult,
  type UnapprovedAbsenceSettings,
} from './unapprovedAbsence'

/**
 * The leave rule engine, after seed 000 附2 第九条:
 *   1. "累计请假时间不得超过总学时1/7 … 其中中青班、青干班等脱产封闭培训的班级，原则上不得请假。"
 *   3. (2) "累计请假时间超过总学时1/7的，按退学处理。"
 *
 * "不得超过" means reaching the limit is still allowed: 17 1/7 of a 120-学时 class is within it,
 * and only more is over. All of it is exact (see plan/hours.ts).
 */

export interface LeaveLimitSettings {
  /** Share of the total hours a student may be on leave (1/7). */
  limit: Hours
  /** Share of the allowance at which the meter first tells (1/2). */
  noticeAt: Hours
  /** Share of the allowance at which the meter warns (4/5). */
  warnAt: Hours
}

export const DEFAULT_LEAVE_LIMIT_SETTINGS: LeaveLimitSettings = {
  limit: hoursOf(1, 7),
  noticeAt: hoursOf(1, 2),
  warnAt: hoursOf(4, 5),
}

/**
 * none < notice50 < warn80 < atLimit (no more leave can be granted, still allowed)
 * < overLimit (应作退学处理). `noTotal`: the class has no total hours yet, so nothing can be judged.
 */
export type LeaveLevel = 'noTotal' | 'none' | 'notice50' | 'warn80' | 'atLimit' | 'overLimit'

export interface LeaveMeter {
  total: Hours
  used: Hours
  allowed: Hours
  /** allowed − used, never below 0. */
  remaining: Hours
  /** used − allowed, never below 0. */
  over: Hours
  /** used / allowed; null when nothing is allowed. */
  ratio: Hours | null
  /** The ratio in percent, rounded, for display only. */
  percent: number | null
  level: LeaveLevel
}

export function allowedLeaveHours(
  total: Hours,
  settings: LeaveLimitSettings = DEFAULT_LEAVE_LIMIT_SETTINGS,
): Hours {
  return mulHours(total, settings.limit)
}

export function leaveMeter(
  used: Hours,
  total: Hours,
  settings: LeaveLimitSettings = DEFAULT_LEAVE_LIMIT_SETTINGS,
): LeaveMeter {
  const allowed = allowedLeaveHours(total, settings)
  const diff = subHours(allowed, used)
  const remaining = compareHours(diff, ZERO_HOURS) > 0 ? diff : ZERO_HOURS
  const over = compareHours(diff, ZERO_HOURS) < 0 ? subHours(used, allowed) : ZERO_HOURS
  if (compareHours(allowed, ZERO_HOURS) <= 0) {
    return { total, used, allowed, remaining, over: ZERO_HOURS, ratio: null, percent: null, level: 'noTotal' }
  }
  const ratio = divHours(used, allowed)
  let level: LeaveLevel
  const vsLimit = compareHours(used, allowed)
  if (vsLimit > 0) level = 'overLimit'
  else if (vsLimit === 0) level = 'atLimit'
  else if (compareHours(ratio, settings.warnAt) >= 0) level = 'warn80'
  else if (compareHours(ratio, settings.noticeAt) >= 0) level = 'notice50'
  else level = 'none'
  return {
    total,
    used,
    allowed,
    remaining,
    over,
    ratio,
    percent: Math.round(hoursToNumber(ratio) * 100),
    level,
  }
}

/** The sentence the meter shows, in Chinese; empty for `none`. */
export function leaveLevelMessage(meter: LeaveMeter): string {
  const used = formatHours(meter.used)
  const allowed = formatHours(meter.allowed)
  switch (meter.level) {
    case 'noTotal':
      return '班次尚未确定总学时，无法计算请假上限'
    case 'none':
      return ''
    case 'notice50':
      return `已请假 ${used} 学时，达到可请假学时（${allowed} 学时）的一半`
    case 'warn80':
      return `已请假 ${used} 学时，达到可请假学时（${allowed} 学时）的 80%，请提醒学员`
    case 'atLimit':
      return `已请假 ${used} 学时，恰好达到总学时的1/7，不能再批准请假`
    case 'overLimit':
      return `累计请假 ${used} 学时，超过总学时的1/7（${allowed} 学时），应作退学处理`
  }
}

export type LeaveFlagCode =
  | 'overLimit'
  | 'unapprovedAbsence'
  | 'noLeaveClass'
  | 'atLimit'
  | 'warn80'
  | 'notice50'
  | 'needsCriticism'
  | 'missingDocuments'
  | 'returnOverdue'

export interface LeaveFlag {
  code: LeaveFlagCode
  /** withdraw: 应作退学处理; office: 报学员工作科; warning / info: for the head teacher. */
  severity: 'withdraw' | 'office' | 'warning' | 'info'
  message: string
  /** The request the flag is about, when there is one. */
  requestId?: string
}

export interface LeaveStandingInput {
  sessions: readonly SessionTiming[]
  /** The class's effective total hours (plan/session.ts `classHoursSummary().effective`). */
  totalHours: Hours
  /** 中青班/青干班 by default (domain/trainingClass.ts `defaultNoLeaveFor`). */
  noLeaveClass: boolean
  /** This student's requests, in any status. */
  requests: readonly LeaveRequest[]
  /** This student's attendance marks. */
  marks: readonly AttendanceMarkFields[]
  leftSchool?: readonly { at: LocalDateTime; note: string }[]
  criticisms?: readonly LocalDateTime[]
  /** For overdue 销假 reminders; omit to skip them. */
  now?: LocalDateTime
}

export interface LeaveStanding {
  coverage: Coverage
  meter: LeaveMeter
  unapproved: UnapprovedAbsenceResult
  /** Most serious first. */
  flags: LeaveFlag[]
  /** 应作退学处理: over the limit, or unapproved absence under the settings. */
  withdraw: boolean
  /** Something the student-affairs office must hear of (报学员工作科). */
  reportToOffice: boolean
}

export interface LeaveRuleSettings {
  limit: LeaveLimitSettings
  unapproved: UnapprovedAbsenceSettings
}

export const DEFAULT_LEAVE_RULE_SETTINGS: LeaveRuleSettings = {
  limit: DEFAULT_LEAVE_LIMIT_SETTINGS,
  unapproved: DEFAULT_UNAPPROVED_ABSENCE_SETTINGS,
}

const SEVERITY_ORDER = { withdraw: 0, office: 1, warning: 2, info: 3 } as const

/** The meter's levels that raise a flag, and how loudly. */
const METER_FLAGS: Partial<Record<LeaveLevel, Pick<LeaveFlag, 'code' | 'severity'>>> = {
  overLimit: { code: 'overLimit', severity: 'withdraw' },
  atLimit: { code: 'atLimit', severity: 'warning' },
  warn80: { code: 'warn80', severity: 'warning' },
  notice50: { code: 'notice50', severity: 'info' },
}

/** One student's standing under 第九条: the meter, the flags, and whether to withdraw. */
export function leaveStanding(
  input: LeaveStandingInput,
  settings: LeaveRuleSettings = DEFAULT_LEAVE_RULE_SETTINGS,
): LeaveStanding {
  const coverage = approvedLeaveCoverage(input.requests, input.sessions)
  const meter = leaveMeter(coverage.hours, input.totalHours, settings.limit)
  const unapproved = unapprovedAbsence(input, settings.unapproved)
  const flags: LeaveFlag[] = []

  const meterFlag = METER_FLAGS[meter.level]
  if (meterFlag) flags.push({ ...meterFlag, message: leaveLevelMessage(meter) })

  if (unapproved.level === 'withdraw') {
    flags.push({
      code: 'unapprovedAbsence',
      severity: 'withdraw',
      message: settings.unapproved.afterCriticismOnly
        ? '未经请假、请假未准而擅自离校或无故超假，经批评教育仍不能纠正，应作退学处理'
        : '有未经批准的旷课、擅自离校或无故超假，应作退学处理',
    })
  } else if (unapproved.level === 'needsCriticism') {
    flags.push({
      code: 'needsCriticism',
      severity: 'warning',
      message: '有旷课、无故超假或擅自离校记录，应进行批评教育并登记',
    })
  }

  const live = input.requests.filter((r) => r.status !== 'rejected')
  if (input.noLeaveClass && live.length > 0) {
    flags.push({
      code: 'noLeaveClass',
      severity: 'office',
      message: '本班次为脱产封闭培训班次，原则上不得请假，请报学员工作科',
    })
  }
  for (const r of input.requests.filter(countsTowardLimit)) {
    for (const m of missingDocuments(r))
      flags.push({ code: 'missingDocuments', severity: 'warning', message: m, requestId: r.id })
    if (input.now && isReturnOverdue(r, input.now)) {
      flags.push({
        code: 'returnOverdue',
        severity: 'warning',
        message: '请假已到期，尚未向班主任销假',
        requestId: r.id,
      })
    }
  }
  flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])

  const withdraw = flags.some((f) => f.severity === 'withdraw')
  return {
    coverage,
    meter,
    unapproved,
    flags,
    withdraw,
    reportToOffice: withdraw || flags.some((f) => f.severity === 'office'),
  }
}
