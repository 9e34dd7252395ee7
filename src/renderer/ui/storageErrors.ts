/**
 * Storage failures in the user's words (issue 12, point 9): one place that
 * recognises a full disk or quota however it is wrapped (a DOMException from
 * IndexedDB, Dexie's QuotaExceededError or an AbortError whose `inner` is
 * one, Electron's ENOSPC) and says what to do. `errorMessage` (Notifier) uses
 * it, so every write that reports its error through it speaks Chinese.
 */

/** What to do when the disk or the browser's quota is full. */
export const QUOTA_EXCEEDED_MESSAGE =
  '本机存储空间已满，刚才的修改未能保存。请：① 清理磁盘空间（删除不用的文件、清空回收站）；② 在“数据同步”中导出一份快照保存到U盘；③ 在“设置 → 自动备份”中减少保留天数，删除旧的备份。然后再试一次。'

/** Why a denied persistent-storage request matters and what to do. */
export const PERSIST_DENIED_MESSAGE =
  '浏览器未授予持久存储：磁盘空间紧张时，浏览器可能清除班务通的数据。请使用桌面版班务通，或定期在“数据同步”中导出快照、在“设置 → 自动备份”中下载备份保存到U盘。'

/** The warning when little space is left. */
export function lowSpaceMessage(free: string): string {
  return `本机可用存储空间只剩 ${free}，空间用尽后将无法保存修改。请清理磁盘空间，导出一份快照保存到U盘，并在“设置 → 自动备份”中减少保留天数以删除旧的备份。`
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/** True for a quota or disk-full failure, looking through Dexie's `inner` and `cause` wrappers. */
export function isQuotaExceeded(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false
  const err = e as { name?: unknown; code?: unknown; message?: unknown; inner?: unknown; cause?: unknown }
  if (typeof err.name === 'string' && QUOTA_NAMES.has(err.name)) return true
  // Legacy DOMException code for QUOTA_EXCEEDED_ERR; ENOSPC from Node's file system in Electron.
  if (err.code === 22 || err.code === 'ENOSPC') return true
  if (
    typeof err.message === 'string' &&
    /QuotaExceededError|ENOSPC|no space left on device/i.test(err.message)
  )
    return true
  return isQuotaExceeded(err.inner, depth + 1) || isQuotaExceeded(err.cause, depth + 1)
}

/** A storage failure's Chinese explanation, or null when the error is not one. */
export function storageErrorMessage(e: unknown): string | null {
  return isQuotaExceeded(e) ? QUOTA_EXCEEDED_MESSAGE : null
}
