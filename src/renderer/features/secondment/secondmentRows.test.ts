import { describe, expect, it } from 'vitest'
import { secondmentRows } from './secondmentRows'
import type { ClassStudent } from '../../db/roster/classStudents'
import type { AttendanceMarkRecord, SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassSecondment } from '../../db/secondment/secondmentHooks'

const student = (enrollmentId: string, name: string) => ({ enrollmentId, name }) as ClassStudent
const meeting = (date: string, called: boolean) =>
  ({ id: `C:secondment-meeting:${date}`, date, callState: called ? 'called' : 'open' }) as SessionRecord
const mark = (sessionId: string, enrollmentId: string, status: AttendanceMarkRecord['status']) =>
  ({ sessionId, enrollmentId, status }) as AttendanceMarkRecord
const data = {
  schedule: { deploymentDate: '2025-09-15', skippedFridays: [] },
  placements: [{ enrollmentId: 'E1' }, { enrollmentId: 'E2' }],
  work: [],
  talks: [{ enrollmentId: 'E1' }, { enrollmentId: 'E1' }],
  appraisals: [],
} as unknown as ClassSecondment

// Seed 000 附4 第八条(四): 每周五参加挂职座谈会 — attendance taken in the plan like any session.
describe('secondmentRows', () => {
  it('counts meetings with a complete roll call; leave or absence is not attendance, late is', () => {
    const { period, rows } = secondmentRows({
      classId: 'C',
      students: [student('E1', '姜敏'), student('E2', '魏燕')],
      data,
      sessions: [
        meeting('2025-09-19', true),
        meeting('2025-09-26', true),
        meeting('2025-10-10', false),
        { id: 'S-lecture', date: '2025-09-19', callState: 'called' } as SessionRecord,
      ],
      marks: [
        mark('C:secondment-meeting:2025-09-19', 'E1', 'late'),
        mark('C:secondment-meeting:2025-09-26', 'E2', 'personalLeave'),
        mark('S-lecture', 'E1', 'absent'),
      ],
      today: '2025-10-20',
    })
    expect(period).toEqual({ from: '2025-09-15', to: '2025-10-14' })
    expect(rows.map((r) => [r.student.name, r.meetingsAttended, r.meetingsCalled, r.talks.length])).toEqual([
      ['姜敏', 2, 2, 2],
      ['魏燕', 1, 2, 0],
    ])
    expect(rows[1]!.progress!.missing).toContain('缺席座谈会 1 次')
    expect(rows[0]!.progress!.missing).not.toContain('谈心谈话 2/2 次')
  })
})
