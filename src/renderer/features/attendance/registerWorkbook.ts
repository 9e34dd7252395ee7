import { utils, write } from 'xlsx'
import type { SessionAttendance, StudentRegisterRow } from '@shared/attendance/register'
import { statusOf, type AttendanceStatus } from '@shared/attendance/status'
import { SESSION_CALL_STATE_LABELS } from '@shared/attendance/sessionCall'
import { formatHours, type Hours } from '@shared/plan/hours'
import { slotLabel } from '@shared/plan/session'
import { exportSheet } from '@shared/roster/exportSafety'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import { idNumberFor } from '@shared/roster/idNumberUse'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { sessionSheetLabel } from '@shared/plan/sessionFormat'
import type { RegisterLine } from './registerLines'

/**
 * The 学员考勤登记表 as a workbook: the register (per student), the detail (students × sessions)
 * and the attendance rate per session. An attendance register does not need whole ID numbers: they
 * are masked like on paper (idNumberUse.ts), only telling namesakes apart. ID and phone numbers are
 * text cells; any text that could start a formula is neutralised (exportSafety.ts).
 */
export interface RegisterWorkbookInput {
  className: string
  schoolName: string
  totalHours: Hours
  allowedHours: Hours | null
  exportedAt: string
  lines: readonly RegisterLine[]
  rows: readonly StudentRegisterRow[]
  sessions: readonly SessionRecord[]
  sessionTotals: readonly SessionAttendance[]
  statuses: readonly AttendanceStatus[]
}

export const REGISTER_HEADER = [
  '序号',
  SCREEN_LABEL.seat,
  SCREEN_LABEL.name,
  '小组',
  '单位及职务',
  SCREEN_LABEL.idNumber,
  SCREEN_LABEL.phone,
  '已点名(次)',
  '出勤(次)',
  '迟到',
  '早退',
  '公假(学时)',
  '病假(学时)',
  '事假(学时)',
  '请假合计(学时)',
  '可请假(学时)',
  '剩余(学时)',
  '旷课(学时)',
  '超假(学时)',
  '备注',
] as const

/** Field per column, so exportCell knows which must be text. */
const FIELDS: (string | null)[] = [null, null, null, null, null, 'idNumber', 'phone']

type Value = string | number | null

export function registerWorkbook(input: RegisterWorkbookInput): Uint8Array<ArrayBuffer> {
  const book = utils.book_new()
  const title = `${input.className}学员考勤登记表`
  const limit = input.allowedHours
    ? `总学时 ${formatHours(input.totalHours)}，累计请假不得超过 ${formatHours(input.allowedHours)} 学时（总学时的1/7）`
    : '班次尚未确定总学时'
  const registerRows: Value[][] = [
    [title],
    [`${input.schoolName}\u3000${limit}\u3000导出时间 ${input.exportedAt}`],
    [...REGISTER_HEADER],
    ...input.lines.map((l) => [
      l.no,
      l.seat ? Number(l.seat) : null,
      l.name,
      l.group,
      l.unitAndPost,
      idNumberFor('attendanceRegister', l.idNumber),
      l.phone,
      l.sessions,
      l.attended,
      l.late,
      l.leftEarly,
      num(l.officialLeave),
      num(l.sickLeave),
      num(l.personalLeave),
      num(l.leaveUsed),
      num(l.allowed),
      num(l.remaining),
      num(l.absent),
      num(l.overstay),
      // Facts only, as on paper: the app's reminders (the screen's 提示) are not part of the record.
      l.sheetRemarks,
    ]),
  ]
  const register = exportSheet(registerRows, { fields: FIELDS })
  register['!merges'] = [utils.decode_range(`A1:${utils.encode_col(REGISTER_HEADER.length - 1)}1`)]
  register['!cols'] = REGISTER_HEADER.map((h) => ({
    wch: h === '单位及职务' || h === '备注' ? 30 : h === SCREEN_LABEL.idNumber ? 20 : 10,
  }))
  utils.book_append_sheet(book, register, '考勤登记表')

  const detailRows: Value[][] = [
    [SCREEN_LABEL.seat, SCREEN_LABEL.name, ...input.sessions.map(sessionSheetLabel)],
    ['', '课程', ...input.sessions.map((s) => s.topic)],
    ...input.lines.map((l, i) => {
      const row = input.rows[i]
      return [
        l.seat ? Number(l.seat) : null,
        l.name,
        ...(row?.cells ?? []).map((c) => {
          if (c.uncalled) return '未点名'
          if (c.status === 'present' && !c.marked) return null
          const s = statusOf(input.statuses, c.status).label
          return c.minutes ? `${s}${c.minutes}分钟` : s
        }),
      ]
    }),
  ]
  utils.book_append_sheet(book, exportSheet(detailRows), '考勤明细')

  const rateRows: Value[][] = [
    ['日期', '时段', '时间', '课程', '学时', '应到', '实到', '出勤率'],
    ...input.sessions.map((s, i) => {
      const t = input.sessionTotals[i]
      return [
        s.date,
        slotLabel(s.slot),
        `${s.start}-${s.end}`,
        s.topic,
        s.hours,
        t?.expected ?? null,
        // A session not called has no 实到 and no rate: it says which state it is in (issue 11).
        t && t.callState !== 'called' ? null : (t?.attended ?? null),
        t && t.callState !== 'called'
          ? SESSION_CALL_STATE_LABELS[t.callState]
          : t?.rate == null
            ? null
            : Math.round(t.rate * 1000) / 10,
      ]
    }),
  ]
  utils.book_append_sheet(book, exportSheet(rateRows), '课程出勤率')
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/** '17.14' → 17.14 for a number cell; '' → empty. */
function num(text: string): number | null {
  return text === '' || text === '—' ? null : Number(text)
}
