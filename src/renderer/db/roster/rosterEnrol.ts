import type { MatchKey } from '@shared/roster/rosterRow'
import type { BanwuDatabase } from '../core/database'
import { personIdFor } from './personId'
import { cleanPersonPatch } from './personRepository'
import { emptyPerson, enrollmentIdFor, newEnrollment, nextListOrder } from './rosterBuilders'
import type { RosterRepositories } from './rosterQueries'
import type { EnrollmentRecord, PersonFields } from './rosterRecords'
import { ValidationError } from '@shared/validationError'

/**
 * Adds one person to a class by hand (a late registration): the same rules as an import row.
 * Someone known by ID number or 学号 + name is enrolled as that person, not created again.
 */
export async function enrolPerson(
  repos: RosterRepositories & { db: BanwuDatabase },
  classId: string,
  input: Partial<PersonFields>,
): Promise<EnrollmentRecord> {
  const clean = cleanPersonPatch({ ...input, name: input.name ?? '' })
  const key: MatchKey | null = clean.idNumber
    ? { kind: 'idNumber', idNumber: clean.idNumber }
    : clean.studentNo
      ? { kind: 'studentNo', studentNo: clean.studentNo, name: clean.name! }
      : null
  const known =
    key?.kind === 'idNumber'
      ? (await repos.people.findByIdNumbers([key.idNumber]))[0]
      : key?.kind === 'studentNo'
        ? (await repos.people.findByStudentNumbers([key.studentNo])).find((p) => p.name === key.name)
        : undefined
  const personId = known?.id ?? personIdFor(key)
  const enrollmentId = enrollmentIdFor(classId, personId)
  const current = await repos.enrollments.get(enrollmentId)
  if (current && !current.deleted) {
    throw new ValidationError({ name: `${known?.name ?? clean.name}已在本班花名册中` })
  }
  const { db } = repos
  let out: EnrollmentRecord | undefined
  await db.transaction('rw', [db.people, db.enrollments, db.local], async () => {
    if (!known) await repos.people.put(personId, { ...emptyPerson(), ...clean })
    // Someone added by hand comes after everyone already on the list.
    const listOrder = nextListOrder(await repos.enrollments.listWhere('classId', classId))
    out = await repos.enrollments.put(enrollmentId, { ...newEnrollment(classId, personId), listOrder })
  })
  return out!
}
