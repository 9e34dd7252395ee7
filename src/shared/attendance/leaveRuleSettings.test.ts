import { describe, expect, it } from 'vitest'
import { compareHours, hoursOf } from '../plan/hours'
import { DEFAULT_LEAVE_RULE_SETTINGS } from './leaveLimit'
import {
  describeLeaveRules,
  leaveRuleSettingsOf,
  leaveRulesProblems,
  type StoredLeaveRules,
} from './leaveRuleSettings'
import { unapprovedAbsence } from './unapprovedAbsence'

const sessions = [
  { id: 'mon-am', date: '2025-09-08', start: '09:00', end: '11:30', hours: 3 },
  { id: 'tue-am', date: '2025-09-09', start: '09:00', end: '11:30', hours: 3 },
]
const absent = (sessionId: string) => ({
  sessionId,
  enrollmentId: 'e1',
  status: 'absent' as const,
  minutes: null,
  note: '',
})

describe('leaveRuleSettingsOf: what the school stored → the engine settings', () => {
  it.each<[StoredLeaveRules, boolean, string, string]>([
    [{}, true, '0', '000 附2 第九条 3(1): by default only after 批评教育, nothing tolerated'],
    [{ afterCriticismOnly: false }, false, '0', '000 附2 第九条 1: "未经批准擅自离校的，责令退学" at once'],
    [{ toleratedHours: 3 }, true, '3', 'the school tolerates one morning'],
    [{ toleratedHours: 1.5 }, true, '3/2', 'decimals are exact'],
    [{ toleratedHours: -1 }, true, '0', 'unusable input keeps the default'],
  ])('%j → afterCriticismOnly %s, tolerated %s (%s)', (stored, after, tolerated) => {
    const s = leaveRuleSettingsOf(stored)
    expect(s.unapproved.afterCriticismOnly).toBe(after)
    const [n, d = '1'] = tolerated.split('/')
    expect(compareHours(s.unapproved.toleratedHours, hoursOf(Number(n), Number(d)))).toBe(0)
    expect(s.limit).toBe(DEFAULT_LEAVE_RULE_SETTINGS.limit)
  })

  it('changes what the engine flags (000 附2 第九条 1 vs 3(1))', () => {
    const input = { sessions, requests: [], marks: [absent('mon-am')] }
    expect(unapprovedAbsence(input, leaveRuleSettingsOf({}).unapproved).level).toBe('needsCriticism')
    expect(
      unapprovedAbsence(input, leaveRuleSettingsOf({ afterCriticismOnly: false }).unapproved).level,
    ).toBe('withdraw')
    const tolerant = leaveRuleSettingsOf({ afterCriticismOnly: false, toleratedHours: 3 }).unapproved
    expect(unapprovedAbsence(input, tolerant).level).toBe('needsCriticism')
    expect(unapprovedAbsence({ ...input, marks: [absent('mon-am'), absent('tue-am')] }, tolerant).level).toBe(
      'withdraw',
    )
  })
})

describe('leaveRulesProblems: bad input is refused with a Chinese message', () => {
  it.each<[StoredLeaveRules, string | undefined]>([
    [{}, undefined],
    [{ toleratedHours: 0 }, undefined],
    [{ toleratedHours: 6.25 }, undefined],
    [{ toleratedHours: Number.NaN }, '可容忍的旷课、超假学时应为数字'],
    [{ toleratedHours: -0.5 }, '可容忍的旷课、超假学时不能为负数'],
    [{ toleratedHours: 101 }, '可容忍的旷课、超假学时不能超过 100'],
    [{ toleratedHours: 1.234 }, '可容忍的旷课、超假学时最多两位小数'],
  ])('%j → %s', (stored, message) => {
    expect(leaveRulesProblems(stored).toleratedHours).toBe(message)
  })
})

describe('describeLeaveRules', () => {
  it('says what happens under each reading of 第九条', () => {
    expect(describeLeaveRules(leaveRuleSettingsOf({}))).toBe(
      '旷课、无故超假或擅自离校的，先批评教育；经批评教育后仍有旷课、超假或擅自离校的，应作退学处理。',
    )
    expect(describeLeaveRules(leaveRuleSettingsOf({ afterCriticismOnly: false, toleratedHours: 3 }))).toBe(
      '未经批准擅自离校或超过 3 学时的旷课、无故超假的，应作退学处理。',
    )
    expect(describeLeaveRules(leaveRuleSettingsOf({ toleratedHours: 3 }))).toBe(
      '旷课、无故超假或擅自离校的，先批评教育；经批评教育后仍有超过 3 学时的旷课、超假或擅自离校的，应作退学处理。',
    )
  })
})
