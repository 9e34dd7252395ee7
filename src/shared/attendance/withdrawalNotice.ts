import { dayNumber, type LocalDate } from '../plan/clock'
import { formatHours, formatHoursExact, type Hours } from '../plan/hours'

/**
 * The prepared report that a student is to be withdrawn (应作退学处理), for the head teacher to
 * print, sign and send up: seed 000 附2 第九条 3 ends "学员退学须逐级报批并通报有关单位", so the
 * text is a report to the student-affairs office, not a decision.
 */

/** The clauses quoted, word for word, from seed 000 附2 第九条 (1. and 3.). */
export const WITHDRAWAL_CLAUSES = {
  overLimit: '累计请假时间超过总学时1/7的，按退学处理',
  unapprovedAbsence: '未经请假、请假未准而擅自离校或无故超假，经批评教育仍不能纠正者',
  leftWithoutApproval: '未经批准擅自离校的，责令退学',
} as const

export type WithdrawalReason = 'overLimit' | 'unapprovedAbsence'

export interface WithdrawalNoticeInput {
  reason: WithdrawalReason
  studentName: string
  /** 工作单位及职务, if known. */
  unitAndPost?: string
  className: string
  totalHours: Hours
  /** Approved leave, as the meter counts it. */
  leaveHours: Hours
  allowedHours: Hours
  /** For `unapprovedAbsence`: class hours of 旷课/超假, and one line per incident. */
  unapprovedHours?: Hours
  incidents?: readonly string[]
  /**
   * For `unapprovedAbsence`: whether the school flags only after 批评教育 (第九条 3(1), the default)
   * or at once (第九条 1.); the report cites the clause the school applies.
   */
  afterCriticism?: boolean
  headTeacher: string
  date: LocalDate
  /** The regulation cited; the seed's by default. */
  regulationTitle?: string
  /** Addressee; the student-affairs office by default (第五条: 班主任 is sent by 学员工作科). */
  addressee?: string
}

export interface WithdrawalNotice {
  title: string
  addressee: string
  paragraphs: string[]
  /** Lines at the foot, right-aligned on paper. */
  signature: string[]
  /** The whole notice as plain text. */
  text: string
}

export const DEFAULT_REGULATION_TITLE = '《中共松江区委党校主体班学员管理工作条例》'

/** 2025-09-19 → 2025年9月19日. */
export function formatChineseDate(d: LocalDate): string {
  dayNumber(d) // validates
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`
}

/** Hours as a notice prints them: exact when short ("17.5"), else rounded with the fraction ("约17.14（17又1/7）"). */
function hoursText(h: Hours): string {
  const exact = formatHoursExact(h)
  const decimal = formatHours(h)
  return exact.includes('/') ? `约${decimal}（${exact}）` : decimal
}

export function withdrawalNotice(input: WithdrawalNoticeInput): WithdrawalNotice {
  const regulation = input.regulationTitle ?? DEFAULT_REGULATION_TITLE
  const who = input.unitAndPost ? `${input.studentName}（${input.unitAndPost}）` : input.studentName
  const title = `关于学员${input.studentName}应作退学处理的报告`
  const addressee = input.addressee ?? '学员工作科'
  const paragraphs: string[] = []

  if (input.reason === 'overLimit') {
    paragraphs.push(
      `${input.className}学员${who}，在校学习期间经批准累计请假${hoursText(input.leaveHours)}学时。` +
        `本班次总学时为${hoursText(input.totalHours)}学时，其1/7为${hoursText(input.allowedHours)}学时，` +
        `该学员累计请假时间已超过总学时的1/7。`,
    )
    paragraphs.push(
      `根据${regulation}第九条第三款第（二）项“${WITHDRAWAL_CLAUSES.overLimit}”的规定，该学员应作退学处理。`,
    )
  } else {
    const hours = input.unapprovedHours ? `，累计缺课${hoursText(input.unapprovedHours)}学时` : ''
    const afterCriticism = input.afterCriticism ?? true
    paragraphs.push(
      `${input.className}学员${who}，在校学习期间有未经批准缺课、擅自离校或无故超假的情况${hours}` +
        (afterCriticism ? '，经批评教育仍未改正。' : '。'),
    )
    const list = input.incidents ?? []
    if (list.length) paragraphs.push(`具体情况如下：${list.map((x, i) => `（${i + 1}）${x}`).join('；')}。`)
    paragraphs.push(
      afterCriticism
        ? `根据${regulation}第九条第三款第（一）项，“${WITHDRAWAL_CLAUSES.unapprovedAbsence}”应作退学处理。` +
            `该学员符合上述情形，应作退学处理。`
        : `根据${regulation}第九条第一款“${WITHDRAWAL_CLAUSES.leftWithoutApproval}”的规定及本校对旷课、` +
            `无故超假的规定，该学员应作退学处理。`,
    )
  }
  paragraphs.push('特此报告。请按规定逐级报批，并通报有关单位。')

  const signature = [`班主任：${input.headTeacher}`, formatChineseDate(input.date)]
  const text = [
    title,
    '',
    `${addressee}：`,
    ...paragraphs.map((p) => `\u3000\u3000${p}`),
    '',
    ...signature,
  ].join('\n')
  return { title, addressee, paragraphs, signature, text }
}
