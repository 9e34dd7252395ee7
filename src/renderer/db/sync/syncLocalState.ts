import type { HlcString } from '@shared/sync/hlc'
import type { BanwuDatabase } from '../core/database'

/**
 * What this installation remembers about syncing, in the `local` table
 * (never synced): per other office, the high-water mark of the newest file
 * merged from it and its human name; the passphrase, if the user asked to
 * remember it; how long automatic backups are kept.
 *
 * The getters and `record*` helpers only touch `local`, so an import can call
 * them inside its own transaction.
 */

const MERGED_MARKS_KEY = 'sync.mergedMarks'
const REPLICA_NAMES_KEY = 'sync.replicaNames'
const PASSPHRASE_KEY = 'sync.passphrase'
const BACKUP_KEEP_DAYS_KEY = 'backup.keepDays'

export const DEFAULT_BACKUP_KEEP_DAYS = 14
export const MAX_BACKUP_KEEP_DAYS = 365

async function readRecord<T>(db: BanwuDatabase, key: string): Promise<Record<string, T>> {
  const value = (await db.local.get(key))?.value
  return typeof value === 'object' && value !== null ? (value as Record<string, T>) : {}
}

export class SyncLocalState {
  constructor(private readonly db: BanwuDatabase) {}

  /** Replica id → `hlcHighWater` of the newest file from that office merged here. */
  mergedMarks(): Promise<Record<string, HlcString>> {
    return readRecord<HlcString>(this.db, MERGED_MARKS_KEY)
  }

  async recordMergedMark(replicaId: string, mark: HlcString): Promise<void> {
    const marks = await this.mergedMarks()
    const previous = marks[replicaId]
    if (previous !== undefined && previous >= mark) return
    await this.db.local.put({ key: MERGED_MARKS_KEY, value: { ...marks, [replicaId]: mark } })
  }

  /** After restoring a backup, files merged since are no longer in the data: accept them again. */
  async clearMergedMarks(): Promise<void> {
    await this.db.local.delete(MERGED_MARKS_KEY)
  }

  /** Replica id → office name, from the headers of imported files: names the offices in 冲突记录. */
  replicaNames(): Promise<Record<string, string>> {
    return readRecord<string>(this.db, REPLICA_NAMES_KEY)
  }

  async recordReplicaName(replicaId: string, name: string): Promise<void> {
    const names = await this.replicaNames()
    if (names[replicaId] === name) return
    await this.db.local.put({ key: REPLICA_NAMES_KEY, value: { ...names, [replicaId]: name } })
  }

  /** The passphrase remembered for this office, or null. */
  async rememberedPassphrase(): Promise<string | null> {
    const value = (await this.db.local.get(PASSPHRASE_KEY))?.value
    return typeof value === 'string' && value !== '' ? value : null
  }

  /** Remembers the passphrase, or forgets it with null. */
  async rememberPassphrase(passphrase: string | null): Promise<void> {
    if (passphrase === null || passphrase === '') await this.db.local.delete(PASSPHRASE_KEY)
    else await this.db.local.put({ key: PASSPHRASE_KEY, value: passphrase })
  }

  async backupKeepDays(): Promise<number> {
    const value = (await this.db.local.get(BACKUP_KEEP_DAYS_KEY))?.value
    return typeof value === 'number' && Number.isInteger(value) && value >= 1
      ? value
      : DEFAULT_BACKUP_KEEP_DAYS
  }

  async setBackupKeepDays(days: number): Promise<void> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_BACKUP_KEEP_DAYS)
      throw new Error(`备份保留天数应为 1 到 ${MAX_BACKUP_KEEP_DAYS} 之间的整数`)
    await this.db.local.put({ key: BACKUP_KEEP_DAYS_KEY, value: days })
  }
}
