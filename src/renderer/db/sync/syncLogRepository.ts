import type { BanwuDatabase } from '../core/database'
import { localDay } from './syncFileNames'
import type { SyncLogEntry } from './syncRecords'

/** 同步记录: every export, import, backup and restore of this installation, with counts. Local. */
export class SyncLogRepository {
  constructor(private readonly db: BanwuDatabase) {}

  /** Adds an entry; returns its sequence number (the id conflicts refer to as `importId`). */
  async add(entry: Omit<SyncLogEntry, 'seq'>): Promise<number> {
    return this.db.syncLog.add(entry)
  }

  async get(seq: number): Promise<SyncLogEntry | undefined> {
    return this.db.syncLog.get(seq)
  }

  /** Newest first. */
  async list(): Promise<SyncLogEntry[]> {
    return this.db.syncLog.orderBy('seq').reverse().toArray()
  }

  /** The sequence number for the next export file of a day (local YYYY-MM-DD), from 1. */
  async nextExportSequence(day: string): Promise<number> {
    const exports = await this.db.syncLog.where('kind').equals('export').toArray()
    return exports.filter((e) => localDay(e.at) === day).length + 1
  }
}
