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

/** Live reads of rosters for components: they re-render when the data changes, and never write. */

export function useClassRoster(classId: string | undefined): ClassRoster | undefined {
  const data = useData()
  return useLiveQuery(
    async () => (classId ? loadClassRoster(data, classId) : { entries: [], groups: [] }),
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
