import type { LeaveType } from './leaveRequest'

/**
 * Attendance statuses (考勤状态) of a student at a session. The codes are fixed, because rules
 * depend on them; labels, colours and keys are the school's to change.
 *
 * Seed 000 附2 第十四条 asks students "不迟到早退"; 第九条 names the kinds of leave (因公、因病、
 * 因私) and unapproved absence; DOMAIN.md lists 出勤, 迟到, 早退, 请假 (公/病/事), 旷课.
 */

export type AttendanceStatusCode =
  'present' | 'late' | 'leftEarly' | 'officialLeave' | 'sickLeave' | 'personalLeave' | 'absent'

export interface AttendanceStatus {
  code: AttendanceStatusCode
  label: string
  /** One character for the grid and the printed register. */
  short: string
  /** CSS colour of the cell. */
  color: string
  /** Keys (KeyboardEvent.key, case-insensitive) that set this status in the roll call. */
  keys: string[]
  /** Hidden statuses are not offered when marking; existing marks still show. */
  hidden: boolean
}

/**
 * Defaults. Keys are digits 1-7 in the order people say the statuses; the roll-call screen must
 * take a seat number in its search box first (Enter picks the student), so digits never clash.
 */
export const DEFAULT_ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  { code: 'present', label: '出勤', short: '√', color: '#2e7d32', keys: ['1'], hidden: false },
  { code: 'late', label: '迟到', short: '迟', color: '#ef6c00', keys: ['2'], hidden: false },
  { code: 'leftEarly', label: '早退', short: '退', color: '#f9a825', keys: ['3'], hidden: false },
  { code: 'officialLeave', label: '公假', short: '公', color: '#0277bd', keys: ['4'], hidden: false },
  { code: 'sickLeave', label: '病假', short: '病', color: '#6a1b9a', keys: ['5'], hidden: false },
  { code: 'personalLeave', label: '事假', short: '事', color: '#5d4037', keys: ['6'], hidden: false },
  { code: 'absent', label: '旷课', short: '旷', color: '#c62828', keys: ['7'], hidden: false },
]

export const ATTENDANCE_STATUS_CODES = DEFAULT_ATTENDANCE_STATUSES.map((s) => s.code) as [
  AttendanceStatusCode,
  ...AttendanceStatusCode[],
]

/** What a school may change per status. */
export type AttendanceStatusSetting = Partial<
  Pick<AttendanceStatus, 'label' | 'short' | 'color' | 'keys' | 'hidden'>
>
export type AttendanceStatusSettings = Partial<Record<AttendanceStatusCode, AttendanceStatusSetting>>

/** The statuses in force: defaults with the school's settings laid over them. */
export function resolveStatuses(settings: AttendanceStatusSettings = {}): AttendanceStatus[] {
  return DEFAULT_ATTENDANCE_STATUSES.map((d) => {
    const s = settings[d.code] ?? {}
    return {
      ...d,
      ...s,
      // Present and absent are the roll call's two poles: they cannot be hidden.
      hidden: d.code === 'present' || d.code === 'absent' ? false : (s.hidden ?? d.hidden),
    }
  })
}

/** Problems with a school's settings, in Chinese; empty when they can be saved. */
export function statusSettingsProblems(settings: AttendanceStatusSettings): string[] {
  const list = resolveStatuses(settings)
  const out: string[] = []
  const labels = new Map<string, string>()
  const keys = new Map<string, string>()
  for (const s of list) {
    if (!s.label.trim()) out.push(`“${defaultLabel(s.code)}”的名称不能为空`)
    else if (labels.has(s.label.trim())) out.push(`名称“${s.label}”重复`)
    labels.set(s.label.trim(), s.label)
    if (!/^#[0-9a-fA-F]{6}$/.test(s.color)) out.push(`“${s.label}”的颜色应为 #RRGGBB 格式`)
    if (s.short.trim().length !== 1) out.push(`“${s.label}”的简称应为一个字`)
    for (const k of s.keys) {
      const key = k.toLowerCase()
      if (!key) continue
      const other = keys.get(key)
      if (other) out.push(`快捷键“${k}”同时用于“${other}”和“${s.label}”`)
      else keys.set(key, s.label)
    }
  }
  return out
}

function defaultLabel(code: AttendanceStatusCode): string {
  return DEFAULT_ATTENDANCE_STATUSES.find((s) => s.code === code)?.label ?? code
}

/** The status a key press sets, if any (hidden statuses excepted). */
export function statusForKey(
  list: readonly AttendanceStatus[],
  key: string,
): AttendanceStatusCode | undefined {
  const k = key.toLowerCase()
  return list.find((s) => !s.hidden && s.keys.some((x) => x.toLowerCase() === k))?.code
}

/** A status's label, colour and keys from a school's list, falling back to the defaults. */
export function statusOf(list: readonly AttendanceStatus[], code: AttendanceStatusCode): AttendanceStatus {
  const found = list.find((s) => s.code === code) ?? DEFAULT_ATTENDANCE_STATUSES.find((s) => s.code === code)
  if (!found) throw new RangeError(`unknown attendance status: ${code as string}`)
  return found
}

/** The student was in the session (late or leaving early still counts as attending). */
export function countsAsAttended(code: AttendanceStatusCode): boolean {
  return code === 'present' || code === 'late' || code === 'leftEarly'
}

/** Late and left-early marks carry the minutes missed. */
export function takesMinutes(code: AttendanceStatusCode): boolean {
  return code === 'late' || code === 'leftEarly'
}

const LEAVE_STATUS: Record<LeaveType, AttendanceStatusCode> = {
  official: 'officialLeave',
  sick: 'sickLeave',
  personal: 'personalLeave',
}

/** 因公 → 公假, 因病 → 病假, 因私 → 事假. */
export function statusForLeaveType(type: LeaveType): AttendanceStatusCode {
  return LEAVE_STATUS[type]
}

const STATUS_LEAVE: Partial<Record<AttendanceStatusCode, LeaveType>> = {
  officialLeave: 'official',
  sickLeave: 'sick',
  personalLeave: 'personal',
}

/** 公假 → 因公, 病假 → 因病, 事假 → 因私; undefined for the other statuses. */
export function leaveTypeOfStatus(code: AttendanceStatusCode): LeaveType | undefined {
  return STATUS_LEAVE[code]
}
