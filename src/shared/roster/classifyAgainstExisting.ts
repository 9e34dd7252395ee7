/**
 * Whether each imported row is a new person, someone already in this class, or
 * someone who attended another class before.
 *
 * A person is one identity across many classes (DOMAIN.md: 学员 = Person +
 * Enrollment), matched by ID number when there is one, else by 学号 + name
 * (university rosters carry no ID numbers). The inputs are structural so the
 * caller can pass its stored records as they are; tombstoned records are ignored.
 */
import { checkIdNumber, normalizeIdNumber } from './idCard'
import { normalizeName, removeSpaces, toHalfWidth } from './text'
import type { RosterRow } from './rosterRow'

export interface ExistingPerson {
  id: string
  name: string
  idNumber?: string | null
  studentNo?: string | null
  deleted?: boolean
}

export interface ExistingEnrollment {
  id: string
  personId: string
  deleted?: boolean
}

export type RowClassification =
  | { kind: 'new' }
  /** In this class already: the user chooses skip or update. */
  | { kind: 'alreadyInClass'; personId: string; enrollmentId: string; nameDiffers?: string }
  /** Attended another class: the enrollment links to the same person. */
  | { kind: 'knownPerson'; personId: string; nameDiffers?: string }

/**
 * One classification per row, in order. `nameDiffers` carries the stored name
 * when the ID number matches but the name does not (a typo, or a changed name),
 * so the preview can ask.
 */
export function classifyAgainstExisting(
  rows: readonly Pick<RosterRow, 'matchKey' | 'values'>[],
  existingPeople: readonly ExistingPerson[],
  existingEnrollmentsOfThisClass: readonly ExistingEnrollment[],
): RowClassification[] {
  const byId = new Map<string, ExistingPerson>()
  const byStudentNo = new Map<string, ExistingPerson>()
  for (const person of existingPeople) {
    if (person.deleted) continue
    if (person.idNumber) {
      const key = idKey(person.idNumber)
      if (key && !byId.has(key)) byId.set(key, person)
    }
    if (person.studentNo) byStudentNo.set(studentKey(person.studentNo, person.name), person)
  }
  const enrollmentByPerson = new Map<string, ExistingEnrollment>()
  for (const e of existingEnrollmentsOfThisClass) if (!e.deleted) enrollmentByPerson.set(e.personId, e)

  return rows.map(({ matchKey, values }): RowClassification => {
    if (!matchKey) return { kind: 'new' }
    const person =
      matchKey.kind === 'idNumber'
        ? byId.get(idKey(matchKey.idNumber))
        : byStudentNo.get(studentKey(matchKey.studentNo, matchKey.name))
    if (!person) return { kind: 'new' }
    const storedName = normalizeName(person.name)
    const nameDiffers = values.name !== undefined && storedName !== values.name ? person.name : undefined
    const enrollment = enrollmentByPerson.get(person.id)
    const base = enrollment
      ? ({ kind: 'alreadyInClass', personId: person.id, enrollmentId: enrollment.id } as const)
      : ({ kind: 'knownPerson', personId: person.id } as const)
    return nameDiffers === undefined ? { ...base } : { ...base, nameDiffers }
  })
}

/** Stored numbers may predate normalisation or be 15-digit: compare canonical 18-digit forms. */
function idKey(idNumber: string): string {
  const normalized = normalizeIdNumber(idNumber)
  return normalized.length === 15 ? checkIdNumber(normalized).normalized : normalized
}

function studentKey(studentNo: string, name: string): string {
  return `${removeSpaces(toHalfWidth(studentNo))}\u0000${normalizeName(name)}`
}
