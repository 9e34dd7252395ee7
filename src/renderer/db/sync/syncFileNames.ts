import dayjs from 'dayjs'
import { safeFileName } from '@shared/fileName'
import { SNAPSHOT_FILE_EXTENSION } from '@shared/sync/snapshotFile'

/**
 * Names of the files sync writes. A snapshot's name says which office wrote
 * it, on which day, and its sequence number that day, so files on a stick sort
 * by office and date and never overwrite each other:
 * `班务通快照_本部教务科_2026-11-23_003.banwu`. A backup's name says when and why.
 */

/** A piece of a file name from user text (an office name), at most 40 characters. */
export function safeFileNamePart(text: string): string {
  return safeFileName(text, '未命名', 40)
}

export function snapshotFileName(office: string, day: string, sequence: number): string {
  return `班务通快照_${safeFileNamePart(office)}_${day}_${String(sequence).padStart(3, '0')}${SNAPSHOT_FILE_EXTENSION}`
}

export type BackupReason = 'daily' | 'beforeImport' | 'beforeRestore' | 'manual'

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  daily: '每日',
  beforeImport: '导入前',
  beforeRestore: '恢复前',
  manual: '手动',
}

const BACKUP_NAME = /^班务通备份_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})(\d{2})(\d{3})_(.+)\.banwu$/

/** `班务通备份_2026-11-23_083015123_导入前.banwu`: local time to the millisecond, then the reason. */
export function backupFileName(at: Date, reason: BackupReason): string {
  return `班务通备份_${dayjs(at).format('YYYY-MM-DD_HHmmssSSS')}_${BACKUP_REASON_LABELS[reason]}${SNAPSHOT_FILE_EXTENSION}`
}

export interface ParsedBackupName {
  /** Local day, YYYY-MM-DD. */
  day: string
  /** Local time written into the name. */
  at: Date
  reason: BackupReason | null
}

/** Reads a backup name back; null for files in the folder that are not ours. */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = BACKUP_NAME.exec(name)
  if (!m) return null
  const [, day, hh, mm, ss, ms, label] = m
  const at = dayjs(`${day}T${hh}:${mm}:${ss}.${ms}`)
  if (!at.isValid()) return null
  const reason = (Object.keys(BACKUP_REASON_LABELS) as BackupReason[]).find(
    (r) => BACKUP_REASON_LABELS[r] === label,
  )
  return { day: day!, at: at.toDate(), reason: reason ?? null }
}

/** The local calendar day of a time, YYYY-MM-DD. */
export function localDay(at: Date | string): string {
  return dayjs(at).format('YYYY-MM-DD')
}
