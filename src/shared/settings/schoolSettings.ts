import { z } from 'zod'
import { MAX_TOLERATED_HOURS, type StoredLeaveRules } from '../attendance/leaveRuleSettings'
import { certificateLayoutSchema, type CertificateLayout } from '../assessment/certificateLayout'
import {
  ATTENDANCE_STATUS_CODES,
  type AttendanceStatusCode,
  type AttendanceStatusSetting,
  type AttendanceStatusSettings,
} from '../attendance/status'

/**
 * The school's rules (issue 12, point 8): settings that decide outcomes for students, or what the
 * school accepts, are the same in every office. They live in the synced table `schoolSettings`,
 * one record per group with a fixed id, one field per setting, so each field carries its own HLC
 * stamp: two offices changing different settings both keep their change after a sync, and two
 * changing the same one end with the later value and a conflict entry for the other.
 *
 * Groups (record ids) and their fields:
 * - `attendanceStatuses`: one field per status code (`present`, `late`, …), the school's changes
 *   to that status (label, short, colour, keys, hidden); `{}` keeps the defaults.
 * - `leaveRules`: `afterCriticismOnly`, `toleratedHours` (第九条); `null` keeps the default.
 * - `snapshots`: `encryptedOnly`, whether unencrypted snapshot files are refused (default true).
 * - `certificates`: `certificateNumberTemplate`, `certificateLayout` (结业证书 numbering and 套打
 *   positions, issue 13; docs/assessment.md); `null` keeps the default.
 *
 * A missing record or field means the default. New schemes (assessment, ledgers) add a group
 * here. Per-PC settings (current user, office name, remembered passphrase) stay in `local`.
 */

export const SCHOOL_SETTINGS_GROUPS = [
  'attendanceStatuses',
  'leaveRules',
  'snapshots',
  'certificates',
] as const
export type SchoolSettingsGroup = (typeof SCHOOL_SETTINGS_GROUPS)[number]

export type AttendanceStatusesFields = Record<AttendanceStatusCode, AttendanceStatusSetting>
export interface LeaveRulesFields {
  afterCriticismOnly: boolean | null
  toleratedHours: number | null
}
export interface SnapshotPolicyFields {
  /** 只接受加密快照: refuse unencrypted files. */
  encryptedOnly: boolean
}

export interface SchoolSettingsGroupFields {
  attendanceStatuses: AttendanceStatusesFields
  leaveRules: LeaveRulesFields
  snapshots: SnapshotPolicyFields
  certificates: CertificateSettingsFields
}

/** 结业证书 (issue 13): the numbering template and the 套打 positions; `null` keeps the default. */
export interface CertificateSettingsFields {
  certificateNumberTemplate: string | null
  certificateLayout: CertificateLayout | null
}

/** The fields of a `schoolSettings` record: those of its group (the others absent). */
export type SchoolSettingsFields = Partial<
  AttendanceStatusesFields & LeaveRulesFields & SnapshotPolicyFields & CertificateSettingsFields
>

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicyFields = { encryptedOnly: true }

/** What a missing record or field of each group means. */
export const SCHOOL_SETTINGS_DEFAULTS: SchoolSettingsGroupFields = {
  attendanceStatuses: Object.fromEntries(
    ATTENDANCE_STATUS_CODES.map((code) => [code, {}]),
  ) as AttendanceStatusesFields,
  leaveRules: { afterCriticismOnly: null, toleratedHours: null },
  snapshots: DEFAULT_SNAPSHOT_POLICY,
  certificates: { certificateNumberTemplate: null, certificateLayout: null },
}

const statusSettingShape = {
  label: z.string({ message: '状态名称应为文字' }).max(50, '状态名称不能超过 50 个字').optional(),
  short: z.string({ message: '简称应为文字' }).max(10, '简称应为一个字').optional(),
  color: z
    .string({ message: '颜色应为文字' })
    .regex(/^#[0-9a-fA-F]{6}$/, '颜色应为 #RRGGBB 格式')
    .optional(),
  keys: z.array(z.string().max(20, '快捷键过长')).max(10, '快捷键过多').optional(),
  hidden: z.boolean({ message: '“隐藏”应为是或否' }).optional(),
}

/** Per status code, the school's changes to it: strict when this app saves them… */
const statusFieldsShape = Object.fromEntries(
  ATTENDANCE_STATUS_CODES.map((code) => [code, z.strictObject(statusSettingShape)]),
) as Record<AttendanceStatusCode, z.ZodObject<typeof statusSettingShape>>
/** …loose in a file (a newer minor version may add an attribute). */
const statusRowShape = Object.fromEntries(
  ATTENDANCE_STATUS_CODES.map((code) => [code, z.looseObject(statusSettingShape)]),
) as Record<AttendanceStatusCode, z.ZodObject<typeof statusSettingShape>>

/** Per group, its fields, all required (a save writes every field of the group). */
export const SCHOOL_SETTINGS_GROUP_SCHEMAS = {
  attendanceStatuses: z.object(statusFieldsShape).strict(),
  leaveRules: z
    .object({
      afterCriticismOnly: z.boolean({ message: '处理方式应为是或否' }).nullable(),
      toleratedHours: z
        .number({ message: '可容忍的旷课、超假学时应为数字' })
        .min(0, '可容忍的旷课、超假学时不能为负数')
        .max(MAX_TOLERATED_HOURS, `可容忍的旷课、超假学时不能超过 ${MAX_TOLERATED_HOURS}`)
        .nullable(),
    })
    .strict(),
  snapshots: z.object({ encryptedOnly: z.boolean({ message: '“只接受加密快照”应为是或否' }) }).strict(),
  certificates: z
    .object({
      certificateNumberTemplate: z.string({ message: '证书编号规则应为文字' }).max(60).nullable(),
      certificateLayout: certificateLayoutSchema.nullable(),
    })
    .strict(),
} as const satisfies Record<SchoolSettingsGroup, z.ZodType>

/**
 * A `schoolSettings` record's own fields (sync metadata aside), as a file must carry them
 * (shared/sync/tableSchemas.ts): every field of every group, each optional (a record holds its
 * own group's), strict on types; unknown extra fields allowed, as in the other tables.
 */
export const schoolSettingsRecordSchema = z
  .looseObject({
    ...statusRowShape,
    ...SCHOOL_SETTINGS_GROUP_SCHEMAS.leaveRules.shape,
    ...SCHOOL_SETTINGS_GROUP_SCHEMAS.snapshots.shape,
    ...SCHOOL_SETTINGS_GROUP_SCHEMAS.certificates.shape,
  })
  .partial()

export function isSchoolSettingsGroup(id: string): id is SchoolSettingsGroup {
  return (SCHOOL_SETTINGS_GROUPS as readonly string[]).includes(id)
}

/** The fields of group `id` in a stored record; the other groups' fields are ignored. */
export function groupFieldsOf<G extends SchoolSettingsGroup>(
  id: G,
  record: object | undefined,
): Partial<SchoolSettingsGroupFields[G]> {
  if (!record) return {}
  const values = record as Readonly<Record<string, unknown>>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(SCHOOL_SETTINGS_GROUP_SCHEMAS[id].shape))
    if (values[key] !== undefined) out[key] = values[key]
  return out as Partial<SchoolSettingsGroupFields[G]>
}

/**
 * The fields of `next` whose values differ from `stored` (a missing field counts as its default):
 * what a save writes. A group saved for the first time in two offices at once therefore carries
 * only what each office changed, and a merge keeps both offices' changes to different settings.
 */
export function changedGroupFields<G extends SchoolSettingsGroup>(
  id: G,
  stored: Partial<SchoolSettingsGroupFields[G]>,
  next: SchoolSettingsGroupFields[G],
): Partial<SchoolSettingsGroupFields[G]> {
  const defaults = SCHOOL_SETTINGS_DEFAULTS[id] as Record<string, unknown>
  const was = stored as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(next))
    if (stableJson(value) !== stableJson(was[key] !== undefined ? was[key] : defaults[key])) out[key] = value
  return out as Partial<SchoolSettingsGroupFields[G]>
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_, x: unknown) =>
    typeof x === 'object' && x !== null && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  )
}

/** The status settings as the editor and resolveStatuses know them, from the group's fields. */
export function statusSettingsFromFields(
  fields: Partial<AttendanceStatusesFields>,
): AttendanceStatusSettings {
  const out: AttendanceStatusSettings = {}
  for (const code of ATTENDANCE_STATUS_CODES) {
    const s = fields[code]
    if (s && Object.keys(s).length > 0) out[code] = s
  }
  return out
}

/** The group's fields for status settings: every code, `{}` where the defaults stand. */
export function statusFieldsFromSettings(settings: AttendanceStatusSettings): AttendanceStatusesFields {
  return Object.fromEntries(
    ATTENDANCE_STATUS_CODES.map((code) => [code, withoutUndefined(settings[code] ?? {})]),
  ) as AttendanceStatusesFields
}

export function leaveRulesFromFields(fields: Partial<LeaveRulesFields>): StoredLeaveRules {
  const out: StoredLeaveRules = {}
  if (typeof fields.afterCriticismOnly === 'boolean') out.afterCriticismOnly = fields.afterCriticismOnly
  if (typeof fields.toleratedHours === 'number') out.toleratedHours = fields.toleratedHours
  return out
}

export function leaveRulesFieldsFrom(rules: StoredLeaveRules): LeaveRulesFields {
  return {
    afterCriticismOnly: rules.afterCriticismOnly ?? null,
    toleratedHours: rules.toleratedHours ?? null,
  }
}

export function snapshotPolicyFromFields(fields: Partial<SnapshotPolicyFields>): SnapshotPolicyFields {
  return {
    encryptedOnly:
      typeof fields.encryptedOnly === 'boolean'
        ? fields.encryptedOnly
        : DEFAULT_SNAPSHOT_POLICY.encryptedOnly,
  }
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
