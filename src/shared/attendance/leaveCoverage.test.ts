import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minuteOfDateTime } from '../plan/clock'
import { addHours, compareHours, formatHoursExact, maxHours, sumHours, ZERO_HOURS } from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import {
  approvedCoverageByType,
  approvedLeaveCoverage,
  coverageOf,
  leaveCoverage,
  subtractSpans,
  unionSpans,
} from './leaveCoverage'
import type { LeaveRequestFields, LeaveRequestStatus, LeaveType } from './leaveRequest'

/** Sessions as in the fixture schedule-zhongqing-2025.xlsx (rows 3-14). */
const plan: SessionTiming[] = [
  { id: 'd1am', date: '2025-09-08', start: '09:00', end: '11:30', hours: 3 },
  { id: 'd1pm', date: '2025-09-08', start: '13:30', end: '16:30', hours: 3 },
  { id: 'd2am', date: '2025-09-09', start: '09:00', end: '11:30', hours: 3 },
  { id: 'd2pm', date: '2025-09-09', start: '13:30', end: '16:30', hours: 3 },
  { id: 'd5pm', date: '2025-09-12', start: '13:30', end: '16:30', hours: 3 },
  { id: 'trip', date: '2025-09-15', start: '09:00', end: '11:30', hours: 6 },
  { id: 'd6pm', date: '2025-09-15', start: '13:30', end: '16:30', hours: 3 },
]

const request = (
  from: string,
  to: string,
  type: LeaveType = 'personal',
  status: LeaveRequestStatus = 'approved',
  returnedAt: string | null = null,
): LeaveRequestFields => ({
  enrollmentId: 'e1',
  type,
  from,
  to,
  reason: '事由',
  approver: '班主任',
  status,
  returnedAt,
  unitRequestNoted: true,
  hospitalCertificateNoted: true,
  note: '',
})

describe('one request → sessions and class hours', () => {
  it.each([
    ['2025-09-08T09:00', '2025-09-08T11:30', ['d1am'], '3', 'exactly the morning session'],
    ['2025-09-08T08:00', '2025-09-08T12:00', ['d1am'], '3', 'the whole morning: breaks cost nothing'],
    [
      '2025-09-08T10:00',
      '2025-09-08T17:00',
      ['d1am', 'd1pm'],
      '4又4/5',
      '90 of 150 minutes × 3 = 1 4/5, plus 3',
    ],
    ['2025-09-08T11:00', '2025-09-08T11:10', ['d1am'], '1/5', '10 of 150 minutes × 3'],
    ['2025-09-08T17:00', '2025-09-09T09:00', [], '0', 'overnight: no session, no hours'],
    ['2025-09-12T13:30', '2025-09-15T16:30', ['d5pm', 'trip', 'd6pm'], '12', 'over a weekend'],
    ['2025-09-15T09:00', '2025-09-15T10:15', ['trip'], '3', 'half of the 6-学时 field trip'],
    ['2025-09-08T11:30', '2025-09-08T13:30', [], '0', 'the lunch break only: touching is not covering'],
  ])('%s – %s covers %o for %s 学时 (%s)', (from, to, ids, hours) => {
    const c = leaveCoverage(request(from, to), plan)
    expect(c.sessions.map((s) => s.sessionId)).toEqual(ids)
    expect(formatHoursExact(c.hours)).toBe(hours)
  })

  it('tells whole from partial sessions', () => {
    const c = leaveCoverage(request('2025-09-08T10:00', '2025-09-08T17:00'), plan)
    expect(c.sessions.map((s) => [s.sessionId, s.overlapMinutes, s.sessionMinutes, s.full])).toEqual([
      ['d1am', 90, 150, false],
      ['d1pm', 180, 180, true],
    ])
  })

  it.each([
    ['pending', '0'],
    ['rejected', '0'],
    ['approved', '6'],
  ] as [LeaveRequestStatus, string][])(
    'a %s request covers %s 学时 (000 附2 第九条: only approved leave)',
    (status, hours) => {
      expect(
        formatHoursExact(
          leaveCoverage(request('2025-09-09T08:00', '2025-09-09T17:00', 'sick', status), plan).hours,
        ),
      ).toBe(hours)
    },
  )
})

describe('several requests: the union (issue 5: never double-count, never cancel)', () => {
  it.each([
    [
      [request('2025-09-09T08:00', '2025-09-09T17:00'), request('2025-09-09T08:00', '2025-09-09T17:00')],
      '6',
      'the same request entered twice counts once',
    ],
    [
      [request('2025-09-09T09:00', '2025-09-09T10:00'), request('2025-09-09T09:30', '2025-09-09T11:30')],
      '3',
      'overlapping halves make the whole morning',
    ],
    [
      [
        request('2025-09-09T09:00', '2025-09-09T11:30'),
        request('2025-09-09T08:00', '2025-09-09T17:00', 'personal', 'rejected'),
      ],
      '3',
      'a rejected request over an approved one neither adds nor removes',
    ],
    [
      [request('2025-09-09T08:00', '2025-09-09T17:00', 'personal', 'returned', '2025-09-09T12:00')],
      '3',
      'back early: 销假 at noon ends the leave',
    ],
    [
      [
        request('2025-09-08T13:30', '2025-09-09T11:30', 'official'),
        request('2025-09-09T09:00', '2025-09-09T16:30', 'sick'),
      ],
      '9',
      'requests of different types overlapping on one morning',
    ],
  ])('%#: %s 学时 (%s)', (requests, hours) => {
    expect(formatHoursExact(approvedLeaveCoverage(requests, plan).hours)).toBe(hours)
  })

  it('splits overlapping types 因公 before 因病 before 因私, adding up to the union', () => {
    const requests = [
      request('2025-09-09T09:00', '2025-09-09T16:30', 'sick'),
      request('2025-09-08T13:30', '2025-09-09T11:30', 'official'),
    ]
    const byType = approvedCoverageByType(requests, plan)
    expect(formatHoursExact(byType.official.hours)).toBe('6')
    expect(formatHoursExact(byType.sick.hours)).toBe('3')
    expect(formatHoursExact(byType.personal.hours)).toBe('0')
  })
})

describe('span arithmetic', () => {
  it('unites and subtracts', () => {
    expect(
      unionSpans([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 3, end: 4 },
        { start: 8, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ])
    expect(
      subtractSpans(
        [{ start: 0, end: 10 }],
        [
          { start: 2, end: 3 },
          { start: 8, end: 20 },
        ],
      ),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 8 },
    ])
  })

  const anyRequest = fc
    .record({
      from: fc.integer({ min: 0, max: 8 * 1440 }),
      length: fc.integer({ min: 1, max: 2 * 1440 }),
      type: fc.constantFrom<LeaveType>('official', 'sick', 'personal'),
    })
    .map(({ from, length, type }) => {
      const base = minuteOfDateTime('2025-09-08T00:00')
      const iso = (m: number) => {
        const d = new Date((base + m) * 60_000)
        return d.toISOString().slice(0, 16)
      }
      return request(iso(from), iso(from + length), type)
    })

  it('the union is at least the largest request, at most their sum, and independent of order', () => {
    fc.assert(
      fc.property(fc.array(anyRequest, { maxLength: 6 }), (requests) => {
        const union = approvedLeaveCoverage(requests, plan).hours
        const each = requests.map((r) => leaveCoverage(r, plan).hours)
        expect(compareHours(union, each.reduce(maxHours, ZERO_HOURS))).toBeGreaterThanOrEqual(0)
        expect(compareHours(union, sumHours(each))).toBeLessThanOrEqual(0)
        expect(approvedLeaveCoverage([...requests].reverse(), plan).hours).toEqual(union)
        const byType = approvedCoverageByType(requests, plan)
        expect(addHours(addHours(byType.official.hours, byType.sick.hours), byType.personal.hours)).toEqual(
          union,
        )
      }),
    )
  })

  it('ignores sessions without length', () => {
    expect(
      coverageOf([{ start: 0, end: Number.MAX_SAFE_INTEGER }], [{ ...plan[0]!, end: '09:00' }]).sessions,
    ).toEqual([])
  })
})
