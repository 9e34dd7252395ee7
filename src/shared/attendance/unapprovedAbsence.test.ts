import { describe, expect, it } from 'vitest'
import { formatHoursExact, hoursOf } from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import type { LeaveRequest } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'
import { unapprovedAbsence, type UnapprovedAbsenceInput, type UnapprovedLevel } from './unapprovedAbsence'

/*
 * Seed 000 附2 第九条 1: "未经批准擅自离校的，责令退学。"
 * 第九条 3 (1): "未经请假、请假未准而擅自离校或无故超假，经批评教育仍不能纠正者" 应作退学处理.
 */

const sessions: SessionTiming[] = [
  { id: 'mon-am', date: '2025-09-08', start: '09:00', end: '11:30', hours: 3 },
  { id: 'mon-pm', date: '2025-09-08', start: '13:30', end: '16:30', hours: 3 },
  { id: 'tue-am', date: '2025-09-09', start: '09:00', end: '11:30', hours: 3 },
  { id: 'tue-pm', date: '2025-09-09', start: '13:30', end: '16:30', hours: 3 },
  { id: 'wed-am', date: '2025-09-10', start: '09:00', end: '11:30', hours: 3 },
]

const absent = (sessionId: string): AttendanceMarkFields => ({
  sessionId,
  enrollmentId: 'e1',
  status: 'absent',
  minutes: null,
  note: '',
})

const leave = (from: string, to: string, patch: Partial<LeaveRequest> = {}): LeaveRequest => ({
  id: 'r1',
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

const run = (patch: Partial<UnapprovedAbsenceInput>, settings?: Parameters<typeof unapprovedAbsence>[1]) =>
  unapprovedAbsence({ sessions, marks: [], requests: [], ...patch }, settings)

describe('unapproved absence under the default settings (000 附2 第九条 3(1): after criticism)', () => {
  it.each([
    [{}, 'none', '0', 'no incidents'],
    [{ marks: [absent('mon-am')] }, 'needsCriticism', '3', '旷课 once: 批评教育 first'],
    [
      { marks: [absent('mon-am')], criticisms: ['2025-09-08T12:00'] },
      'none',
      '3',
      'criticised after the incident, no repeat',
    ],
    [
      { marks: [absent('mon-am'), absent('tue-am')], criticisms: ['2025-09-08T12:00'] },
      'withdraw',
      '6',
      '经批评教育仍不能纠正: absent again after criticism',
    ],
    [
      { leftSchool: [{ at: '2025-09-08T21:00', note: '晚间擅自离校' }] },
      'needsCriticism',
      '0',
      '擅自离校 outside sessions, not yet criticised',
    ],
    [
      { leftSchool: [{ at: '2025-09-09T21:00', note: '再次擅自离校' }], criticisms: ['2025-09-09T08:00'] },
      'withdraw',
      '0',
      '擅自离校 after criticism',
    ],
  ] as [Partial<UnapprovedAbsenceInput>, UnapprovedLevel, string, string][])(
    '%o → %s, %s 学时 (%s)',
    (patch, level, hours) => {
      const r = run(patch)
      expect(r.level).toBe(level)
      expect(formatHoursExact(r.hours)).toBe(hours)
    },
  )
})

describe('settings a school may choose', () => {
  it('flags at once when criticism is not required (第九条 1 read alone: 未经批准擅自离校的，责令退学)', () => {
    const r = run({ marks: [absent('mon-am')] }, { afterCriticismOnly: false, toleratedHours: hoursOf(0) })
    expect(r.level).toBe('withdraw')
  })

  it.each([
    [['mon-am'], 'needsCriticism', '3 学时 tolerated: exactly 3 is not beyond'],
    [['mon-am', 'mon-pm'], 'withdraw', '6 学时 is beyond 3'],
  ] as [string[], UnapprovedLevel, string][])('tolerating 3 学时, absent from %o → %s (%s)', (ids, level) => {
    const r = run({ marks: ids.map(absent) }, { afterCriticismOnly: false, toleratedHours: hoursOf(3) })
    expect(r.level).toBe(level)
  })

  it('never tolerates 擅自离校', () => {
    const r = run(
      { leftSchool: [{ at: '2025-09-08T21:00', note: '' }] },
      { afterCriticismOnly: false, toleratedHours: hoursOf(100) },
    )
    expect(r.level).toBe('withdraw')
  })
})

describe('无故超假: 销假 later than the approved end', () => {
  it('counts the sessions between the approved end and 销假', () => {
    const r = run({
      requests: [
        leave('2025-09-08T08:00', '2025-09-08T17:00', { status: 'returned', returnedAt: '2025-09-09T12:00' }),
      ],
    })
    expect(r.incidents).toEqual([
      {
        kind: 'overstay',
        requestId: 'r1',
        at: expect.any(Number) as number,
        sessionIds: ['tue-am'],
        hours: hoursOf(3),
      },
    ])
    expect(r.level).toBe('needsCriticism')
  })

  it('counts an overstayed session also marked 旷课 once', () => {
    const r = run({
      marks: [absent('tue-am')],
      requests: [
        leave('2025-09-08T08:00', '2025-09-08T17:00', { status: 'returned', returnedAt: '2025-09-09T17:00' }),
      ],
    })
    expect(r.incidents.map((i) => i.kind)).toEqual(['overstay', 'absent'])
    expect(formatHoursExact(r.hours)).toBe('6')
  })

  it('does not count an overstay covered by a second approved leave', () => {
    const r = run({
      requests: [
        leave('2025-09-08T08:00', '2025-09-08T17:00', { status: 'returned', returnedAt: '2025-09-09T17:00' }),
        leave('2025-09-09T08:00', '2025-09-09T17:00', { id: 'r2' }),
      ],
    })
    expect(formatHoursExact(r.hours)).toBe('0')
  })
})

describe('旷课 on approved leave', () => {
  it('is no absence where the leave covers the session, and only the rest where it covers part', () => {
    const whole = run({
      marks: [absent('mon-am')],
      requests: [leave('2025-09-08T08:00', '2025-09-08T12:00')],
    })
    expect(whole.incidents).toEqual([])
    const part = run({ marks: [absent('mon-am')], requests: [leave('2025-09-08T08:00', '2025-09-08T10:00')] })
    expect(formatHoursExact(part.hours)).toBe('1又4/5') // 90 of 150 minutes × 3
  })

  it('ignores a rejected request: the absence stands', () => {
    const r = run({
      marks: [absent('mon-am')],
      requests: [leave('2025-09-08T08:00', '2025-09-08T12:00', { status: 'rejected' })],
    })
    expect(formatHoursExact(r.hours)).toBe('3')
  })
})
