import type { RegisterCell } from '@shared/attendance/register'
import type { AttendanceStatusCode } from '@shared/attendance/status'
import { buildSearchKey, compileSearch, type PersonSearchKey } from '@shared/roster/pinyinSearch'
import type { ClassStudent } from '../../db/roster/classStudents'

/**
 * The roll call's search: a seat number, a name, pinyin initials (zs → 张三) or part of the unit.
 * A number that is someone's seat puts that student first, then other seats starting with it
 * (typing 1 on the way to 12), then people whose other numbers match (学号, phone, ID tail).
 */
export interface SearchEntry {
  student: ClassStudent
  key: PersonSearchKey
}

export function searchEntries(students: readonly ClassStudent[]): SearchEntry[] {
  return students.map((student) => ({
    student,
    key: buildSearchKey({
      name: student.name,
      idNumber: student.idNumber,
      unit: student.unit,
      studentNo: student.studentNo,
      phone: student.phone,
    }),
  }))
}

export function searchStudents(entries: readonly SearchEntry[], query: string): ClassStudent[] {
  const q = query.trim()
  if (!q) return entries.map((e) => e.student)
  if (/^\d+$/.test(q)) {
    const exact = entries.filter((e) => e.student.seat !== null && String(e.student.seat) === q)
    const prefix = entries.filter(
      (e) => e.student.seat !== null && String(e.student.seat) !== q && String(e.student.seat).startsWith(q),
    )
    const seen = new Set([...exact, ...prefix])
    const matches = compileSearch(q)
    const other = entries.filter((e) => !seen.has(e) && matches(e.key))
    return [...exact, ...prefix, ...other].map((e) => e.student)
  }
  const matches = compileSearch(q)
  return entries.filter((e) => matches(e.key)).map((e) => e.student)
}

/**
 * What choosing a status for a cell stores. Present is the default, so choosing 出勤 clears the
 * mark — unless it carries a note, or approved leave covers the session, where 出勤 is a fact
 * worth keeping (the student came although on leave; the register shows it as a conflict).
 */
export function statusToStore(
  status: AttendanceStatusCode,
  cell: Pick<RegisterCell, 'leave'> | undefined,
  note = '',
): AttendanceStatusCode | null {
  if (status === 'present' && !cell?.leave && !note.trim()) return null
  return status
}
