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
import { checkStoredRecords } from '../core/recordCheck'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'

/** Field names of a session in the user's words, for the error boundary (issue 12). */
const SESSION_FIELD_LABELS: Readonly<Record<string, string>> = {
  date: '日期',
  slot: '时段',
  start: '开始时间',
  end: '结束时间',
  topic: '课程内容',
  form: '教学形式',
  teacher: '授课人',
  place: '地点',
  hours: '学时',
}

/**
 * Live reads of a class's plan, attendance and leave for components: they re-render when the data
 * changes, and never write. `undefined` while loading. One query per table, so a key press in the
 * roll call (attendance) does not re-read the plan or the roster.
 */

export function useClassSessions(classId: string): SessionRecord[] | undefined {
  const { sessions } = useData()
  return useLiveQuery(async () => {
    const rows = await sessions.listByClass(classId)
    // A session has no name: the boundary names it by its date and topic.
    const named = rows.map((r) => ({ ...r, name: `${String(r.date)} ${String(r.topic)}` }))
    checkStoredRecords('教学计划', SYNCED_ROW_SCHEMAS.sessions!, named, SESSION_FIELD_LABELS)
    return rows
  }, [sessions, classId])
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
