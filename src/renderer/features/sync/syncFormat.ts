import {
  classStatusLabel,
  classTierLabel,
  classTypeLabel,
  type ClassStatus,
  type ClassTier,
  type ClassType,
} from '@shared/domain/trainingClass'
import { SESSION_CALL_STATE_LABELS, type SessionCallState } from '@shared/attendance/sessionCall'
import { DEFAULT_ATTENDANCE_STATUSES } from '@shared/attendance/status'
import {
  leaveRequestStatusLabel,
  leaveTypeLabel,
  type LeaveRequestStatus,
  type LeaveType,
} from '@shared/attendance/leaveRequest'
import { ROSTER_FIELD_LABELS, ROSTER_FIELD_SPECS, isPersonField, isRosterField } from '@shared/roster/fields'
import type { HlcString } from '@shared/sync/hlc'
import { stampTime } from '@shared/sync/record'
import { formatDateTime } from '../../ui/dates'

/** How the sync screens word stamps, offices, fields and values. */

/** A stamp's wall time, e.g. 2025-11-20 08:30; values written before stamps existed have none. */
export function stampDateTime(stamp: HlcString): string {
  return stamp === '' ? '时间不详' : formatDateTime(stampTime(stamp))
}

/** The office that wrote a stamp: this PC, an office known from imported files, or its id. */
export function stampOffice(
  stamp: HlcString,
  names: Readonly<Record<string, string>>,
  self: { id: string; name: string },
): string {
  if (stamp === '') return '未知'
  const replica = stamp.slice(23)
  if (replica === self.id) return `${self.name}（本机）`
  return names[replica] ?? `其他电脑（${replica.slice(-6)}）`
}

/** Field names in the user's words; fields of areas added later show their code name until listed here. */
const FIELD_LABELS: Record<string, string> = {
  deleted: '回收站状态',
  name: '名称',
  type: '类型',
  tier: '班级层次',
  status: '状态',
  startDate: '开班日期',
  endDate: '结业日期',
  totalHours: '总学时',
  residential: '是否住宿',
  noLeave: '原则上不准请假',
  headTeachers: '班主任 / 组织员',
  note: '备注',
  groupId: '小组',
  partyGroupId: '党小组',
  roles: '职务分工',
  dormRoom: '宿舍',
  date: '日期',
  title: '标题',
  topic: '专题',
  teacher: '授课人',
  reason: '事由',
  approver: '批准人',
  from: '开始时间',
  to: '结束时间',
  dueDate: '完成期限',
  done: '完成情况',
  assignee: '负责人',
  minutes: '分钟数',
  bytes: '文件内容',
  mimeType: '文件类型',
  kind: '类别',
  at: '时间',
  place: '地点',
  form: '教学形式',
  hours: '学时',
  slot: '时段',
  start: '开始时间',
  end: '结束时间',
  returnedAt: '销假时间',
  sessionId: '课程',
  enrollmentId: '学员',
  personId: '学员',
  classId: '班次',
  callState: '点名状态',
  calledBy: '点名人',
  calledAt: '完成点名时间',
}

/** Party-spirit ledger fields (issue 14), whose code names would mean nothing in 冲突记录. */
const LEDGER_FIELD_LABELS: Record<string, string> = {
  survey: '民主测评得分',
  democratic: '民主评议结果',
  item: '项目',
  amount: '数量',
  review: '支部审核',
  returnReason: '退回原因',
  staffNo: '学号/工号',
  partyPost: '党内职务',
  joinedOn: '入党日期',
  fullOn: '转正日期',
  schemeRecordId: '党性锻炼方案',
  reportedQuarters: '已上报的阶段性总结',
  year: '年度',
}

export function fieldLabel(table: string, field: string): string {
  if (table.startsWith('ledger') && LEDGER_FIELD_LABELS[field]) return LEDGER_FIELD_LABELS[field]
  // The roster's own fields by their names in fields.ts: the person's, and the enrollment's seat and note.
  if (table === 'people' && isPersonField(field)) return ROSTER_FIELD_LABELS[field]
  if (table === 'enrollments' && isRosterField(field) && ROSTER_FIELD_SPECS[field].importsTo === 'enrollment')
    return ROSTER_FIELD_LABELS[field]
  if (field === 'status' && table === 'attendance') return '考勤状态'
  if (field === 'type' && table === 'leaveRequests') return '请假类别'
  return FIELD_LABELS[field] ?? field
}

const EMPTY = '（空）'

/** A stored value as text for the conflict log. */
export function formatFieldValue(table: string, field: string, value: unknown): string {
  if (field === 'deleted') return value === true ? '已删除（在回收站）' : '未删除'
  if (value === undefined || value === null || value === '') return EMPTY
  if (value instanceof Uint8Array) return `（文件，${formatSize(value.byteLength)}）`
  if (table === 'classes' && typeof value === 'string') {
    if (field === 'type') return classTypeLabel(value as ClassType)
    if (field === 'tier') return classTierLabel(value as ClassTier)
    if (field === 'status') return classStatusLabel(value as ClassStatus)
  }
  if (table === 'attendance' && field === 'status' && typeof value === 'string')
    return DEFAULT_ATTENDANCE_STATUSES.find((st) => st.code === value)?.label ?? value
  if (table === 'sessions' && field === 'callState' && typeof value === 'string')
    return SESSION_CALL_STATE_LABELS[value as SessionCallState] ?? value
  if (table === 'leaveRequests' && typeof value === 'string') {
    if (field === 'type') return leaveTypeLabel(value as LeaveType)
    if (field === 'status') return leaveRequestStatusLabel(value as LeaveRequestStatus)
  }
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map((v) => String(v)).join('、')
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value) ?? EMPTY
}

/** What a record is, in a few words: its name or title, else the end of its id. */
export function recordLabel(row: Record<string, unknown> | undefined, recordId: string): string {
  for (const key of ['name', 'title', 'topic', 'label']) {
    const v = row?.[key]
    if (typeof v === 'string' && v.trim() !== '') return v
  }
  return `记录 …${recordId.slice(-6)}`
}

/** File sizes as 1.2 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** The last part of a path, whichever separator it uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
