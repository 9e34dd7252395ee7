import { describe, expect, it } from 'vitest'
import { addHours, formatHoursExact, hoursOf, subHours, type Hours } from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import {
  allowedLeaveHours,
  DEFAULT_LEAVE_RULE_SETTINGS,
  leaveLevelMessage,
  leaveMeter,
  leaveStanding,
  type LeaveLevel,
  type LeaveStandingInput,
} from './leaveLimit'
import type { LeaveRequest, LeaveRequestStatus, LeaveType } from './leaveRequest'

/*
 * Seed 000 附2 第九条:
 *   1. "累计请假时间不得超过总学时1/7，未经批准擅自离校的，责令退学。其中中青班、青干班等脱产封闭
 *      培训的班级，原则上不得请假。"
 *   3. (2) "累计请假时间超过总学时1/7的，按退学处理。"
 */

const h = (n: number, d = 1) => hoursOf(n, d)
const tiny = hoursOf(1, 1_000_000)

describe('the allowance: 1/7 of the total hours (000 附2 第九条 1)', () => {
  it.each([
    [h(120), '17又1/7', 'issue 5: a 120-hour class allows 17 1/7 hours'],
    [h(63), '9', 'fixture schedule-zhongqing-2025: 63 学时'],
    [h(70), '10', 'a whole number'],
    [h(45, 2), '3又3/14', 'a total with a half hour'],
  ])('%o total → %s allowed (%s)', (total, allowed) => {
    expect(formatHoursExact(allowedLeaveHours(total))).toBe(allowed)
  })
})

describe('the meter of a 120-学时 class (000 附2 第九条)', () => {
  const allowed = h(120, 7)
  it.each([
    [h(0), 'none', 0, '不得超过: nothing used'],
    [h(8), 'none', 47, 'under half'],
    [subHours(h(60, 7), tiny), 'none', 50, 'a hair under half'],
    [h(60, 7), 'notice50', 50, 'exactly half of 17 1/7 (8 4/7)'],
    [subHours(h(96, 7), tiny), 'notice50', 80, 'a hair under 80 %'],
    [h(96, 7), 'warn80', 80, 'exactly 80 % (13 5/7)'],
    [h(17), 'warn80', 99, '17 of 17 1/7'],
    [allowed, 'atLimit', 100, '17 1/7 is still within the limit: 不得超过 allows reaching it'],
    [addHours(allowed, tiny), 'overLimit', 100, 'a millionth of an hour more: 超过总学时1/7 → 按退学处理'],
    [h(18), 'overLimit', 105, '18 hours'],
  ] as [Hours, LeaveLevel, number, string][])('%o used → %s (%i %%) — %s', (used, level, percent) => {
    const m = leaveMeter(used, h(120))
    expect(m.level).toBe(level)
    expect(m.percent).toBe(percent)
    expect(m.allowed).toEqual(allowed)
  })

  it('reports remaining and over exactly', () => {
    expect(leaveMeter(h(15), h(120))).toMatchObject({ remaining: h(15, 7), over: h(0), ratio: h(7, 8) })
    expect(leaveMeter(h(18), h(120))).toMatchObject({ remaining: h(0), over: h(6, 7) })
    expect(leaveMeter(h(120, 7), h(120))).toMatchObject({ remaining: h(0), over: h(0), ratio: h(1) })
  })

  it('judges nothing while the class has no total hours', () => {
    expect(leaveMeter(h(3), h(0))).toMatchObject({ level: 'noTotal', ratio: null, percent: null })
  })

  it.each([
    [h(60, 7), '已请假 8.57 学时，达到可请假学时（17.14 学时）的一半'],
    [h(14), '已请假 14 学时，达到可请假学时（17.14 学时）的 80%，请提醒学员'],
    [h(120, 7), '已请假 17.14 学时，恰好达到总学时的1/7，不能再批准请假'],
    [h(18), '累计请假 18 学时，超过总学时的1/7（17.14 学时），应作退学处理'],
    [h(1), ''],
  ])('says for %o: %s', (used, message) => {
    expect(leaveLevelMessage(leaveMeter(used, h(120)))).toBe(message)
  })

  it('follows a school that sets other thresholds', () => {
    const settings = { limit: h(1, 10), noticeAt: h(1, 4), warnAt: h(3, 4) }
    expect(leaveMeter(h(3), h(100), settings).level).toBe('notice50')
    expect(leaveMeter(h(8), h(100), settings).level).toBe('warn80')
    expect(leaveMeter(h(10), h(100), settings).level).toBe('atLimit')
  })
})

/** 40 sessions of 3 学时 on 20 days from 2025-09-01: a 120-学时 class. */
const sessions: SessionTiming[] = Array.from({ length: 40 }, (_, i) => {
  const day = String(1 + Math.floor(i / 2)).padStart(2, '0')
  return i % 2 === 0
    ? { id: `s${i}`, date: `2025-09-${day}`, start: '09:00', end: '11:30', hours: 3 }
    : { id: `s${i}`, date: `2025-09-${day}`, start: '13:30', end: '16:30', hours: 3 }
})

let seq = 0
const request = (
  from: string,
  to: string,
  patch: Partial<LeaveRequest> & { type?: LeaveType; status?: LeaveRequestStatus } = {},
): LeaveRequest => ({
  id: `r${++seq}`,
  enrollmentId: 'e1',
  type: 'personal',
  from,
  to,
  reason: '事由',
  approver: '班主任',
  status: 'approved',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: false,
  note: '',
  ...patch,
})

const standing = (patch: Partial<LeaveStandingInput>) =>
  leaveStanding({ sessions, totalHours: h(120), noLeaveClass: false, requests: [], marks: [], ...patch })

describe('a student’s standing', () => {
  it('reaches exactly 17 1/7 through partial sessions and is still within the limit', () => {
    // A seventh of an hour in whole minutes: 10 minutes of a 70-minute, 1-学时 session.
    const own: SessionTiming[] = [
      ...Array.from({ length: 17 }, (_, i) => ({
        id: `h${i}`,
        date: `2025-10-${String(i + 1).padStart(2, '0')}`,
        start: '09:00',
        end: '10:00',
        hours: 1,
      })),
      { id: 'seventy', date: '2025-10-20', start: '09:00', end: '10:10', hours: 1 },
    ]
    const seventeen = request('2025-10-01T00:00', '2025-10-17T23:59')
    const at = leaveStanding({
      sessions: own,
      totalHours: h(120),
      noLeaveClass: false,
      marks: [],
      requests: [seventeen, request('2025-10-20T09:00', '2025-10-20T09:10')],
    })
    expect(formatHoursExact(at.meter.used)).toBe('17又1/7')
    expect(at.meter.level).toBe('atLimit')
    expect(at.withdraw).toBe(false)
    expect(at.flags.map((f) => f.code)).toEqual(['atLimit'])

    const over = leaveStanding({
      sessions: own,
      totalHours: h(120),
      noLeaveClass: false,
      marks: [],
      requests: [seventeen, request('2025-10-20T09:00', '2025-10-20T09:11')],
    })
    expect(formatHoursExact(over.meter.used)).toBe('17又11/70')
    expect(over.withdraw).toBe(true)
    expect(over.reportToOffice).toBe(true)
    expect(over.flags[0]).toMatchObject({ code: 'overLimit', severity: 'withdraw' })
  })

  it('counts only approved and returned requests', () => {
    const s = standing({
      requests: [
        request('2025-09-01T08:00', '2025-09-01T17:00', { status: 'pending' }),
        request('2025-09-02T08:00', '2025-09-02T17:00', { status: 'rejected' }),
        request('2025-09-03T08:00', '2025-09-03T17:00', {
          status: 'returned',
          returnedAt: '2025-09-03T17:00',
        }),
        request('2025-09-04T08:00', '2025-09-04T12:00'),
      ],
    })
    expect(formatHoursExact(s.meter.used)).toBe('9')
    expect(s.meter.level).toBe('notice50')
  })

  it.each([
    [[], false, [], '中青班 with no leave at all'],
    [
      [{ status: 'pending' as const }],
      true,
      ['noLeaveClass'],
      '000 附2 第九条 1: 原则上不得请假 — even a pending request',
    ],
    [[{ status: 'approved' as const }], true, ['noLeaveClass'], 'approved leave in a no-leave class'],
    [[{ status: 'rejected' as const }], false, [], 'a rejected request is no leave'],
  ] as [{ status: LeaveRequestStatus }[], boolean, string[], string][])(
    'no-leave class, requests %o → report to office %s (%s)',
    (patches, office, codes) => {
      const s = standing({
        noLeaveClass: true,
        requests: patches.map((p) => request('2025-09-01T09:00', '2025-09-01T10:00', p)),
      })
      expect(s.reportToOffice).toBe(office)
      expect(s.flags.map((f) => f.code)).toEqual(codes)
      expect(s.withdraw).toBe(false)
    },
  )

  it('asks for the documents of approved leave (000 附2 第九条 2)', () => {
    const sick = request('2025-09-01T09:00', '2025-09-01T10:00', { type: 'sick' })
    const official = request('2025-09-02T09:00', '2025-09-02T10:00', {
      type: 'official',
      unitRequestNoted: true,
    })
    expect(standing({ requests: [sick, official] }).flags).toEqual([
      {
        code: 'missingDocuments',
        severity: 'warning',
        message: '因病请假须持相关医院证明，尚未登记',
        requestId: sick.id,
      },
    ])
  })

  it('reminds of 销假 once the leave has ended (请假期满后，学员须向班主任销假)', () => {
    const r = request('2025-09-01T09:00', '2025-09-01T16:30')
    expect(standing({ requests: [r], now: '2025-09-01T16:00' }).flags).toEqual([])
    expect(standing({ requests: [r], now: '2025-09-02T08:00' }).flags.map((f) => f.code)).toEqual([
      'returnOverdue',
    ])
  })

  it('flags unapproved absence after criticism as 应作退学处理, first before lesser flags', () => {
    const s = standing({
      requests: [request('2025-09-01T08:00', '2025-09-05T17:00')], // 30 学时: over the limit too
      marks: [{ sessionId: 's20', enrollmentId: 'e1', status: 'absent', minutes: null, note: '' }],
      criticisms: ['2025-09-06T12:00'],
    })
    expect(s.flags.map((f) => [f.code, f.severity])).toEqual([
      ['overLimit', 'withdraw'],
      ['unapprovedAbsence', 'withdraw'],
    ])
    expect(s.withdraw).toBe(true)
  })

  it('words the flag by the school’s reading of 第九条 when no criticism is required', () => {
    const s = leaveStanding(
      {
        sessions,
        totalHours: h(120),
        noLeaveClass: false,
        requests: [],
        marks: [{ sessionId: 's0', enrollmentId: 'e1', status: 'absent', minutes: null, note: '' }],
      },
      { ...DEFAULT_LEAVE_RULE_SETTINGS, unapproved: { afterCriticismOnly: false, toleratedHours: h(0) } },
    )
    expect(s.flags).toEqual([
      {
        code: 'unapprovedAbsence',
        severity: 'withdraw',
        message: '有未经批准的旷课、擅自离校或无故超假，应作退学处理',
      },
    ])
  })

  it('uses the default settings when none are given', () => {
    expect(DEFAULT_LEAVE_RULE_SETTINGS.limit.limit).toEqual(h(1, 7))
    expect(DEFAULT_LEAVE_RULE_SETTINGS.unapproved.afterCriticismOnly).toBe(true)
  })
})
