import { attendanceRegister } from '@shared/attendance/register'
import type { LeaveRequest } from '@shared/attendance/leaveRequest'
import { classAssessment } from '@shared/assessment/classAssessment'
import type { RegisterInput, RegisterPerson } from '@shared/assessment/registers'
import { DEFAULT_SCHEME } from '@shared/assessment/scheme'
import { hoursOf } from '@shared/plan/hours'
import { newSessionDefaults } from '@shared/plan/session'

/**
 * A small finalised class for the register tests (issue 13): three students, two sessions called,
 * one exam with an absentee who passed the make-up and a student who failed it; one sick leave.
 * Built with the app's own pure rules (attendanceRegister, classAssessment), never by hand.
 */
export const REGISTER_PEOPLE: RegisterPerson[] = [
  {
    enrollmentId: 'E1',
    seat: 1,
    name: '张三',
    gender: '男',
    unit: '区财政局',
    post: '科长',
    idNumber: '11010519491231002X',
    groupName: '第一组',
  },
  {
    enrollmentId: 'E2',
    seat: 2,
    name: '=HYPERLINK("x")',
    gender: '女',
    unit: '区教育局',
    post: '副科长',
    idNumber: '110105194912310037',
    groupName: '第一组',
  },
  {
    enrollmentId: 'E3',
    seat: 3,
    name: '李四',
    gender: '男',
    unit: '区卫健委',
    post: '',
    idNumber: '',
    groupName: '第二组',
  },
]

export function registerInput(): RegisterInput {
  const meta = { createdAt: '', deleted: false, _hlc: {}, _updated: '', classId: 'C' }
  const sessions = [
    {
      ...meta,
      ...newSessionDefaults('2026-03-02', 'morning'),
      id: 'S1',
      topic: '开班式',
      callState: 'called' as const,
    },
    {
      ...meta,
      ...newSessionDefaults('2026-03-02', 'afternoon'),
      id: 'S2',
      topic: '专题一',
      callState: 'called' as const,
    },
  ]
  const sick: LeaveRequest = {
    id: 'L1',
    enrollmentId: 'E3',
    type: 'sick',
    from: '2026-03-02T13:30',
    to: '2026-03-02T16:30',
    reason: '发热',
    approver: '王老师',
    status: 'approved',
    returnedAt: null,
    unitRequestNoted: false,
    hospitalCertificateNoted: true,
    note: '',
  }
  const register = attendanceRegister({
    sessions,
    enrollmentIds: REGISTER_PEOPLE.map((p) => p.enrollmentId),
    totalHours: hoursOf(60),
    noLeaveClass: false,
    marks: [{ sessionId: 'S1', enrollmentId: 'E2', status: 'late', minutes: 10, note: '' }],
    requests: [sick],
  })
  const scheme = {
    ...DEFAULT_SCHEME,
    quantitative: DEFAULT_SCHEME.quantitative.map((i) => ({ ...i, maxPoints: 10 })),
  }
  const attendance = new Map(register.rows.map((r) => [r.enrollmentId, r]))
  const summary = classAssessment({
    scheme,
    students: REGISTER_PEOPLE.map((p) => ({ enrollmentId: p.enrollmentId, name: p.name })),
    entries: REGISTER_PEOPLE.flatMap((p, i) =>
      scheme.quantitative
        .filter((q) => q.code !== 'attendance')
        .map((q) => ({ enrollmentId: p.enrollmentId, itemCode: q.code, points: 9 - i })),
    ),
    evaluations: [
      { enrollmentId: 'E1', source: 'expert', rating: 'excellent', comment: '' },
      { enrollmentId: 'E1', source: 'groupAppraisal', rating: null, comment: '学习认真，团结同志。' },
    ],
    exams: [{ id: 'X1', name: '结业考试', passMark: 60 }],
    scores: [
      { examId: 'X1', enrollmentId: 'E1', score: 92, absent: false, makeUpScore: null, makeUpAbsent: false },
      { examId: 'X1', enrollmentId: 'E2', score: null, absent: true, makeUpScore: 75, makeUpAbsent: false },
      { examId: 'X1', enrollmentId: 'E3', score: 50, absent: false, makeUpScore: 55, makeUpAbsent: false },
    ],
    grades: [
      { enrollmentId: 'E1', grade: 'excellent', reason: '', sanction: '' },
      { enrollmentId: 'E2', grade: 'pass', reason: '', sanction: '' },
      { enrollmentId: 'E3', grade: 'fail', reason: '', sanction: '' },
    ],
    attendance: new Map(
      register.rows.map((r) => [r.enrollmentId, { absentHours: r.absentHours, shouldWithdraw: false }]),
    ),
    breaches: new Map(),
    adjustment: null,
    finalised: true,
  })
  return {
    students: REGISTER_PEOPLE,
    assessment: summary,
    items: scheme.quantitative,
    attendance,
    certificates: [
      { enrollmentId: 'E1', number: '2026ZQ01-B001', voidedAt: '2026-07-04T10:00:00Z' },
      { enrollmentId: 'E1', number: '2026ZQ01-B003', voidedAt: null },
      { enrollmentId: 'E2', number: '2026ZQ01-B002', voidedAt: null },
    ],
  }
}
