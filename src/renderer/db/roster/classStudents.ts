import { compareRosterOrder } from '@shared/roster/rosterOrder'
import { loadClassRoster, type ClassRoster, type RosterRepositories } from './rosterQueries'
import type { EnrollmentStatus } from './rosterRecords'

/**
 * The students of a class as attendance and leave see them: one row per enrollment on the register,
 * with what the roll call searches and the sign-in sheet prints. A view of the one roster join
 * (`loadClassRoster`), so the roster, the roll call and the registers list the same people.
 */
export interface ClassStudent {
  enrollmentId: string
  personId: string
  name: string
  seat: number | null
  /** Place in the roster file the class was imported from (null: added by hand). */
  listOrder: number | null
  groupId: string | null
  /** '' when the student is in no discussion group. */
  groupName: string
  /** The group's display order; groupless students sort last. */
  groupOrder: number
  gender: string
  unit: string
  post: string
  phone: string
  idNumber: string
  studentNo: string
  status: EnrollmentStatus
}

/** The roster's order (seat, file order, name): the order of the roll call and the sheets. */
export function compareBySeat(a: ClassStudent, b: ClassStudent): number {
  return compareRosterOrder(a, b)
}

/** By group (in the class's order, groupless last), then seat. */
export function compareByGroup(a: ClassStudent, b: ClassStudent): number {
  return a.groupOrder - b.groupOrder || compareBySeat(a, b)
}

/** Students on the class's register: the roster without those who withdrew, by seat. */
export function toClassStudents(roster: ClassRoster): ClassStudent[] {
  const groupById = new Map(roster.groups.map((g) => [g.id, g]))
  return roster.entries
    .filter(({ enrollment }) => enrollment.status !== 'withdrawn')
    .map(({ person: p, enrollment: e }) => {
      const group = e.groupId ? groupById.get(e.groupId) : undefined
      return {
        enrollmentId: e.id,
        personId: p.id,
        name: p.name,
        seat: e.seat ?? null,
        listOrder: e.listOrder ?? null,
        groupId: group ? group.id : null,
        groupName: group?.name ?? '',
        groupOrder: group?.order ?? Number.MAX_SAFE_INTEGER,
        gender: p.gender ?? '',
        unit: p.unit ?? '',
        post: p.post ?? '',
        phone: p.phone ?? '',
        idNumber: p.idNumber ?? '',
        studentNo: p.studentNo ?? '',
        status: e.status,
      }
    })
    .sort(compareBySeat)
}

export async function listClassStudents(repos: RosterRepositories, classId: string): Promise<ClassStudent[]> {
  return toClassStudents(await loadClassRoster(repos, classId))
}
