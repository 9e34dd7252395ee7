import { compareRosterOrder, type RosterOrderKey } from '@shared/roster/rosterOrder'
import type { ClassRecord } from '../core/database'
import type { ClassRepository } from '../classes/classRepository'
import type { EnrollmentRepository } from './enrollmentRepository'
import type { GroupRepository } from './groupRepository'
import type { PersonRepository } from './personRepository'
import type { EnrollmentRecord, GroupRecord, PersonRecord } from './rosterRecords'

/** Reads that join people, enrollments, groups and classes, for the roster screens and sheets. */
export interface RosterRepositories {
  people: PersonRepository
  enrollments: EnrollmentRepository
  groups: GroupRepository
}

/** One line of a class's roster: the person, their place in this class, their groups' names. */
export interface RosterEntry {
  person: PersonRecord
  enrollment: EnrollmentRecord
  groupName: string
  partyGroupName: string
}

export interface ClassRoster {
  entries: RosterEntry[]
  groups: GroupRecord[]
}

/** The roster's order (rosterOrder.ts) for entries. */
export function compareRosterEntries(a: RosterEntry, b: RosterEntry): number {
  return compareRosterOrder(orderKey(a), orderKey(b))
}

function orderKey(e: RosterEntry): RosterOrderKey {
  return {
    seat: e.enrollment.seat,
    listOrder: e.enrollment.listOrder,
    name: e.person.name,
    enrollmentId: e.enrollment.id,
  }
}

/** Live enrollments of the class whose person is live (withdrawn ones included: the roster shows them). */
export async function loadClassRoster(repos: RosterRepositories, classId: string): Promise<ClassRoster> {
  const [enrollments, groups] = await Promise.all([
    repos.enrollments.listByClass(classId),
    repos.groups.listByClass(classId),
  ])
  const people = await repos.people.getMany(enrollments.map((e) => e.personId))
  const names = new Map(groups.map((g) => [g.id, g.name]))
  const entries: RosterEntry[] = []
  enrollments.forEach((enrollment, i) => {
    const person = people[i]
    if (!person || person.deleted) return
    entries.push({
      person,
      enrollment,
      groupName: (enrollment.groupId && names.get(enrollment.groupId)) || '',
      partyGroupName: (enrollment.partyGroupId && names.get(enrollment.partyGroupId)) || '',
    })
  })
  return { entries: entries.sort(compareRosterEntries), groups }
}

/** A class a person attended, for the person page. */
export interface AttendedClass {
  enrollment: EnrollmentRecord
  cls: ClassRecord
  groupName: string
}

export async function loadAttendedClasses(
  repos: RosterRepositories & { classes: ClassRepository },
  personId: string,
): Promise<AttendedClass[]> {
  const enrollments = await repos.enrollments.listByPerson(personId)
  const out: AttendedClass[] = []
  for (const enrollment of enrollments) {
    const cls = await repos.classes.get(enrollment.classId)
    if (!cls || cls.deleted) continue
    const group = enrollment.groupId ? await repos.groups.get(enrollment.groupId) : undefined
    out.push({ enrollment, cls, groupName: group && !group.deleted ? group.name : '' })
  }
  // Most recent class first.
  return out.sort((a, b) => b.cls.startDate.localeCompare(a.cls.startDate))
}

/** Everyone, with the classes they attended (live classes only), for the 学员 page. */
export interface DirectoryEntry {
  person: PersonRecord
  classes: { id: string; name: string; startDate: string }[]
}

export async function loadPeopleDirectory(
  repos: RosterRepositories & { classes: ClassRepository },
): Promise<DirectoryEntry[]> {
  const [people, enrollments, classes] = await Promise.all([
    repos.people.listLive(),
    repos.enrollments.listLive(),
    repos.classes.listLive(),
  ])
  const classById = new Map(classes.map((c) => [c.id, c]))
  const byPerson = new Map<string, DirectoryEntry['classes']>()
  for (const e of enrollments) {
    const cls = classById.get(e.classId)
    if (!cls) continue
    const list = byPerson.get(e.personId) ?? []
    list.push({ id: cls.id, name: cls.name, startDate: cls.startDate })
    byPerson.set(e.personId, list)
  }
  return people
    .map((person) => ({
      person,
      classes: (byPerson.get(person.id) ?? []).sort((a, b) => b.startDate.localeCompare(a.startDate)),
    }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'zh-CN'))
}

/** What the recycle bin lists of rosters: people, and people taken out of one class. */
export interface DeletedRosterRecords {
  people: PersonRecord[]
  enrollments: { enrollment: EnrollmentRecord; personName: string; className: string }[]
}

export async function loadDeletedRosterRecords(
  repos: RosterRepositories & { classes: ClassRepository },
): Promise<DeletedRosterRecords> {
  const [people, enrollments] = await Promise.all([
    repos.people.listDeleted(),
    repos.enrollments.listDeleted(),
  ])
  const out: DeletedRosterRecords['enrollments'] = []
  for (const enrollment of enrollments) {
    const [person, cls] = await Promise.all([
      repos.people.get(enrollment.personId),
      repos.classes.get(enrollment.classId),
    ])
    // A person in the bin is listed once, as a person; a class in the bin takes its roster with it.
    if (!person || person.deleted || !cls || cls.deleted) continue
    out.push({ enrollment, personName: person.name, className: cls.name })
  }
  return { people, enrollments: out }
}
