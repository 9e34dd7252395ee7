import type { AttendanceMarkFields } from '@shared/attendance/mark'
import type { LeaveRequestFields } from '@shared/attendance/leaveRequest'
import type { SessionFields } from '@shared/plan/session'
import type { SessionCallFields } from '@shared/attendance/sessionCall'
import type { Synced } from '@shared/sync/record'

/**
 * How the teaching plan, attendance and leave are stored (issue 5).
 * Attendance marks have the deterministic id `attendanceMarkId(sessionId,
 * enrollmentId)`, so two offices marking the same cell merge into one record.
 */
export type SessionRecord = Synced<SessionStoredFields>

/**
 * A head count on a field trip (现场教学/外出考察), seed 000 附1 现场教学: "清点人数及请假情况 …
 * 返程前清点人数". Departure and return are separate fields, so two offices recording one each
 * both keep theirs after a merge.
 */
export interface HeadCount {
  /** Students expected: the register less those on leave or marked absent at the time. */
  expected: number
  counted: number
  /** YYYY-MM-DDTHH:mm */
  at: string
  /** Enrollments found missing, when the head teacher named them. */
  missing: string[]
  note: string
}

/** The roll-call state (callState, calledBy, calledAt) is synced like any field; see sessionCall.ts. */
export interface SessionStoredFields extends SessionFields, SessionCallFields {
  classId: string
  /** Absent on sessions created before head counts existed. */
  departureCount?: HeadCount | null
  returnCount?: HeadCount | null
}

export type AttendanceMarkRecord = Synced<AttendanceMarkFields & { classId: string }>

export type LeaveRequestRecord = Synced<LeaveRequestFields & { classId: string }>

/** Facts the leave rules take as input besides marks and requests (seed 000 附2 第九条). */
export interface DisciplineEventFields {
  classId: string
  enrollmentId: string
  kind: 'criticism' | 'leftSchool'
  /** YYYY-MM-DDTHH:mm */
  at: string
  note: string
}
export type DisciplineEventRecord = Synced<DisciplineEventFields>

/** A photo or scan of a signed sheet, attached to a session. */
export interface AttachmentFields {
  classId: string
  sessionId: string
  name: string
  mimeType: string
  bytes: Uint8Array
}
export type AttachmentRecord = Synced<AttachmentFields>
