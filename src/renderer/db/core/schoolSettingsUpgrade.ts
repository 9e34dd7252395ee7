import type { Transaction } from 'dexie'
import { ulid } from 'ulid'
import { HybridClock } from '@shared/sync/hlc'
import type { StoredLeaveRules } from '@shared/attendance/leaveRuleSettings'
import type { AttendanceStatusSettings } from '@shared/attendance/status'
import {
  changedGroupFields,
  leaveRulesFieldsFrom,
  SCHOOL_SETTINGS_GROUP_SCHEMAS,
  statusFieldsFromSettings,
  type SchoolSettingsFields,
} from '@shared/settings/schoolSettings'
import { CLOCK_KEY, REPLICA_KEY } from './replica'
import { newRecord } from './syncedRepository'

/** Where versions before 6 kept the school's attendance settings, per installation. */
export const LEGACY_STATUSES_KEY = 'attendanceStatuses'
export const LEGACY_LEAVE_RULES_KEY = 'leaveRules'

/**
 * Schema step 6: the attendance statuses and the leave rules move from this installation's
 * `local` table into the synced `schoolSettings` table (issue 12, point 8), as edits of this
 * office stamped by its own clock, so nothing changes for the user and the next export carries
 * them. A value that the table's schema would refuse (it could not have been saved through the
 * app) is left out field by field: the default applies to it, as it did for anything unusable.
 * Only settings that differ from the defaults are written (a missing field means the default);
 * installations that never changed these settings get no record.
 */
export async function moveSettingsToSchool(tx: Transaction): Promise<void> {
  const local = tx.table<{ key: string; value: unknown }, string>('local')
  const statuses = (await local.get(LEGACY_STATUSES_KEY))?.value
  const rules = (await local.get(LEGACY_LEAVE_RULES_KEY))?.value
  const records: { id: string; fields: SchoolSettingsFields }[] = []
  if (isObject(statuses)) {
    const fields = changedGroupFields(
      'attendanceStatuses',
      {},
      statusFieldsFromSettings(usableStatuses(statuses)),
    )
    if (Object.keys(fields).length > 0) records.push({ id: 'attendanceStatuses', fields })
  }
  if (isObject(rules)) {
    const fields = changedGroupFields('leaveRules', {}, leaveRulesFieldsFrom(usableLeaveRules(rules)))
    if (Object.keys(fields).length > 0) records.push({ id: 'leaveRules', fields })
  }
  if (records.length > 0) {
    let replicaId = (await local.get(REPLICA_KEY))?.value
    if (typeof replicaId !== 'string') {
      replicaId = ulid()
      await local.put({ key: REPLICA_KEY, value: replicaId })
    }
    const last = (await local.get(CLOCK_KEY))?.value
    const clock = new HybridClock(replicaId as string, Date.now, typeof last === 'string' ? last : undefined)
    const stamp = clock.tick()
    const now = new Date()
    const table = tx.table('schoolSettings')
    for (const { id, fields } of records) await table.put(newRecord(id, fields, stamp, now))
    await local.put({ key: CLOCK_KEY, value: clock.current() })
  }
  await local.bulkDelete([LEGACY_STATUSES_KEY, LEGACY_LEAVE_RULES_KEY])
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The stored status settings, keeping each attribute the schema accepts. */
function usableStatuses(stored: Record<string, unknown>): AttendanceStatusSettings {
  const shape = SCHOOL_SETTINGS_GROUP_SCHEMAS.attendanceStatuses.shape
  const out: Record<string, Record<string, unknown>> = {}
  for (const [code, schema] of Object.entries(shape)) {
    const setting = stored[code]
    if (!isObject(setting)) continue
    const kept: Record<string, unknown> = {}
    for (const [attr, attrSchema] of Object.entries(schema.shape))
      if (setting[attr] !== undefined && attrSchema.safeParse(setting[attr]).success)
        kept[attr] = setting[attr]
    out[code] = kept
  }
  return out
}

function usableLeaveRules(stored: Record<string, unknown>): StoredLeaveRules {
  const shape = SCHOOL_SETTINGS_GROUP_SCHEMAS.leaveRules.shape
  const out: StoredLeaveRules = {}
  if (typeof stored.afterCriticismOnly === 'boolean') out.afterCriticismOnly = stored.afterCriticismOnly
  if (
    typeof stored.toleratedHours === 'number' &&
    shape.toleratedHours.safeParse(stored.toleratedHours).success
  )
    out.toleratedHours = stored.toleratedHours
  return out
}
