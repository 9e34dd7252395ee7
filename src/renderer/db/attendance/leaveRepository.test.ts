import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { LeaveRequestFields } from '@shared/attendance/leaveRequest'
import { openData, type DataAccess } from '../core/openData'
import { ValidationError } from '@shared/validationError'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`leave-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const C = 'CLASS1'
const request = (extra: Partial<LeaveRequestFields> = {}): LeaveRequestFields => ({
  enrollmentId: 'E1',
  type: 'personal',
  from: '2025-09-09T09:00',
  to: '2025-09-09T11:30',
  reason: '  家中有事  ',
  approver: '',
  status: 'pending',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: false,
  note: '',
  ...extra,
})

describe('LeaveRepository', () => {
  it('stores a request with trimmed text and lists a class by start', async () => {
    const { leaveRequests } = await fresh()
    await leaveRequests.createRequest(C, request({ from: '2025-09-10T09:00', to: '2025-09-10T11:30' }))
    const first = await leaveRequests.createRequest(C, request())
    await leaveRequests.createRequest('OTHER', request())
    expect(first.reason).toBe('家中有事')
    expect((await leaveRequests.listByClass(C)).map((r) => r.from)).toEqual([
      '2025-09-09T09:00',
      '2025-09-10T09:00',
    ])
  })

  it('refuses what the shared rules refuse, every reason in Chinese', async () => {
    const { leaveRequests } = await fresh()
    const bad = leaveRequests.createRequest(
      C,
      request({ enrollmentId: '', to: '2025-09-09T08:00', reason: ' ', status: 'approved' }),
    )
    await expect(bad).rejects.toBeInstanceOf(ValidationError)
    await expect(bad).rejects.toThrow(
      '请选择学员；请假结束时间应晚于开始时间；请填写请假事由；已批准的请假须填写审批人',
    )
  })

  it('approves, rejects and records 销假 on the stored request', async () => {
    const { leaveRequests } = await fresh()
    const r = await leaveRequests.createRequest(C, request({ type: 'sick' }))
    await expect(leaveRequests.decide(r.id, 'approved', ' ')).rejects.toThrow('已批准的请假须填写审批人')
    const approved = await leaveRequests.decide(r.id, 'approved', '班主任 王老师')
    expect(approved).toMatchObject({ status: 'approved', approver: '班主任 王老师' })
    await expect(leaveRequests.recordReturn(r.id, '2025-09-09T08:00')).rejects.toThrow(
      '销假时间不能早于请假开始时间',
    )
    const back = await leaveRequests.recordReturn(r.id, '2025-09-09T11:00')
    expect(back).toMatchObject({ status: 'returned', returnedAt: '2025-09-09T11:00' })
    const other = await leaveRequests.createRequest(C, request())
    expect((await leaveRequests.decide(other.id, 'rejected', '王老师')).status).toBe('rejected')
  })
})
