import type { LeaveRequest } from '../src/shared/attendance/leaveRequest'
import type { AttendanceMarkFields } from '../src/shared/attendance/mark'
import type { AttendanceStatusCode } from '../src/shared/attendance/status'
import { dateOfDayNumber, dayNumber } from '../src/shared/plan/clock'
import { hoursOf } from '../src/shared/plan/hours'
import type { SessionTiming } from '../src/shared/plan/session'
import type { RegisterSources } from '../src/shared/attendance/registerCache'

/**
 * A large class for the benchmarks: `students` × `sessions` (three a day: morning, afternoon,
 * evening), about one mark in twenty, a quarter of the students with leave (some overlapping,
 * some returned late), a few 擅自离校 and criticisms. Deterministic (a fixed LCG), so runs compare.
 */
export function syntheticClass(students = 200, sessionCount = 80): RegisterSources {
  let seed = 42
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const slots = [
    { start: '09:00', end: '11:30', hours: 3 },
    { start: '13:30', end: '16:30', hours: 3 },
    { start: '18:30', end: '20:30', hours: 1.5 },
  ]
  const first = dayNumber('2025-09-08')
  const sessions: SessionTiming[] = []
  for (let i = 0; i < sessionCount; i++) {
    const slot = slots[i % 3]!
    sessions.push({
      id: `S${String(i).padStart(3, '0')}`,
      date: dateOfDayNumber(first + Math.floor(i / 3)),
      ...slot,
    })
  }
  const enrollmentIds = Array.from({ length: students }, (_, i) => `E${String(i).padStart(3, '0')}`)
  const statuses: AttendanceStatusCode[] = ['late', 'leftEarly', 'absent', 'personalLeave', 'present']
  const marks: AttendanceMarkFields[] = []
  for (const e of enrollmentIds)
    for (const s of sessions) {
      if (rand() >= 0.05) continue
      const status = statuses[Math.floor(rand() * statuses.length)]!
      marks.push({
        enrollmentId: e,
        sessionId: s.id,
        status,
        minutes: status === 'late' || status === 'leftEarly' ? 10 : null,
        note: '',
      })
    }
  const requests: LeaveRequest[] = []
  enrollmentIds.forEach((e, i) => {
    if (i % 4 !== 0) return
    const day = sessions[Math.floor(rand() * (sessions.length - 6))]!.date
    const base = {
      enrollmentId: e,
      reason: '事由',
      approver: '班主任',
      unitRequestNoted: true,
      hospitalCertificateNoted: true,
      note: '',
    }
    requests.push({
      ...base,
      id: `L${i}a`,
      type: 'personal',
      from: `${day}T10:00`,
      to: `${dateOfDayNumber(dayNumber(day) + 1)}T12:00`,
      status: 'approved',
      returnedAt: null,
    })
    requests.push({
      ...base,
      id: `L${i}b`,
      type: 'sick',
      from: `${dateOfDayNumber(dayNumber(day) + 1)}T08:00`,
      to: `${dateOfDayNumber(dayNumber(day) + 1)}T17:00`,
      status: i % 8 === 0 ? 'returned' : 'pending',
      returnedAt: i % 8 === 0 ? `${dateOfDayNumber(dayNumber(day) + 2)}T10:00` : null,
    })
  })
  const leftSchool = enrollmentIds
    .filter((_, i) => i % 50 === 7)
    .map((enrollmentId) => ({ enrollmentId, at: `${sessions[10]!.date}T21:00`, note: '' }))
  const criticisms = enrollmentIds
    .filter((_, i) => i % 25 === 3)
    .map((enrollmentId) => ({ enrollmentId, at: `${sessions[5]!.date}T17:00` }))
  const totalHours = hoursOf(
    sessions.reduce((n, s) => n + s.hours * 2, 0),
    2,
  )
  return { sessions, enrollmentIds, marks, requests, leftSchool, criticisms, totalHours, noLeaveClass: false }
}
