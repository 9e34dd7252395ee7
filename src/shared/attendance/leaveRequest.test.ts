import { describe, expect, it } from 'vitest'
import { minuteOfDateTime } from '../plan/clock'
import {
  approvalProblems,
  countsTowardLimit,
  defaultApproverFor,
  isReturnOverdue,
  leaveRequestProblems,
  leaveSpan,
  missingDocuments,
  overstaySpan,
  type LeaveRequestFields,
  type LeaveRequestStatus,
} from './leaveRequest'

const base: LeaveRequestFields = {
  enrollmentId: 'e1',
  type: 'personal',
  from: '2025-09-09T09:00',
  to: '2025-09-09T16:30',
  reason: '家中有事',
  approver: '班主任',
  status: 'approved',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: false,
  note: '',
}

describe('leave request data', () => {
  it('accepts a complete request', () => {
    expect(leaveRequestProblems(base)).toEqual([])
  })

  it.each([
    [{ from: '' }, '请填写请假开始时间'],
    [{ to: '2025-09-09' }, '请填写请假结束时间'],
    [{ to: '2025-09-09T09:00' }, '请假结束时间应晚于开始时间'],
    [{ reason: ' ' }, '请填写请假事由'],
    [{ approver: '' }, '已批准的请假须填写审批人'],
    [{ status: 'returned' as const }, '已销假的请假须填写销假时间'],
    [{ status: 'returned' as const, returnedAt: '2025-09-08T20:00' }, '销假时间不能早于请假开始时间'],
  ])('refuses %o: %s', (patch, message) => {
    expect(leaveRequestProblems({ ...base, ...patch })).toContain(message)
  })

  it('needs no approver while pending', () => {
    expect(leaveRequestProblems({ ...base, status: 'pending', approver: '' })).toEqual([])
  })
})

describe('documents (000 附2 第九条 2.请假程序)', () => {
  it.each([
    [
      { type: 'official' as const },
      ['因公请假须由学员所在单位组织（干部）部门出具书面申请，尚未登记'],
      '因公请假，一律由学员所在单位组织（干部）部门出具书面申请',
    ],
    [{ type: 'official' as const, unitRequestNoted: true }, [], 'written request noted'],
    [{ type: 'sick' as const }, ['因病请假须持相关医院证明，尚未登记'], '其中因病请假，须持相关医院证明'],
    [{ type: 'sick' as const, hospitalCertificateNoted: true }, [], 'certificate noted'],
    [{ type: 'personal' as const }, [], '因私: the report form itself is the request'],
  ] as [Partial<LeaveRequestFields>, string[], string][])('%o misses %o (%s)', (patch, missing) => {
    expect(missingDocuments({ ...base, ...patch })).toEqual(missing)
  })

  it('lists missing documents among the obstacles to approval', () => {
    expect(approvalProblems({ ...base, type: 'sick', status: 'pending', approver: '' })).toEqual([
      '因病请假须持相关医院证明，尚未登记',
    ])
  })

  it('proposes 区委组织部 as approver for 因公 (报区委组织部审批)', () => {
    expect(defaultApproverFor('official')).toBe('区委组织部')
    expect(defaultApproverFor('sick')).toBe('')
  })
})

describe('what counts', () => {
  it.each([
    ['pending', false],
    ['approved', true],
    ['rejected', false],
    ['returned', true],
  ] as [LeaveRequestStatus, boolean][])(
    'a %s request counts toward the limit: %s (000 附2 第九条 1)',
    (status, yes) => {
      expect(countsTowardLimit({ status })).toBe(yes)
      expect(leaveSpan({ ...base, status, returnedAt: '2025-09-09T16:30' }) !== null).toBe(yes)
    },
  )

  it('ends the leave at 销假 when the student came back early', () => {
    const span = leaveSpan({ ...base, status: 'returned', returnedAt: '2025-09-09T12:00' })
    expect(span).toEqual({
      start: minuteOfDateTime('2025-09-09T09:00'),
      end: minuteOfDateTime('2025-09-09T12:00'),
    })
  })

  it.each([
    ['2025-09-09T16:30', null, 'back on time'],
    ['2025-09-09T12:00', null, 'back early'],
    ['2025-09-10T16:30', ['2025-09-09T16:30', '2025-09-10T16:30'], '无故超假: a day late'],
  ] as [string, [string, string] | null, string][])('销假 at %s → overstay %o (%s)', (returnedAt, span) => {
    const r = overstaySpan({ ...base, status: 'returned', returnedAt })
    expect(r).toEqual(span && { start: minuteOfDateTime(span[0]), end: minuteOfDateTime(span[1]) })
  })

  it('keeps an approved leave at its approved end until 销假 is entered, and reminds', () => {
    expect(overstaySpan(base)).toBeNull()
    expect(isReturnOverdue(base, '2025-09-09T16:00')).toBe(false)
    expect(isReturnOverdue(base, '2025-09-09T17:00')).toBe(true)
    expect(
      isReturnOverdue({ ...base, status: 'returned', returnedAt: '2025-09-09T16:30' }, '2025-09-10T09:00'),
    ).toBe(false)
  })
})
