import { describe, expect, it } from 'vitest'
import type { LeaveRequest } from './leaveRequest'
import type { AttendanceMarkFields } from './mark'
import { attendanceRegister } from './register'
import { hoursOf } from '../plan/hours'
import { RegisterCache, type RegisterSources } from './registerCache'

const sessions = [
  { id: 'mon-am', date: '2025-09-08', start: '09:00', end: '11:30', hours: 3 },
  { id: 'mon-pm', date: '2025-09-08', start: '13:30', end: '16:30', hours: 3 },
  { id: 'tue-am', date: '2025-09-09', start: '09:00', end: '11:30', hours: 3 },
].map((s) => ({ ...s, callState: 'called' as const }))
const mark = (enrollmentId: string, sessionId: string, status: AttendanceMarkFields['status']) => ({
  enrollmentId,
  sessionId,
  status,
  minutes: null,
  note: '',
})
const sick: LeaveRequest = {
  id: 'L1',
  enrollmentId: 'e2',
  type: 'sick',
  from: '2025-09-08T13:00',
  to: '2025-09-08T17:00',
  reason: '发热',
  approver: '班主任',
  status: 'approved',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: true,
  note: '',
}
const base: RegisterSources = {
  sessions,
  enrollmentIds: ['e1', 'e2', 'e3'],
  marks: [mark('e1', 'mon-am', 'absent'), mark('e3', 'tue-am', 'absent')],
  requests: [sick],
  leftSchool: [],
  criticisms: [],
  totalHours: hoursOf(21),
  noLeaveClass: false,
}

describe('RegisterCache', () => {
  it('gives what attendanceRegister gives', () => {
    const cache = new RegisterCache()
    expect(cache.compute(base)).toEqual(attendanceRegister(base))
    expect(cache.lastRecomputed).toBe(3)
  })

  it('recomputes only the student whose marks changed, and the session totals', () => {
    const cache = new RegisterCache()
    cache.compute(base)
    const marks = [...base.marks, mark('e2', 'mon-pm', 'absent')]
    const next = cache.compute({ ...base, marks: marks.map((m) => ({ ...m })) })
    expect(cache.lastRecomputed).toBe(1)
    expect(next).toEqual(attendanceRegister({ ...base, marks }))
    expect(next.rows[1]!.conflicts.map((c) => c.kind)).toEqual(['markOnLeave'])
    expect(next.sessions[1]).toMatchObject({ attended: 2, expected: 3 })
  })

  it('recomputes everyone when the class context changes', () => {
    const cache = new RegisterCache()
    cache.compute(base)
    cache.compute({ ...base, totalHours: hoursOf(6) })
    expect(cache.lastRecomputed).toBe(3)
    const moved = sessions.map((s) => (s.id === 'tue-am' ? { ...s, start: '08:30' } : s))
    cache.compute({ ...base, totalHours: hoursOf(6), sessions: moved })
    expect(cache.lastRecomputed).toBe(3)
    cache.compute({
      ...base,
      totalHours: hoursOf(6),
      sessions: moved,
      requests: [{ ...sick, status: 'rejected' }],
    })
    expect(cache.lastRecomputed).toBe(1)
  })

  it('follows the rows given: new students are computed, removed ones dropped', () => {
    const cache = new RegisterCache()
    cache.compute(base)
    const r = cache.compute({ ...base, enrollmentIds: ['e3', 'e4'] })
    expect(cache.lastRecomputed).toBe(1)
    expect(r.rows.map((x) => x.enrollmentId)).toEqual(['e3', 'e4'])
    expect(r.sessions[2]).toMatchObject({ expected: 2, attended: 1 })
  })

  it('recomputes every row when a session’s roll call is completed or reopened', () => {
    const cache = new RegisterCache()
    const open = { ...base, sessions: sessions.map((s, i) => (i === 1 ? { ...s, callState: null } : s)) }
    expect(cache.compute(open).sessions[1]).toMatchObject({ callState: 'open', rate: null, uncalled: 2 })
    const called = cache.compute(base)
    expect(cache.lastRecomputed).toBe(3)
    expect(called).toEqual(attendanceRegister(base))
  })
})
