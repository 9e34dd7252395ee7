import type { BanwuDatabase } from '../core/database'
import { compareRosterOrder } from '@shared/roster/rosterOrder'
import type { EnrollmentStatus } from './rosterRecords'

/**
 * The students of a class as attendance and leave see them: one row per live enrollment, with
 * what the roll call searches and the sign-in sheet prints. Read-only: rosters are written by the
 * roster area (issue 3); this reads its tables directly so attendance does not wait for it.
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

/**
 * Students on the class's register: live enrollments that have not withdrawn, each joined with
 * its person and discussion group, by seat.
 */
export async function listClassStudents(db: BanwuDatabase, classId: string): Promise<ClassStudent[]> {
  const [enrollments, groups] = await Promise.all([
    db.enrollments.where('classId').equals(classId).toArray(),
    db.groups.where('classId').equals(classId).toArray(),
  ])
  const live = enrollments.filter((e) => !e.deleted && e.status !== 'withdrawn')
  const people = await db.people.bulkGet(live.map((e) => e.personId))
  const groupById = new Map(groups.filter((g) => !g.deleted).map((g) => [g.id, g]))
  const out: ClassStudent[] = []
  live.forEach((e, i) => {
    const p = people[i]
    if (!p || p.deleted) return
    const group = e.groupId ? groupById.get(e.groupId) : undefined
    out.push({
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
    })
  })
  return out.sort(compareBySeat)
}
