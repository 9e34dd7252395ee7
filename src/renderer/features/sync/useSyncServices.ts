import { useMemo } from 'react'
import { BackupService } from '../../db/sync/backupService'
import {
  createFolderBackupStore,
  createIndexedDbBackupStore,
  type BackupStore,
} from '../../db/sync/backupStore'
import { useData } from '../../db/core/DataProvider'
import type { SnapshotCodec } from '@shared/sync/snapshotCodec'
import { platform } from '../../platform'
import { createWorkerSnapshotCodec } from '../../workers/snapshotClient'

/** One codec (a worker per call) and one backup store for the whole app. */
const codec: SnapshotCodec = createWorkerSnapshotCodec()
let store: BackupStore | null = null

function backupStore(): BackupStore {
  store ??= platform.kind === 'electron' ? createFolderBackupStore(platform) : createIndexedDbBackupStore()
  return store
}

/** The snapshot codec and the backup service, for the sync screens and 设置. */
export function useSyncServices(): { codec: SnapshotCodec; backups: BackupService } {
  const { sync } = useData()
  return useMemo(() => ({ codec, backups: new BackupService(sync, backupStore(), codec) }), [sync])
}
