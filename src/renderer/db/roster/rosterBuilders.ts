/**
 * The roster's records built without the database: empty and fresh ones, the user fields of a
 * stored one, enrollment ids and list order. One home for what the repositories, the by-hand
 * enrolment and the import's pure planner (rosterImportPlan.ts) all build, so the planner needs
 * no repository and no repository needs the planner.
 */
import { PERSON_FIELDS } from '@shared/roster/fields'
import { naturalKeyId } from '@shared/sync/naturalKey'
import type { EnrollmentFields, EnrollmentRecord, PersonFields, PersonRecord } from './rosterRecords'

/** A person with nothing known yet but the name. */
export function emptyPerson(name = ''): PersonFields {
  const empty = Object.fromEntries(PERSON_FIELDS.map((f) => [f, ''])) as Record<keyof PersonFields, ''>
  return { ...empty, name }
}

/** The user fields of a stored person, without sync metadata (for a full `put`). */
export function personFieldsOf(record: PersonRecord): PersonFields {
  const base = emptyPerson()
  return Object.fromEntries(PERSON_FIELDS.map((f) => [f, record[f] ?? base[f]])) as unknown as PersonFields
}

/** A person in a class is one fact: the same id in every office (rosterRecords.ts). */
export function enrollmentIdFor(classId: string, personId: string): string {
  return naturalKeyId('enr', classId, personId)
}

/** A fresh enrollment: 在读, no seat, no group, no role. */
export function newEnrollment(classId: string, personId: string): EnrollmentFields {
  return {
    classId,
    personId,
    seat: null,
    groupId: null,
    partyGroupId: null,
    roles: [],
    dormRoom: '',
    status: 'enrolled',
    withdrawReason: '',
    withdrawDate: '',
    note: '',
  }
}

/** The user fields of a stored enrollment, without sync metadata (for a full `put`). */
export function enrollmentFieldsOf(record: EnrollmentRecord): EnrollmentFields {
  const base = newEnrollment(record.classId, record.personId)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(base)) {
    out[key] = (record as unknown as Record<string, unknown>)[key] ?? base[key as keyof EnrollmentFields]
  }
  if (record.listOrder !== undefined) out.listOrder = record.listOrder
  return out as unknown as EnrollmentFields
}

/** The list order after everyone already in the class (in the recycle bin too, who may come back). */
export function nextListOrder(classEnrollments: Iterable<Pick<EnrollmentFields, 'listOrder'>>): number {
  let max = 0
  for (const e of classEnrollments) if (e.listOrder !== undefined && e.listOrder > max) max = e.listOrder
  return max + 1
}
