import { describe, expect, it } from 'vitest'
import { read, utils, type CellObject } from 'xlsx'
import type { LeaveRequest } from '@shared/attendance/leaveRequest'
import { attendanceRegister } from '@shared/attendance/register'
import { resolveStatuses } from '@shared/attendance/status'
import { allowedLeaveHours } from '@shared/attendance/leaveLimit'
import { hoursOf } from '@shared/plan/hours'
import { newSessionDefaults } from '@shared/plan/session'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { classStudent } from '../../../../test/helpers/classStudent'
import { registerLines } from './registerLines'
import { REGISTER_HEADER, registerWorkbook } from './registerWorkbook'

const meta = { createdAt: '', deleted: false, _hlc: {}, _updated: '', classId: 'C' }
const session = (id: string, date: string, slot: 'morning' | 'afternoon', topic: string): SessionRecord => ({
  ...meta,
  ...newSessionDefaults(date, slot),
  id,
  topic,
  callState: 'called', // both roll calls completed: unmarked students were present
})
const sessions = [
  session('S1', '2025-09-08', 'morning', '开班式'),
  session('S2', '2025-09-08', 'afternoon', '专题一'),
]
const student = (n: number, name: string, idNumber: string, phone: string) =>
  classStudent(n, name, {
    groupName: '第一组',
    groupOrder: 1,
    unit: '区财政局',
    post: '科长',
    phone,
    idNumber,
  })
const students = [
  student(1, '张三', '11010519491231002X', '13812345678'),
  student(2, '=HYPERLINK("x")', '110105194912310037', ''),
]
const sick: LeaveRequest = {
  id: 'L1',
  enrollmentId: 'E1',
  type: 'sick',
  from: '2025-09-08T13:30',
  to: '2025-09-08T16:30',
  reason: '发热',
  approver: '王老师',
  status: 'approved',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: true,
  note: '',
}
const total = hoursOf(6)
const statuses = resolveStatuses()
const register = attendanceRegister({
  sessions,
  enrollmentIds: ['E1', 'E2'],
  totalHours: total,
  noLeaveClass: false,
  marks: [{ sessionId: 'S1', enrollmentId: 'E2', status: 'late', minutes: 15, note: '' }],
  requests: [sick],
})
const rowById = new Map(register.rows.map((r) => [r.enrollmentId, r]))
const lines = registerLines(students, rowById, sessions, statuses)

describe('registerLines', () => {
  it('writes each student’s counts and hours as text, with the exceptions listed', () => {
    expect(lines[0]).toMatchObject({
      name: '张三',
      attended: 1,
      sickLeave: '3',
      leaveUsed: '3',
      allowed: '0.86',
      remaining: '0',
      exceptions: ['2025年9月8日下午 病假（因病请假）'],
      sheetRemarks: '累计请假 3 学时，超过总学时的1/7（0.86 学时）',
    })
    expect(lines[0]!.remarks).toContain('超过总学时的1/7')
    expect(lines[0]!.withdraw).toBe(true)
    expect(lines[1]).toMatchObject({
      attended: 2,
      late: '1次/15分钟',
      exceptions: ['2025年9月8日上午 迟到15分钟'],
    })
  })
})

describe('registerWorkbook', () => {
  const bytes = registerWorkbook({
    className: '2025年秋季中青班',
    schoolName: '中共松江区委党校',
    totalHours: total,
    allowedHours: allowedLeaveHours(total),
    exportedAt: '2025-09-20 10:00',
    lines,
    rows: register.rows,
    sessions,
    sessionTotals: register.sessions,
    statuses,
  })
  const book = read(bytes, { type: 'array' })

  it('has the register, the detail and the rates, read back as written', () => {
    expect(book.SheetNames).toEqual(['考勤登记表', '考勤明细', '课程出勤率'])
    const rows = utils.sheet_to_json<unknown[]>(book.Sheets['考勤登记表']!, { header: 1, defval: null })
    expect(rows[0]![0]).toBe('2025年秋季中青班学员考勤登记表')
    expect(rows[2]).toEqual([...REGISTER_HEADER])
    expect(rows[3]!.slice(0, 9)).toEqual([
      1,
      1,
      '张三',
      '第一组',
      '区财政局 科长',
      '110105********002X',
      '13812345678',
      2,
      1,
    ])
    expect(rows[3]![12]).toBe(3)
    // 备注 carries facts only, as on paper; the screen's reminders are not exported (issue 11 point 3).
    expect(REGISTER_HEADER.at(-1)).toBe('备注')
    expect(rows[3]!.at(-1)).toBe('累计请假 3 学时，超过总学时的1/7（0.86 学时）')
    expect(rows.flat()).not.toContain(lines[0]!.remarks)
    const detail = utils.sheet_to_json<unknown[]>(book.Sheets['考勤明细']!, { header: 1, defval: null })
    // Every date with its year (issue 11 point 1): a workbook outlives the term it was made in.
    expect(detail[0]).toEqual(['座号', '姓名', '2025年9月8日上午', '2025年9月8日下午'])
    expect(detail[3]).toEqual([2, '\'=HYPERLINK("x")', '迟到15分钟', null])
    const rates = utils.sheet_to_json<unknown[]>(book.Sheets['课程出勤率']!, { header: 1, defval: null })
    expect(rates[1]).toEqual(['2025-09-08', '上午', '09:00-11:30', '开班式', 3, 2, 2, 100])
    expect(rates[2]!.slice(5)).toEqual([2, 1, 50])
  })

  it('masks ID numbers: an attendance register does not need them whole (issue 11)', () => {
    const ws = book.Sheets['考勤登记表']!
    const all = book.SheetNames.flatMap((n) =>
      utils.sheet_to_json<unknown[]>(book.Sheets[n]!, { header: 1, defval: null }).flat(),
    )
    for (const s of students) expect(all).not.toContain(s.idNumber)
    expect(ws['F5']).toMatchObject({ t: 's', v: '110105********0037' })
  })

  it('writes ID and phone numbers as text cells and neutralises formula-like text', () => {
    const ws = book.Sheets['考勤登记表']!
    expect(ws['F4']).toMatchObject({ t: 's', v: '110105********002X' })
    expect(ws['G4']).toMatchObject({ t: 's', v: '13812345678' })
    expect(ws['C5']).toMatchObject({ t: 's', v: '\'=HYPERLINK("x")' })
    expect((ws['C5'] as CellObject).f).toBeUndefined()
  })
})
