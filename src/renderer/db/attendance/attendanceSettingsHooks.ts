import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { LeaveRuleSettings } from '@shared/attendance/leaveLimit'
import { leaveRuleSettingsOf, type StoredLeaveRules } from '@shared/attendance/leaveRuleSettings'
import {
  resolveStatuses,
  type AttendanceStatus,
  type AttendanceStatusSettings,
} from '@shared/attendance/status'
import { useData } from '../core/DataProvider'

/** Live reads of the school's attendance settings; `undefined` while loading. */

/** The statuses in force. */
export function useAttendanceStatuses(): AttendanceStatus[] | undefined {
  const { attendanceSettings } = useData()
  return useLiveQuery(async () => resolveStatuses(await attendanceSettings.statuses()), [attendanceSettings])
}

/** The stored status settings themselves, for the editor. */
export function useStatusSettings(): AttendanceStatusSettings | undefined {
  const { attendanceSettings } = useData()
  return useLiveQuery(() => attendanceSettings.statuses(), [attendanceSettings])
}

/** The stored leave rules, for the editor. */
export function useStoredLeaveRules(): StoredLeaveRules | undefined {
  const { attendanceSettings } = useData()
  return useLiveQuery(() => attendanceSettings.leaveRules(), [attendanceSettings])
}

/**
 * The engine's settings, the same object until the stored values change (the register cache
 * recomputes every student when the settings object changes).
 */
export function useLeaveRuleSettings(): LeaveRuleSettings | undefined {
  const stored = useStoredLeaveRules()
  const key = stored ? JSON.stringify(stored) : undefined
  return useMemo(
    () => (key === undefined ? undefined : leaveRuleSettingsOf(JSON.parse(key) as StoredLeaveRules)),
    [key],
  )
}
