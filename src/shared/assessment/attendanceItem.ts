import { hoursToNumber, type Hours } from '../plan/hours'

/**
 * The 学员考勤 item (附3 第八条) is computed from attendance and leave, never typed twice: the
 * item's points less the scheme's deduction per hour of 旷课, never below 0. Sessions nobody
 * called do not count (issue 11): the absent hours come from the register, which counts only
 * facts.
 */
export function attendancePoints(maxPoints: number, absentHours: Hours, deductionPerHour: number): number {
  const points = maxPoints - deductionPerHour * hoursToNumber(absentHours)
  // Two decimals at most: the register shows hours such as 17又1/7 as 17.14.
  return Math.max(0, Math.round(points * 100) / 100)
}
