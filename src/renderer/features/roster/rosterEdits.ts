import { PERSON_FIELDS, ROSTER_FIELD_SPECS } from '@shared/roster/fields'
import type { DataAccess } from '../../db/core/openData'
import type { PersonFields } from '../../db/roster/rosterRecords'
import type { RosterGridRow } from './rosterGridRows'

/** Person fields the grid edits (fields.ts): one edit changes the person in every class. */
const GRID_PERSON_FIELDS = PERSON_FIELDS.filter(
  (f) => ROSTER_FIELD_SPECS[f].gridEditable,
) as (keyof PersonFields & keyof RosterGridRow)[]

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
  const personPatch: Partial<Record<(typeof GRID_PERSON_FIELDS)[number], string>> = {}
  for (const f of GRID_PERSON_FIELDS) if (next[f] !== previous[f]) personPatch[f] = next[f]
  let row = next
  if (Object.keys(personPatch).length > 0) {
    const saved = await data.people.updatePerson(next.personId, personPatch as Partial<PersonFields>)
    row = { ...row, ...Object.fromEntries(GRID_PERSON_FIELDS.map((f) => [f, saved[f]])) }
  }
  if (next.seat !== previous.seat || next.dormRoom !== previous.dormRoom) {
    const seat = next.seat === null || Number.isNaN(next.seat) ? null : Number(next.seat)
    const saved = await data.enrollments.updateEnrollment(next.id, { seat, dormRoom: next.dormRoom ?? '' })
    row = { ...row, seat: saved.seat, dormRoom: saved.dormRoom }
  }
  return row
}
