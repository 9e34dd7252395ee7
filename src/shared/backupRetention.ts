/**
 * How many automatic backups are kept (docs/sync.md, 自动备份): by age (the
 * days set in 设置), and at most MAX_BACKUP_COUNT files and
 * MAX_BACKUP_TOTAL_BYTES together, so a large school's daily backups cannot
 * fill the disk or the browser's quota. The newest backup is always kept.
 * One rule for both stores: main prunes its folder with it, the browser store
 * its database.
 */

/** The most backups kept, whatever their age (two months of daily backups, or fewer with imports). */
export const MAX_BACKUP_COUNT = 60

/** The most space all backups together may take: 1 GB. */
export const MAX_BACKUP_TOTAL_BYTES = 1024 ** 3

const DAY_MS = 24 * 60 * 60 * 1000

export interface StoredBackup {
  name: string
  size: number
  /** ISO time the backup was written. */
  modifiedAt: string
}

export interface RetentionLimits {
  keepDays: number
  maxCount?: number
  maxTotalBytes?: number
}

/**
 * The backups to remove, oldest last in the answer's order of the newest-first
 * list. Keeps the newest backups while they are within the days, the count
 * and the total size; the first one past any limit and every older one go.
 * The newest is always kept, even when it alone is larger than the total.
 */
export function backupsToPrune(
  files: readonly StoredBackup[],
  limits: RetentionLimits,
  now: number,
): string[] {
  const { keepDays, maxCount = MAX_BACKUP_COUNT, maxTotalBytes = MAX_BACKUP_TOTAL_BYTES } = limits
  const newestFirst = [...files].sort(
    (a, b) => Date.parse(b.modifiedAt) - Date.parse(a.modifiedAt) || b.name.localeCompare(a.name),
  )
  const cutoff = now - keepDays * DAY_MS
  let total = 0
  let kept = 0
  for (const file of newestFirst) {
    const fits =
      kept === 0 ||
      (kept < maxCount && Date.parse(file.modifiedAt) >= cutoff && total + file.size <= maxTotalBytes)
    if (!fits) break
    total += file.size
    kept++
  }
  return newestFirst.slice(kept).map((f) => f.name)
}
