import { useLiveQuery } from 'dexie-react-hooks'
import type {
  AttendanceMarkRecord,
  DisciplineEventRecord,
  LeaveRequestRecord,
  SessionRecord,
} from './attendanceRecords'
import type { AttachmentSummary } from './attachmentRepository'
import { listClassStudents, type ClassStudent } from '../roster/classStudents'
import { useData } from '../core/DataProvider'

/**
 * Live reads of a class's plan, attendance and leave for components: they re-render when the data
 * changes, and never write. `undefined` while loading. One query per table, so a key press in the
 * roll call (attendance) does not re-read the plan or the roster.
 */

export function useClassSessions(classId: string): SessionRecord[] | undefined {
  const { sessions } = useData()
  return useLiveQuery(() => sessions.listByClass(classId), [sessions, classId])
}

export function useClassStudents(classId: string): ClassStudent[] | undefined {
  const data = useData()
  return useLiveQuery(() => listClassStudents(data, classId), [data, classId])
}

export function useClassMarks(classId: string): AttendanceMarkRecord[] | undefined {
  const { attendance } = useData()
  return useLiveQuery(() => attendance.listByClass(classId), [attendance, classId])
}

export function useClassLeaveRequests(classId: string): LeaveRequestRecord[] | undefined {
  const { leaveRequests } = useData()
  return useLiveQuery(() => leaveRequests.listByClass(classId), [leaveRequests, classId])
}

export function useClassDiscipline(classId: string): DisciplineEventRecord[] | undefined {
  const { discipline } = useData()
  return useLiveQuery(() => discipline.listByClass(classId), [discipline, classId])
}

export function useSessionAttachments(sessionId: string | null): AttachmentSummary[] | undefined {
  const { attachments } = useData()
  return useLiveQuery(
    async () => (sessionId ? attachments.listBySession(sessionId) : []),
    [attachments, sessionId],
  )
}
