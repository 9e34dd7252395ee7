import type { DataAccess } from '../../db/core/openData'
import type { PersonFields } from '../../db/roster/rosterRecords'
import type { RosterGridRow } from './rosterGridRows'

/** Grid columns that belong to the person: one edit changes the person in every class. */
const PERSON_FIELDS = [
  'name',
  'gender',
  'idNumber',
  'ethnicity',
  'birthDate',
  'politicalStatus',
  'unit',
  'post',
  'phone',
  'studentNo',
  'college',
  'major',
] as const satisfies readonly (keyof PersonFields & keyof RosterGridRow)[]

/**
 * Saves an inline edit of the roster grid through the repositories and returns the row as
 * stored (cleaned: 138 1234 5678 → 13812345678). Person fields go to the person, seat and
 * dormitory to the enrollment.
 */
export async function saveGridEdit(
  data: Pick<DataAccess, 'people' | 'enrollments'>,
  next: RosterGridRow,
  previous: RosterGridRow,
): Promise<RosterGridRow> {
  const personPatch: Partial<Record<(typeof PERSON_FIELDS)[number], string>> = {}
  for (const f of PERSON_FIELDS) if (next[f] !== previous[f]) personPatch[f] = next[f]
  let row = next
  if (Object.keys(personPatch).length > 0) {
    const saved = await data.people.updatePerson(next.personId, personPatch as Partial<PersonFields>)
    row = { ...row, ...Object.fromEntries(PERSON_FIELDS.map((f) => [f, saved[f]])) }
  }
  if (next.seat !== previous.seat || next.dormRoom !== previous.dormRoom) {
    const seat = next.seat === null || Number.isNaN(next.seat) ? null : Number(next.seat)
    const saved = await data.enrollments.updateEnrollment(next.id, { seat, dormRoom: next.dormRoom ?? '' })
    row = { ...row, seat: saved.seat, dormRoom: saved.dormRoom }
  }
  return row
}
