import { describe, expect, it } from 'vitest'
import { formatHoursExact, hoursOf } from '../plan/hours'
import type { SessionTiming } from '../plan/session'
import type { LeaveRequest } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'
import { attendanceRegister, studentRegisterRow, type RegisterInput, type RegisterSession } from './register'
import type { SessionCallState } from './sessionCall'
import type { AttendanceStatusCode } from './status'

/*
 * 000 附2 第十八条: "对学员上课、自学、研讨、社会调查、参观考察和党性党风教育等各项活动进行考勤 …
 * 考勤情况应记入《学员考勤登记表》。" 001 7.4: "对培训人员每次培训进行考勤记录，登记在《…学员考勤表》。"
 */

const timings: SessionTiming[] = [
  { id: 'mon-am', date: '2025-09-08', start: '09:00', end: '11:30', hours: 3 },
  { id: 'mon-pm', date: '2025-09-08', start: '13:30', end: '16:30', hours: 3 },
  { id: 'tue-am', date: '2025-09-09', start: '09:00', end: '11:30', hours: 3 },
  { id: 'tue-pm', date: '2025-09-09', start: '13:30', end: '16:30', hours: 3 },
]
/** Every roll call completed (已点名): unmarked students were present. */
const sessions: RegisterSession[] = timings.map((s) => ({ ...s, callState: 'called' }))

const mark = (
  enrollmentId: string,
  sessionId: string,
  status: AttendanceStatusCode,
  minutes: number | null = null,
): AttendanceMarkFields => ({ enrollmentId, sessionId, status, minutes, note: '' })

const leave = (
  id: string,
  enrollmentId: string,
  type: LeaveRequest['type'],
  from: string,
  to: string,
): LeaveRequest => ({
  id,
  enrollmentId,
  type,
  from,
  to,
  reason: '事由',
  approver: '班主任',
  status: 'approved',
  returnedAt: null,
  unitRequestNoted: true,
  hospitalCertificateNoted: true,
  note: '',
})

const input: RegisterInput = {
  sessions,
  enrollmentIds: ['e1', 'e2', 'e3'],
  totalHours: hoursOf(14),
  noLeaveClass: false,
  marks: [
    mark('e2', 'mon-pm', 'present'), // on approved sick leave: a conflict
    mark('e2', 'tue-am', 'late', 10),
    mark('e3', 'mon-am', 'leftEarly', 30), // fits the partial leave
    mark('e3', 'tue-am', 'personalLeave'), // no request behind it
    mark('e3', 'tue-pm', 'absent'),
  ],
  requests: [
    leave('r1', 'e2', 'sick', '2025-09-08T08:00', '2025-09-08T17:00'),
    leave('r2', 'e3', 'personal', '2025-09-08T10:00', '2025-09-08T11:30'),
  ],
}

describe('the attendance register (考勤登记表)', () => {
  const reg = attendanceRegister(input)
  const row = (id: string) => reg.rows.find((r) => r.enrollmentId === id)!

  it.each([
    ['e1', ['present', 'present', 'present', 'present'], 'no marks: present by default'],
    [
      'e2',
      ['sickLeave', 'present', 'late', 'present'],
      'approved leave marks its sessions; a later mark wins',
    ],
    ['e3', ['leftEarly', 'present', 'personalLeave', 'absent'], 'marks as entered'],
  ] as [string, AttendanceStatusCode[], string][])('%s reads %o (%s)', (id, statuses) => {
    expect(row(id).cells.map((c) => c.status)).toEqual(statuses)
  })

  it('counts per student', () => {
    expect(row('e1')).toMatchObject({ attended: 4, lateMinutes: 0, leftEarlyMinutes: 0 })
    expect(row('e2')).toMatchObject({ attended: 3, lateMinutes: 10 })
    expect(row('e3')).toMatchObject({ attended: 2, leftEarlyMinutes: 30 })
    expect(row('e3').counts).toEqual({
      present: 1,
      late: 0,
      leftEarly: 1,
      officialLeave: 0,
      sickLeave: 0,
      personalLeave: 1,
      absent: 1,
    })
  })

  it('gives leave hours by type from approved requests, and 旷课 hours', () => {
    expect(formatHoursExact(row('e2').leaveHours.sick)).toBe('6')
    expect(formatHoursExact(row('e3').leaveHours.personal)).toBe('1又4/5') // 90 of 150 minutes × 3
    expect(formatHoursExact(row('e3').absentHours)).toBe('3')
    expect(formatHoursExact(row('e3').overstayHours)).toBe('0')
    // A 14-学时 total allows 2 (000 附2 第九条 1/7): 6 is over it, 1 4/5 is 90 % of it.
    expect(row('e2').standing.meter.level).toBe('overLimit')
    expect(row('e3').standing.meter.level).toBe('warn80')
  })

  it('lists the conflicts', () => {
    expect(reg.conflicts).toEqual([
      {
        kind: 'markOnLeave',
        enrollmentId: 'e2',
        sessionId: 'mon-pm',
        message: '标记为“出勤”，但该课程在已批准的因病请假内',
      },
      {
        kind: 'leaveWithoutApproval',
        enrollmentId: 'e3',
        sessionId: 'tue-am',
        message: '标记为“事假”，但没有已批准的请假单',
      },
    ])
  })

  it('shows the leave on covered cells, whole or partial', () => {
    expect(row('e2').cells[0]?.leave).toEqual({ types: ['sick'], hours: hoursOf(3), full: true })
    expect(row('e3').cells[0]?.leave).toEqual({ types: ['personal'], hours: hoursOf(9, 5), full: false })
    expect(row('e1').cells[0]?.leave).toBeNull()
  })

  it('gives the attendance rate per session', () => {
    expect(reg.sessions.map((s) => [s.sessionId, s.attended, s.expected])).toEqual([
      ['mon-am', 2, 3],
      ['mon-pm', 3, 3],
      ['tue-am', 2, 3],
      ['tue-pm', 2, 3],
    ])
    expect(reg.sessions[0]?.rate).toBeCloseTo(2 / 3)
    expect(reg.sessions[3]?.counts.absent).toBe(1)
  })

  it('computes one student’s row alone exactly as in the whole register', () => {
    const alone = studentRegisterRow({
      sessions: input.sessions,
      totalHours: input.totalHours,
      noLeaveClass: input.noLeaveClass,
      enrollmentId: 'e3',
      marks: input.marks.filter((m) => m.enrollmentId === 'e3'),
      requests: input.requests.filter((r) => r.enrollmentId === 'e3'),
    })
    expect(alone).toEqual(row('e3'))
  })

  it('has no rate without students', () => {
    expect(attendanceRegister({ ...input, enrollmentIds: [] }).sessions[0]?.rate).toBeNull()
  })
})

/*
 * Issue 11: a register "for every student 20/20" after one session was called. Only a completed
 * roll call (已点名) vouches for the students nobody marked; 000 附2 第十八条 asks that attendance
 * be taken and recorded, so a session nobody called is recorded as not called, not as present.
 */
describe('sessions whose roll call was not completed', () => {
  const states: (SessionCallState | undefined)[] = ['called', undefined, 'calling', 'open']
  const reg = attendanceRegister({
    ...input,
    sessions: timings.map((s, i) => ({ ...s, callState: states[i] })),
  })
  const row = (id: string) => reg.rows.find((r) => r.enrollmentId === id)!

  it.each([
    // e1 has no marks and no leave: known only where the call was completed.
    ['e1', [false, true, true, true], 'unmarked: unknown outside 已点名'],
    // e2: sick leave on Monday, late on Tuesday morning, nothing Tuesday afternoon.
    ['e2', [false, false, false, true], 'leave and marks are known in any state'],
    ['e3', [false, true, false, false], 'marked but on Monday afternoon'],
  ] as [string, boolean[], string][])('%s uncalled cells %o (%s)', (id, uncalled) => {
    expect(row(id).cells.map((c) => c.uncalled)).toEqual(uncalled)
  })

  it('counts attended sessions out of the 已点名 ones only', () => {
    expect(row('e1')).toMatchObject({ attended: 1, calledSessions: 1 })
    expect(row('e2')).toMatchObject({ attended: 0, calledSessions: 1 }) // 病假 on mon-am
    expect(row('e3')).toMatchObject({ attended: 1, calledSessions: 1 }) // 早退 counts as attended
    // Unknown cells are in no count; marks elsewhere still are.
    expect(row('e1').counts.present).toBe(1)
    expect(row('e3').counts.absent).toBe(1)
  })

  it.each([
    // [session, state in force, attended, unknown, rate]
    ['mon-am', 'called', 2, 0, 2 / 3],
    ['mon-pm', 'calling', 1, 2, null], // stored undefined, but e2 has a mark (present, on leave)
    ['tue-am', 'calling', 1, 1, null], // stored 点名中
    ['tue-pm', 'calling', 0, 2, null], // stored 未点名, but e3 is marked absent
  ] as const)('%s is %s: %i attended, %i unknown, rate %s', (id, state, attended, uncalled, rate) => {
    const t = reg.sessions.find((s) => s.sessionId === id)!
    expect([t.callState, t.attended, t.uncalled, t.expected]).toEqual([state, attended, uncalled, 3])
    if (rate === null) expect(t.rate).toBeNull()
    else expect(t.rate).toBeCloseTo(rate)
  })

  it('opens a session nobody marked as 未点名 with no rate, not 100 %', () => {
    const fresh = attendanceRegister({ ...input, marks: [], requests: [], sessions: timings })
    expect(fresh.sessions.map((t) => [t.callState, t.attended, t.uncalled, t.rate])).toEqual(
      timings.map(() => ['open', 0, 3, null]),
    )
    expect(fresh.rows.map((r) => `${r.attended}/${r.calledSessions}`)).toEqual(['0/0', '0/0', '0/0'])
  })
})
