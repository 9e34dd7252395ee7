import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { LeaveRuleSettings } from '@shared/attendance/leaveLimit'
import {
  leaveRuleSettingsOf,
  leaveRulesProblems,
  type StoredLeaveRules,
} from '@shared/attendance/leaveRuleSettings'
import type { BanwuDatabase } from '../core/database'
import { useData } from '../core/DataProvider'
import { ValidationError } from '../core/validationError'

const KEY = 'leaveRules'

/**
 * The school's setting for unapproved absence (第九条: at once or after 批评教育, hours tolerated),
 * kept in this installation's local table like the attendance statuses.
 */
export async function loadLeaveRules(db: BanwuDatabase): Promise<StoredLeaveRules> {
  return ((await db.local.get(KEY))?.value as StoredLeaveRules | undefined) ?? {}
}

/** Refuses what cannot be used, with the field's Chinese message; nothing is written then. */
export async function saveLeaveRules(db: BanwuDatabase, rules: StoredLeaveRules): Promise<void> {
  const problems = leaveRulesProblems(rules)
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  await db.local.put({ key: KEY, value: rules })
}

/** What is stored, for the editor; `undefined` while loading. */
export function useStoredLeaveRules(): StoredLeaveRules | undefined {
  const { db } = useData()
  return useLiveQuery(() => loadLeaveRules(db), [db])
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
