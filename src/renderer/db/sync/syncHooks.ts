import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from '../core/DataProvider'
import type { ConflictRecord, SyncLogEntry } from './syncRecords'

/** Live reads of the sync feature for components: they re-render when the data changes, and never write. */

export function useConflicts(): ConflictRecord[] | undefined {
  const { sync } = useData()
  return useLiveQuery(() => sync.conflicts.list(), [sync])
}

/** The records the entries are about, as stored now (see SyncConflictRepository.currentRecords). */
export function useConflictRecords(
  entries: readonly ConflictRecord[] | undefined,
): Map<string, Record<string, unknown>> | undefined {
  const { sync } = useData()
  return useLiveQuery(() => sync.conflicts.currentRecords(entries ?? []), [sync, entries])
}

export function useSyncLog(): SyncLogEntry[] | undefined {
  const { sync } = useData()
  return useLiveQuery(() => sync.log.list(), [sync])
}

/** Replica id → office name, from imported files' headers. */
export function useReplicaNames(): Record<string, string> | undefined {
  const { sync } = useData()
  return useLiveQuery(() => sync.state.replicaNames(), [sync])
}
