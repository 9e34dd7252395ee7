import { useEffect, useMemo, useState } from 'react'
import dayjs from 'dayjs'
import type { LeaveRuleSettings } from '@shared/attendance/leaveLimit'
import type { AttendanceRegister, StudentRegisterRow } from '@shared/attendance/register'
import type { AttendanceStatus } from '@shared/attendance/status'
import type { LocalDateTime } from '@shared/plan/clock'
import { classHoursSummary, type ClassHoursSummary } from '@shared/plan/session'
import type {
  AttendanceMarkRecord,
  DisciplineEventRecord,
  LeaveRequestRecord,
  SessionRecord,
} from './attendanceRecords'
import {
  useClassDiscipline,
  useClassLeaveRequests,
  useClassMarks,
  useClassSessions,
  useClassStudents,
} from './attendanceHooks'
import { RegisterCache } from '@shared/attendance/registerCache'
import { uncountedSessionsNotice } from '@shared/attendance/sessionCall'
import type { ClassStudent } from '../roster/classStudents'
import { useAttendanceStatuses, useLeaveRuleSettings } from './attendanceSettingsHooks'
import type { ClassRecord } from '../core/database'

/**
 * Everything the plan, attendance and leave screens know about one class, live: the sessions, the
 * students, the marks, requests and discipline records, the class hours, and the register the
 * rules compute from them — recomputed one changed student at a time (attendanceRegisterCache.ts).
 */
export interface ClassAttendance {
  sessions: SessionRecord[]
  students: ClassStudent[]
  studentById: Map<string, ClassStudent>
  marks: AttendanceMarkRecord[]
  requests: LeaveRequestRecord[]
  events: DisciplineEventRecord[]
  hours: ClassHoursSummary
  statuses: AttendanceStatus[]
  /** The school's leave and absence rules the register was computed with. */
  rules: LeaveRuleSettings
  register: AttendanceRegister
  /** "N 节课未点名，…" when some sessions are not counted (issue 11); null when all were called. */
  uncountedNotice: string | null
  rowById: Map<string, StudentRegisterRow>
  /** The wall clock the reminders were computed at. */
  now: LocalDateTime
}

/** Now as the class's wall clock, refreshed every few minutes (overdue 销假 reminders). */
export function useLocalNow(refreshMs = 5 * 60_000): LocalDateTime {
  const [now, setNow] = useState(() => dayjs().format('YYYY-MM-DDTHH:mm'))
  useEffect(() => {
    const t = setInterval(() => setNow(dayjs().format('YYYY-MM-DDTHH:mm')), refreshMs)
    return () => clearInterval(t)
  }, [refreshMs])
  return now
}

export function useClassAttendance(cls: ClassRecord): ClassAttendance | undefined {
  const sessions = useClassSessions(cls.id)
  const students = useClassStudents(cls.id)
  const marks = useClassMarks(cls.id)
  const requests = useClassLeaveRequests(cls.id)
  const events = useClassDiscipline(cls.id)
  const statuses = useAttendanceStatuses()
  const rules = useLeaveRuleSettings()
  const now = useLocalNow()
  // One cache per mounted screen: it keeps the rows of students whose inputs did not change.
  const [cache] = useState(() => new RegisterCache())

  const hours = useMemo(
    () => (sessions ? classHoursSummary(sessions, cls.totalHours) : undefined),
    [sessions, cls.totalHours],
  )

  return useMemo(() => {
    if (!sessions || !students || !marks || !requests || !events || !statuses || !rules || !hours)
      return undefined
    const register = cache.compute({
      sessions,
      enrollmentIds: students.map((s) => s.enrollmentId),
      marks,
      requests,
      leftSchool: events.filter((e) => e.kind === 'leftSchool'),
      criticisms: events.filter((e) => e.kind === 'criticism'),
      totalHours: hours.effective,
      noLeaveClass: cls.noLeave,
      now,
      statuses,
      settings: rules,
    })
    return {
      sessions,
      students,
      studentById: new Map(students.map((s) => [s.enrollmentId, s])),
      marks,
      requests,
      events,
      hours,
      statuses,
      rules,
      register,
      uncountedNotice: uncountedSessionsNotice(register.sessions.map((t) => t.callState)),
      rowById: new Map(register.rows.map((r) => [r.enrollmentId, r])),
      now,
    }
  }, [cache, sessions, students, marks, requests, events, statuses, rules, hours, cls.noLeave, now])
}
