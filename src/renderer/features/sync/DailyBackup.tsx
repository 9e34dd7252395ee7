import { useEffect } from 'react'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useSyncServices } from './useSyncServices'

/** Wait after start, so the first screen is not competing with the backup. */
const START_DELAY_MS = 3000
/**
 * Then look again now and then: an app left open overnight still gets the
 * next day's backup, and a fresh installation gets one once it holds data.
 * A look is one listing when today's backup exists.
 */
const CHECK_EVERY_MS = 30 * 60 * 1000

/**
 * Takes the daily backup when none was taken today (BackupService.ensureDaily).
 * Renders nothing; a failure is reported once, never blocking.
 */
export function DailyBackup() {
  const { backups } = useSyncServices()
  const notify = useNotify()
  useEffect(() => {
    let reported = false
    const check = () => {
      backups.ensureDaily().catch((e: unknown) => {
        if (!reported) notify(`每日自动备份失败：${errorMessage(e)}`, 'warning')
        reported = true
      })
    }
    const first = setTimeout(check, START_DELAY_MS)
    const again = setInterval(check, CHECK_EVERY_MS)
    return () => {
      clearTimeout(first)
      clearInterval(again)
    }
  }, [backups, notify])
  return null
}
