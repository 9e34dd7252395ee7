import { countsAsAttended } from '@shared/attendance/status'
import { secondmentPeriod, type Period } from '@shared/secondment/period'
import { secondmentProgress, type Progress } from '@shared/secondment/progress'
import type { AttendanceMarkRecord, SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassStudent } from '../../db/roster/classStudents'
import type { ClassSecondment } from '../../db/secondment/secondmentHooks'
import type {
  AppraisalRecord,
  PlacementRecord,
  SecondmentTalkRecord,
  SecondmentWorkRecord,
} from '../../db/secondment/secondmentRecords'

/** One student of the class as the 挂职 tab and its sheets show them. */
export interface SecondmentRow {
  student: ClassStudent
  placement: PlacementRecord | null
  work: SecondmentWorkRecord | null
  talks: SecondmentTalkRecord[]
  appraisal: AppraisalRecord | null
  meetingsCalled: number
  meetingsAttended: number
  progress: Progress | null
}

/** Sessions the 挂职 tab generated into the plan (placementRepository.meetingSessionId). */
export function meetingSessions(classId: string, sessions: readonly SessionRecord[]): SessionRecord[] {
  return sessions.filter((s) => s.id.startsWith(`${classId}:secondment-meeting:`))
}

export function secondmentRows(input: {
  classId: string
  students: readonly ClassStudent[]
  data: ClassSecondment
  sessions: readonly SessionRecord[]
  marks: readonly AttendanceMarkRecord[]
  today: string
}): { period: Period | null; rows: SecondmentRow[] } {
  const { data } = input
  const period = data.schedule ? secondmentPeriod(data.schedule.deploymentDate) : null
  const called = meetingSessions(input.classId, input.sessions).filter((s) => s.callState === 'called')
  const calledIds = new Set(called.map((s) => s.id))
  const absent = new Map<string, number>()
  for (const m of input.marks)
    if (calledIds.has(m.sessionId) && !countsAsAttended(m.status))
      absent.set(m.enrollmentId, (absent.get(m.enrollmentId) ?? 0) + 1)
  const byEnrollment = <T extends { enrollmentId: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.enrollmentId, x] as const))
  const placements = byEnrollment(data.placements)
  const work = byEnrollment(data.work)
  const appraisals = byEnrollment(data.appraisals)
  const rows = input.students.map((student): SecondmentRow => {
    const id = student.enrollmentId
    const w = work.get(id) ?? null
    const talks = data.talks.filter((t) => t.enrollmentId === id)
    const attended = called.length - (absent.get(id) ?? 0)
    return {
      student,
      placement: placements.get(id) ?? null,
      work: w,
      talks,
      appraisal: appraisals.get(id) ?? null,
      meetingsCalled: called.length,
      meetingsAttended: attended,
      progress: period
        ? secondmentProgress({
            period,
            today: input.today,
            logDays: w?.logDays ?? null,
            plan: w?.plan ?? null,
            summary: w?.summary ?? null,
            report: w?.report ?? null,
            talks: talks.length,
            meetingsCalled: called.length,
            meetingsAttended: attended,
          })
        : null,
    }
  })
  return { period, rows }
}
