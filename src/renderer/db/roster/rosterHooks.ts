import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from '../core/DataProvider'
import {
  loadAttendedClasses,
  loadClassRoster,
  loadDeletedRosterRecords,
  loadPeopleDirectory,
  type AttendedClass,
  type ClassRoster,
  type DeletedRosterRecords,
  type DirectoryEntry,
} from './rosterQueries'
import type { PersonRecord } from './rosterRecords'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'
import { ROSTER_FIELD_LABELS } from '@shared/roster/fields'
import { checkStoredRecords } from '../core/recordCheck'

/**
 * A damaged person or enrollment already in the database stops the roster screens with the
 * area's error boundary naming it (issue 12), not with a failure somewhere in the grid.
 */
function checkedRoster(roster: ClassRoster): ClassRoster {
  const people = roster.entries.map((e) => e.person)
  checkStoredRecords('学员', SYNCED_ROW_SCHEMAS.people!, people, ROSTER_FIELD_LABELS)
  const enrollments = roster.entries.map((e) => ({ ...e.enrollment, name: e.person.name }))
  checkStoredRecords('报名', SYNCED_ROW_SCHEMAS.enrollments!, enrollments, ROSTER_FIELD_LABELS)
  return roster
}

/** Live reads of rosters for components: they re-render when the data changes, and never write. */

export function useClassRoster(classId: string | undefined): ClassRoster | undefined {
  const data = useData()
  return useLiveQuery(
    async () => (classId ? checkedRoster(await loadClassRoster(data, classId)) : { entries: [], groups: [] }),
    [data, classId],
  )
}

/** `null` when there is no such person. */
export function usePerson(personId: string | undefined): PersonRecord | null | undefined {
  const { people } = useData()
  return useLiveQuery(
    async () => (personId ? ((await people.get(personId)) ?? null) : null),
    [people, personId],
  )
}

export function useAttendedClasses(personId: string | undefined): AttendedClass[] | undefined {
  const data = useData()
  return useLiveQuery(async () => (personId ? loadAttendedClasses(data, personId) : []), [data, personId])
}

export function usePeopleDirectory(): DirectoryEntry[] | undefined {
  const data = useData()
  return useLiveQuery(() => loadPeopleDirectory(data), [data])
}

export function useDeletedRosterRecords(): DeletedRosterRecords | undefined {
  const data = useData()
  return useLiveQuery(() => loadDeletedRosterRecords(data), [data])
}
