import { describe, expect, it } from 'vitest'
import { hoursOf, ZERO_HOURS } from '../plan/hours'
import { leaveMeter, leaveStanding } from './leaveLimit'
import type { LeaveRequest } from './leaveRequest'
import { registerRemarks } from './registerRemarks'
import type { UnapprovedAbsenceResult } from './unapprovedAbsence'

const noIncidents: UnapprovedAbsenceResult = {
  incidents: [],
  hours: ZERO_HOURS,
  countedHours: ZERO_HOURS,
  level: 'none',
}
const total = hoursOf(63) // 1/7 = 9 学时

describe('registerRemarks (facts only, for the printed register)', () => {
  it.each([
    ['nothing below half the limit', 2, []],
    ['nothing at 50 % or 80 %: those are reminders', 8, []],
    ['the limit reached', 9, ['累计请假 9 学时，达到总学时的1/7']],
    ['the limit passed, without the verdict', 12, ['累计请假 12 学时，超过总学时的1/7（9 学时）']],
  ])('%s', (_what, used, remarks) => {
    expect(registerRemarks({ meter: leaveMeter(hoursOf(used), total), unapproved: noIncidents })).toEqual(
      remarks,
    )
  })

  it('counts recorded 擅自离校', () => {
    const unapproved: UnapprovedAbsenceResult = {
      ...noIncidents,
      incidents: [
        { kind: 'leftSchool', at: 1, note: '' },
        { kind: 'absent', sessionId: 'S1', at: 2, hours: hoursOf(3) },
        { kind: 'leftSchool', at: 3, note: '' },
      ],
      level: 'needsCriticism',
    }
    expect(registerRemarks({ meter: leaveMeter(ZERO_HOURS, total), unapproved })).toEqual(['擅自离校 2 次'])
  })

  it('leaves out every reminder the screen shows (请报学员工作科, 医院证明, 应作退学处理…)', () => {
    const sick: LeaveRequest = {
      id: 'L1',
      enrollmentId: 'E1',
      type: 'sick',
      from: '2025-09-08T09:00',
      to: '2025-09-12T17:00',
      reason: '发热',
      approver: '王老师',
      status: 'approved',
      returnedAt: null,
      unitRequestNoted: false,
      hospitalCertificateNoted: false,
      note: '',
    }
    const sessions = ['08', '09', '10', '11', '12'].flatMap((d) => [
      { id: `A${d}`, date: `2025-09-${d}`, start: '09:00', end: '11:30', hours: 3 },
      { id: `P${d}`, date: `2025-09-${d}`, start: '13:30', end: '16:30', hours: 3 },
    ])
    const standing = leaveStanding({
      sessions,
      totalHours: total,
      noLeaveClass: true,
      requests: [sick],
      marks: [],
      now: '2025-09-20T09:00',
    })
    expect(standing.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['overLimit', 'noLeaveClass', 'missingDocuments']),
    )
    const remarks = registerRemarks(standing).join('；')
    expect(remarks).toContain('超过总学时的1/7')
    for (const f of standing.flags) expect(remarks).not.toContain(f.message)
    for (const word of ['请报', '请提醒', '医院证明', '应作', '不能再批准', '尚未'])
      expect(remarks).not.toContain(word)
  })
})
