import { describe, expect, it } from 'vitest'
import type { LeaveRequest, LeaveRequestFields } from '@shared/attendance/leaveRequest'
import { minuteOfDateTime } from '@shared/plan/clock'
import { formatHours, hoursOf } from '@shared/plan/hours'
import type { SessionTiming } from '@shared/plan/session'
import { incidentLines, previewLeave } from './leavePreview'

// A 42-学时 class allows 6 学时 (seed 000 附2 第九条: 累计请假时间不得超过总学时1/7).
const sessions: SessionTiming[] = [
  { id: 'mon-am', date: '2025-09-08', start: '09:00', end: '11:30', hours: 3 },
  { id: 'mon-pm', date: '2025-09-08', start: '13:30', end: '16:30', hours: 3 },
  { id: 'tue-am', date: '2025-09-09', start: '09:00', end: '11:30', hours: 3 },
]
const request = (extra: Partial<LeaveRequestFields> = {}): LeaveRequestFields => ({
  enrollmentId: 'E1',
  type: 'personal',
  from: '2025-09-08T08:00',
  to: '2025-09-08T12:00',
  reason: '家事',
  approver: '',
  status: 'pending',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: false,
  note: '',
  ...extra,
})
const stored = (id: string, extra: Partial<LeaveRequestFields>): LeaveRequest => ({ ...request(extra), id })

describe('previewLeave', () => {
  it('maps a pending request to the sessions it would cover and the meter once approved', () => {
    const p = previewLeave({
      request: request(),
      requestId: null,
      requests: [],
      marks: [],
      sessions,
      totalHours: hoursOf(42),
    })
    expect(p.coverage.sessions.map((c) => c.sessionId)).toEqual(['mon-am'])
    expect(formatHours(p.coverage.hours)).toBe('3')
    expect(p.meterIfApproved.level).toBe('notice50')
    expect(p.message).toBe('已请假 3 学时，达到可请假学时（6 学时）的一半')
  })

  it('counts the union with the student’s other approved requests, replacing the one edited', () => {
    const requests = [
      stored('L1', { from: '2025-09-08T13:00', to: '2025-09-08T17:00', status: 'approved', approver: '王' }),
      stored('L2', { from: '2025-09-08T08:00', to: '2025-09-08T10:00', status: 'approved', approver: '王' }),
    ]
    const p = previewLeave({
      request: request(),
      requestId: 'L2',
      requests,
      marks: [],
      sessions,
      totalHours: hoursOf(42),
    })
    expect(p.meterIfApproved.level).toBe('atLimit')
    expect(p.message).toBe('已请假 6 学时，恰好达到总学时的1/7，不能再批准请假')
    const over = previewLeave({
      request: request({ to: '2025-09-09T10:00' }),
      requestId: 'L2',
      requests,
      marks: [],
      sessions,
      totalHours: hoursOf(42),
    })
    expect(over.meterIfApproved.level).toBe('overLimit')
  })

  it('lists missing documents and marks that contradict the leave', () => {
    const p = previewLeave({
      request: request({ type: 'sick', from: '2025-09-08T10:00', to: '2025-09-08T16:30' }),
      requestId: null,
      requests: [],
      marks: [
        { sessionId: 'mon-am', enrollmentId: 'E1', status: 'leftEarly', minutes: 90, note: '' },
        { sessionId: 'mon-pm', enrollmentId: 'E1', status: 'absent', minutes: null, note: '' },
      ],
      sessions,
      totalHours: hoursOf(42),
    })
    expect(p.missing).toEqual(['因病请假须持相关医院证明，尚未登记'])
    expect(p.conflicts).toEqual([{ sessionId: 'mon-pm', status: 'absent' }])
  })

  it('covers nothing while the times are incomplete', () => {
    const p = previewLeave({
      request: request({ to: '' }),
      requestId: null,
      requests: [],
      marks: [],
      sessions,
      totalHours: hoursOf(42),
    })
    expect(p.coverage.sessions).toEqual([])
    expect(p.meterIfApproved.level).toBe('none')
  })
})

describe('incidentLines', () => {
  it('words each incident for the report', () => {
    const lines = incidentLines(
      [
        { kind: 'absent', sessionId: 'tue-am', at: 0, hours: hoursOf(3) },
        { kind: 'leftSchool', at: minuteOfDateTime('2025-09-12T20:00'), note: '未请假回家' },
      ],
      () => '2025年9月9日上午',
    )
    expect(lines[0]).toBe('2025年9月9日上午旷课（3学时）')
    expect(lines[1]).toBe('2025年9月12日20:00擅自离校（未请假回家）')
  })
})
