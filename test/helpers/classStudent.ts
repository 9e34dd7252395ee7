import type { ClassStudent } from '../../src/renderer/db/roster/classStudents'

/**
 * A student as the roll call and the sheets see them, for tests: seat and name, the rest empty
 * unless given. Ids derive from the seat (or the name when unseated).
 */
export function classStudent(
  seat: number | null,
  name: string,
  extra: Partial<ClassStudent> = {},
): ClassStudent {
  return {
    enrollmentId: `E${seat ?? name}`,
    personId: `P${seat ?? name}`,
    name,
    seat,
    listOrder: null,
    groupId: null,
    groupName: '',
    groupOrder: 0,
    gender: '',
    unit: '',
    post: '',
    phone: '',
    idNumber: '',
    studentNo: '',
    status: 'enrolled',
    ...extra,
  }
}
