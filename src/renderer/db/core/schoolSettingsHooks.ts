import { useLiveQuery } from 'dexie-react-hooks'
import type { SnapshotPolicyFields } from '@shared/settings/schoolSettings'
import { useData } from './DataProvider'

/** 只接受加密快照 and the like, live (it changes when an import brings another office's choice). */
export function useSnapshotPolicy(): SnapshotPolicyFields | undefined {
  const { schoolSettings } = useData()
  return useLiveQuery(() => schoolSettings.snapshotPolicy(), [schoolSettings])
}
