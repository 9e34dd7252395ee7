import { useEffect, useState } from 'react'

export interface StorageStatus {
  persisted: boolean | null
  usageBytes: number | null
  quotaBytes: number | null
}

/**
 * Ask once per start for persistent storage, so the browser never evicts the
 * database under disk pressure (Electron grants it; Chromium grants it to
 * installed or frequently used sites).
 */
export function useRequestPersistentStorage(): void {
  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false)
  }, [])
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ])
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null }
}

export function useStorageStatus(): [StorageStatus | null, () => void] {
  const [status, setStatus] = useState<StorageStatus | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let live = true
    void readStorageStatus().then((s) => live && setStatus(s))
    return () => {
      live = false
    }
  }, [tick])
  return [status, () => setTick((t) => t + 1)]
}

/** Quota left, when the browser tells both figures. */
export function freeBytes(status: StorageStatus): number | null {
  return status.quotaBytes != null && status.usageBytes != null ? status.quotaBytes - status.usageBytes : null
}

export function formatBytes(n: number | null): string {
  if (n === null) return '未知'
  if (n < 1024) return `${n} B`
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`
  return `${(n / 1024 ** 3).toFixed(1)} GB`
}

/** Below this much free quota the settings page warns (ARCHITECTURE.md: warn when the disk is low). */
export const LOW_SPACE_BYTES = 200 * 1024 ** 2
