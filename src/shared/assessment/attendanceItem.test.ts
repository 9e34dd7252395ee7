import { describe, expect, it } from 'vitest'
import { hoursOf } from '../plan/hours'
import { attendancePoints } from './attendanceItem'

// 附3 第八条 学员考勤, computed from attendance: the scheme's points less its deduction per hour of 旷课.
describe('attendancePoints', () => {
  it.each([
    [10, hoursOf(0), 1, 10],
    [10, hoursOf(3), 1, 7],
    [10, hoursOf(3), 0.5, 8.5],
    [10, hoursOf(120, 7), 1, 0], // 17又1/7 hours absent: never below 0
    [10, hoursOf(8, 7), 1, 8.86], // 1又1/7 hours
  ])('%d points, %o hours absent, %d per hour → %d', (max, absent, per, points) => {
    expect(attendancePoints(max, absent, per)).toBe(points)
  })
})
