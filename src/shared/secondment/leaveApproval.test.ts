import { describe, expect, it } from 'vitest'
import { secondmentLeaveApprover } from './leaveApproval'

// Seed 000 附4 第六条(五): 因故请假需报挂职单位主要领导和带教责任人审批.
describe('secondmentLeaveApprover', () => {
  const period = { from: '2025-09-15', to: '2025-10-14' }
  const placement = { hostUnit: '方松街道', mentor: '张华' }
  it.each([
    ['2025-09-19T13:30', '2025-09-19T16:30', '方松街道主要领导、带教责任人张华'],
    ['2025-09-12T09:00', '2025-09-15T11:30', '方松街道主要领导、带教责任人张华'], // ends on the first day
    ['2025-10-14T13:30', '2025-10-16T16:30', '方松街道主要领导、带教责任人张华'], // starts on the last day
    ['2025-09-10T09:00', '2025-09-12T16:30', null], // before the period: the school approves
    ['2025-10-15T09:00', '2025-10-15T11:30', null],
  ])('%s – %s → %s', (from, to, approver) => {
    expect(secondmentLeaveApprover(period, placement, { from, to })).toBe(approver)
  })
  it('no placement, no secondment approval', () => {
    expect(
      secondmentLeaveApprover(period, null, { from: '2025-09-19T13:30', to: '2025-09-19T16:30' }),
    ).toBeNull()
  })
})
