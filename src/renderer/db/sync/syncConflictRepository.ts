import type { Synced } from '@shared/sync/record'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import { SyncedRepository } from '../core/syncedRepository'
import type { ConflictRecord } from './syncRecords'
import { isSyncedTable } from './syncTableLabels'

/**
 * 冲突记录: every value that lost a merge (docs/sync-merge.md). The log is
 * local; restoring a value is an ordinary edit through SyncedRepository, with a
 * fresh stamp, so it wins here and travels to the other offices with the next
 * snapshot like any edit.
 */
export class SyncConflictRepository {
  constructor(
    private readonly db: BanwuDatabase,
    private readonly replica: Replica,
  ) {}

  /** Newest first. */
  async list(): Promise<ConflictRecord[]> {
    return this.db.conflicts.orderBy('seq').reverse().toArray()
  }

  async get(seq: number): Promise<ConflictRecord | undefined> {
    return this.db.conflicts.get(seq)
  }

  /** Writes the losing value back as a new edit and marks the entry restored, in one transaction. */
  async restore(seq: number): Promise<void> {
    const conflict = await this.db.conflicts.get(seq)
    if (!conflict) throw new Error('找不到这条冲突记录')
    if (!isSyncedTable(conflict.table)) throw new Error(`无法恢复：未知的数据区域（${conflict.table}）`)
    const table = this.db.table<Synced<Record<string, unknown>>, string>(conflict.table)
    const records = new SyncedRepository<Record<string, unknown>>(this.db, table, this.replica)
    await this.db.transaction('rw', [table, this.db.local, this.db.conflicts], async () => {
      if (!(await table.get(conflict.recordId)))
        throw new Error('该记录已不存在（可能已被永久移除），无法恢复')
      await records.update(conflict.recordId, { [conflict.field]: conflict.losingValue })
      await this.db.conflicts.update(seq, { resolved: 'restored' })
    })
  }

  /** Marks an entry as seen without changing the data ("保留现值"). */
  async dismiss(seq: number): Promise<void> {
    await this.db.conflicts.update(seq, { resolved: 'dismissed' })
  }

  /**
   * The records the entries are about, as stored now, keyed by `recordKey`:
   * the log shows what each record is (its name) and whether it is in the recycle bin.
   */
  async currentRecords(entries: readonly Pick<ConflictRecord, 'table' | 'recordId'>[]) {
    const byTable = new Map<string, Set<string>>()
    for (const e of entries) {
      if (!isSyncedTable(e.table)) continue
      let ids = byTable.get(e.table)
      if (!ids) byTable.set(e.table, (ids = new Set()))
      ids.add(e.recordId)
    }
    const records = new Map<string, Record<string, unknown>>()
    for (const [table, ids] of byTable) {
      const rows = await this.db.table(table).bulkGet([...ids])
      for (const row of rows as (Record<string, unknown> | undefined)[])
        if (row) records.set(recordKey(table, row.id as string), row)
    }
    return records
  }

  /** Entries not yet restored or dismissed. */
  async countOpen(): Promise<number> {
    return this.db.conflicts.where('resolved').equals('').count()
  }
}

/** The key of `currentRecords`. */
export function recordKey(table: string, id: string): string {
  return `${table}\u0000${id}`
}
