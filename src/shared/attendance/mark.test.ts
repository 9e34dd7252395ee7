import { describe, expect, it } from 'vitest'
import { attendanceMarkId, attendanceMarkInput } from './mark'

describe('attendance marks', () => {
  it('has one id per session and student, so two offices marking one cell merge (ARCHITECTURE.md)', () => {
    expect(attendanceMarkId('s1', 'e1')).toBe(attendanceMarkId('s1', 'e1'))
    expect(attendanceMarkId('s1', 'e1')).not.toBe(attendanceMarkId('s1', 'e2'))
  })

  const valid = { sessionId: 's1', enrollmentId: 'e1', status: 'late', minutes: 10, note: '' }
  it.each([
    [{}, null],
    [{ minutes: null }, null],
    [{ status: 'absent', minutes: null }, null],
    [{ status: 'absent' }, '只有迟到、早退需要填写分钟数'],
    [{ minutes: 0 }, '分钟数至少为 1'],
    [{ minutes: 2.5 }, '分钟数应为整数'],
    [{ status: 'sleeping' }, '请选择考勤状态'],
  ])('%o → %s', (patch, message) => {
    const r = attendanceMarkInput.safeParse({ ...valid, ...patch })
    if (message === null) expect(r.success).toBe(true)
    else expect(r.error?.issues.map((i) => i.message)).toContain(message)
  })
})
