import type { Period } from './period'

/**
 * Leave during a secondment (seed 000 附4 第六条(五)): "挂职锻炼为全脱产形式，因故请假需报挂职单位
 * 主要领导和带教责任人审批". A leave any part of which falls in the period of a placed student is
 * approved by them, not by the school; the approval names both.
 */
export const SECONDMENT_LEAVE_RULE = '挂职期间请假由挂职单位主要领导和带教责任人审批（附4 第六条(五)）'

export function secondmentLeaveApprover(
  period: Period | null,
  placement: { hostUnit: string; mentor: string } | null,
  leave: { from: string; to: string },
): string | null {
  if (!period || !placement) return null
  const from = leave.from.slice(0, 10)
  const to = leave.to.slice(0, 10)
  if (to < period.from || from > period.to) return null
  return `${placement.hostUnit}主要领导、带教责任人${placement.mentor}`
}
