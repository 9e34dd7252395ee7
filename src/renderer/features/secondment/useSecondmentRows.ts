import dayjs from 'dayjs'
import { useClassMarks, useClassSessions, useClassStudents } from '../../db/attendance/attendanceHooks'
import { useClassSecondment } from '../../db/secondment/secondmentHooks'
import { secondmentRows } from './secondmentRows'

/** The tab's and the sheets' rows, live; undefined while loading. */
export function useSecondmentRows(classId: string) {
  const students = useClassStudents(classId)
  const data = useClassSecondment(classId)
  const sessions = useClassSessions(classId)
  const marks = useClassMarks(classId)
  if (!students || !data || !sessions || !marks) return undefined
  const today = dayjs().format('YYYY-MM-DD')
  return { data, sessions, today, ...secondmentRows({ classId, students, data, sessions, marks, today }) }
}
