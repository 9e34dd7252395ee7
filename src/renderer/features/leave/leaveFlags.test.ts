import { describe, expect, it } from 'vitest'
import type { LeaveFlag } from '@shared/attendance/leaveLimit'
import { groupedFlags } from './leaveFlags'

const overdue = (requestId: string): LeaveFlag => ({
  code: 'returnOverdue',
  severity: 'warning',
  message: '请假已到期，尚未向班主任销假',
  requestId,
})

describe('groupedFlags', () => {
  it('says a reminder about several requests once, with how many', () => {
    const over: LeaveFlag = { code: 'overLimit', severity: 'withdraw', message: '超过总学时的1/7' }
    expect(groupedFlags([over, overdue('a'), overdue('b'), overdue('c')])).toEqual([
      over,
      { ...overdue('a'), message: '请假已到期，尚未向班主任销假（3 张请假单）' },
    ])
  })

  it('keeps different reminders and single ones as they are', () => {
    const cert: LeaveFlag = {
      code: 'missingDocuments',
      severity: 'warning',
      message: '因病请假须持相关医院证明，尚未登记',
      requestId: 'b',
    }
    expect(groupedFlags([overdue('a'), cert])).toEqual([overdue('a'), cert])
    expect(groupedFlags([])).toEqual([])
  })
})
