import { describe, expect, it } from 'vitest'
import type { LeaveType } from './leaveRequest'
import {
  countsAsAttended,
  DEFAULT_ATTENDANCE_STATUSES,
  leaveTypeOfStatus,
  resolveStatuses,
  statusForKey,
  statusForLeaveType,
  statusOf,
  statusSettingsProblems,
  takesMinutes,
  type AttendanceStatusCode,
} from './status'

describe('attendance statuses', () => {
  it.each([
    ['present', '出勤', '1', true, 'DOMAIN.md 考勤 statuses'],
    ['late', '迟到', '2', true, '000 附2 第十四条: 不迟到早退'],
    ['leftEarly', '早退', '3', true, '000 附2 第十四条: 不迟到早退'],
    ['officialLeave', '公假', '4', false, '000 附2 第九条 2: 因公请假'],
    ['sickLeave', '病假', '5', false, '000 附2 第九条 2: 因病请假'],
    ['personalLeave', '事假', '6', false, '000 附2 第九条 2: 因私请假'],
    ['absent', '旷课', '7', false, '000 附2 第九条 3(1): 未经请假'],
  ] as [AttendanceStatusCode, string, string, boolean, string][])(
    '%s is %s on key %s, attended %s (%s)',
    (code, label, key, attended) => {
      const list = resolveStatuses()
      expect(list.find((s) => s.code === code)?.label).toBe(label)
      expect(statusForKey(list, key)).toBe(code)
      expect(countsAsAttended(code)).toBe(attended)
    },
  )

  it('has unique keys and valid colours by default', () => {
    expect(statusSettingsProblems({})).toEqual([])
    expect(DEFAULT_ATTENDANCE_STATUSES).toHaveLength(7)
  })

  it.each([
    ['official', 'officialLeave'],
    ['sick', 'sickLeave'],
    ['personal', 'personalLeave'],
  ] as [LeaveType, AttendanceStatusCode][])('leave type %s ↔ status %s', (type, code) => {
    expect(statusForLeaveType(type)).toBe(code)
    expect(leaveTypeOfStatus(code)).toBe(type)
  })

  it('takes minutes only for late and left early', () => {
    expect(DEFAULT_ATTENDANCE_STATUSES.filter((s) => takesMinutes(s.code)).map((s) => s.code)).toEqual([
      'late',
      'leftEarly',
    ])
    expect(leaveTypeOfStatus('absent')).toBeUndefined()
  })
})

describe('a school’s own statuses', () => {
  it('lays labels, colours and keys over the defaults', () => {
    const list = resolveStatuses({
      late: { label: '迟 到', color: '#ff0000', keys: ['c', 'C'] },
      officialLeave: { hidden: true },
    })
    expect(list.find((s) => s.code === 'late')).toMatchObject({
      label: '迟 到',
      color: '#ff0000',
      short: '迟',
    })
    expect(statusForKey(list, 'c')).toBe('late')
    expect(statusForKey(list, '2')).toBeUndefined()
    expect(statusForKey(list, '4')).toBeUndefined() // hidden
  })

  it('looks a status up in a school’s list, or among the defaults', () => {
    expect(statusOf(resolveStatuses({ absent: { color: '#000000' } }), 'absent').color).toBe('#000000')
    expect(statusOf([], 'sickLeave').label).toBe('病假')
  })

  it('never hides 出勤 or 旷课', () => {
    const list = resolveStatuses({ present: { hidden: true }, absent: { hidden: true } })
    expect(list.filter((s) => s.hidden)).toEqual([])
  })

  it.each([
    [{ late: { keys: ['1'] } }, '快捷键“1”同时用于“出勤”和“迟到”'],
    [{ late: { keys: ['a'] }, absent: { keys: ['A'] } }, '快捷键“A”同时用于“迟到”和“旷课”'],
    [{ sickLeave: { label: '' } }, '“病假”的名称不能为空'],
    [{ sickLeave: { label: '事假' } }, '名称“事假”重复'],
    [{ absent: { color: 'red' } }, '“旷课”的颜色应为 #RRGGBB 格式'],
    [{ absent: { short: '旷课' } }, '“旷课”的简称应为一个字'],
  ])('refuses %o: %s', (settings, message) => {
    expect(statusSettingsProblems(settings)).toContain(message)
  })
})
