import type { BackupFile } from '@shared/ipc'
export { MAX_BACKUP_COUNT, MAX_BACKUP_TOTAL_BYTES } from '@shared/backupRetention'
import type { Snapshot } from '@shared/sync/snapshot'
import type { BackupStore } from './backupStore'
import type { SnapshotCodec } from '@shared/sync/snapshotCodec'
import {
  BACKUP_REASON_LABELS,
  backupFileName,
  localDay,
  parseBackupFileName,
  type BackupReason,
} from './syncFileNames'
import type { SyncRepository } from './syncRepository'

/**
 * 自动备份 (docs/sync.md): a full snapshot of this office's data, written to
 * the backup store once a day (on the first start of the day) and before every
 * import and every restore, kept for a set number of days and within the caps
 * MAX_BACKUP_COUNT and MAX_BACKUP_TOTAL_BYTES (shared/backupRetention.ts; the
 * store prunes after every backup).
 *
 * Backups are not encrypted: they never leave this PC (the database beside
 * them is not encrypted either) and must restore without anyone remembering a
 * passphrase. Restoring replaces every synced table with the backup's rows;
 * it first backs up the current data, so a restore can itself be undone.
 */

export interface BackupInfo extends BackupFile {
  /** Why it was taken, from its name; null for a file named otherwise. */
  reason: BackupReason | null
  /** When it was taken: from its name, else the file's time. */
  takenAt: Date
}

/** A stored backup with its reason and time read from its name. */
export function describeBackup(file: BackupFile): BackupInfo {
  const parsed = parseBackupFileName(file.name)
  return { ...file, reason: parsed?.reason ?? null, takenAt: parsed?.at ?? new Date(file.modifiedAt) }
}

export type Progress = (fraction: number) => void

export class BackupService {
  constructor(
    private readonly sync: SyncRepository,
    private readonly store: BackupStore,
    private readonly codec: SnapshotCodec,
  ) {}

  get kind(): BackupStore['kind'] {
    return this.store.kind
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    return (await this.store.list()).map(describeBackup)
  }

  read(name: string): Promise<Uint8Array> {
    return this.store.read(name)
  }

  /** Takes a backup now, then removes those past the kept days. */
  async create(reason: BackupReason, onProgress?: Progress, now: Date = new Date()): Promise<BackupInfo> {
    return this.write(await this.sync.readSnapshot('all', now), reason, onProgress, now)
  }

  private async write(
    snapshot: Snapshot,
    reason: BackupReason,
    onProgress: Progress | undefined,
    now: Date,
  ): Promise<BackupInfo> {
    const bytes = await this.codec.encode(snapshot, null, onProgress)
    const name = backupFileName(now, reason)
    const file = await this.store.write(name, bytes)
    await this.logEntry('backup', name, snapshot, now, `${BACKUP_REASON_LABELS[reason]}备份`)
    await this.store.prune(await this.sync.state.backupKeepDays(), now)
    return describeBackup(file)
  }

  /**
   * The daily backup: taken when none was taken today and there is data to
   * keep. Returns it, or null when none was needed.
   */
  async ensureDaily(now: Date = new Date()): Promise<BackupInfo | null> {
    const today = localDay(now)
    if ((await this.list()).some((b) => localDay(b.takenAt) === today)) return null
    const snapshot = await this.sync.readSnapshot('all', now)
    if (Object.values(snapshot.header.counts).every((n) => n === 0)) return null
    return this.write(snapshot, 'daily', undefined, now)
  }

  /**
   * Restores a backup: reads and checks it first (a damaged backup changes
   * nothing), backs up the current data, then replaces every synced table in
   * one transaction.
   */
  async restore(name: string, onProgress?: Progress, now: Date = new Date()): Promise<void> {
    const report = onProgress ?? (() => undefined)
    const bytes = await this.store.read(name)
    const snapshot = await this.codec.decode(bytes, null, (f) => report(f * 0.3))
    await this.create('beforeRestore', (f) => report(0.3 + f * 0.4), now)
    await this.sync.replaceAll(snapshot, (f) => report(0.7 + f * 0.3))
    await this.logEntry('restore', name, snapshot, now, '已用备份替换本机数据（恢复前已自动备份）')
  }

  /** A 同步记录 line for a backup taken or restored: the file, whose data and how many rows. */
  private async logEntry(
    kind: 'backup' | 'restore',
    fileName: string,
    snapshot: Snapshot,
    now: Date,
    note: string,
  ): Promise<void> {
    const { header } = snapshot
    const counts: Record<string, Record<string, number>> = {}
    for (const [table, n] of Object.entries(header.counts)) counts[table] = { rows: n }
    await this.sync.log.add({
      kind,
      at: now.toISOString(),
      fileName,
      replicaId: header.replicaId,
      replicaName: header.replicaName,
      highWater: header.hlcHighWater,
      counts,
      note,
    })
  }
}
