import { useLiveQuery } from 'dexie-react-hooks'
import {
  resolveStatuses,
  statusSettingsProblems,
  type AttendanceStatus,
  type AttendanceStatusSettings,
} from '@shared/attendance/status'
import type { BanwuDatabase } from '../core/database'
import { useData } from '../core/DataProvider'
import { ValidationError } from '../core/validationError'

const KEY = 'attendanceStatuses'

/**
 * The school's labels, colours and keys for attendance statuses (the codes are fixed: rules
 * depend on them). Kept in this installation's local table, like the school's name.
 */
export async function loadStatusSettings(db: BanwuDatabase): Promise<AttendanceStatusSettings> {
  return ((await db.local.get(KEY))?.value as AttendanceStatusSettings | undefined) ?? {}
}

export async function saveStatusSettings(
  db: BanwuDatabase,
  settings: AttendanceStatusSettings,
): Promise<void> {
  const problems = statusSettingsProblems(settings)
  if (problems.length > 0) throw new ValidationError(Object.fromEntries(problems.map((p, i) => [`s${i}`, p])))
  await db.local.put({ key: KEY, value: settings })
}

/** The statuses in force; `undefined` while loading. */
export function useAttendanceStatuses(): AttendanceStatus[] | undefined {
  const { db } = useData()
  return useLiveQuery(async () => resolveStatuses(await loadStatusSettings(db)), [db])
}

/** The stored settings themselves, for the editor. */
export function useStatusSettings(): AttendanceStatusSettings | undefined {
  const { db } = useData()
  return useLiveQuery(() => loadStatusSettings(db), [db])
}
