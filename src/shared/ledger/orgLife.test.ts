import { describe, expect, it } from 'vitest'
import { readSeed } from '../../../test/helpers/readFixture'
import type { LeaveRequest } from '../attendance/leaveRequest'
import type { AttendanceMarkFields } from '../attendance/mark'
import type { RegisterSession } from '../attendance/register'
import type { AttendanceStatusCode } from '../attendance/status'
import { hoursOf } from '../plan/hours'
import { classOrgLife, isOrgLifeSession, orgLifeSummary, type OrgLifeSessionLike } from './orgLife'
import { LEDGER_TEMPLATES } from './scheme'
import { memberStanding } from './standing'

/*
 * Seed 004 办法二 第二条: "參加黨小組活動 … 定期過組織生活,除特殊情況以外,不得缺席";
 * seed 000 附2 第二十三条 3: "专题组织生活会 … 主体班要组织安排学员进行党性分析".
 */
const seed004 = readSeed('004_33ed6b773a80273d.txt')
const seed000 = readSeed('000_2fb966d90a3b6fa5.txt')

type S = RegisterSession & OrgLifeSessionLike
const session = (id: string, date: string, topic: string, form: string, called = true): S => ({
  id,
  date,
  start: '14:00',
  end: '16:00',
  hours: 2,
  topic,
  form,
  callState: called ? 'called' : null,
})

const sessions: S[] = [
  session('g1', '2026-03-03', '党小组会：交流个人党性锻炼计划', 'groupDiscussion'),
  session('g2', '2026-03-10', '专题组织生活会', 'other'),
  session('g3', '2026-03-17', '党性分析（专家点评）', 'partySpiritAnalysis'),
  session('g4', '2026-03-24', '党性分析交流', 'partySpiritAnalysis', false), // roll call not completed
  session('lec', '2026-03-03', '专题讲座：党的建设', 'lecture'), // not an org-life session
]

const mark = (
  enrollmentId: string,
  sessionId: string,
  status: AttendanceStatusCode,
): AttendanceMarkFields => ({
  enrollmentId,
  sessionId,
  status,
  minutes: null,
  note: '',
})

const sickLeave: LeaveRequest = {
  id: 'r1',
  enrollmentId: 'eC',
  type: 'sick',
  from: '2026-03-17T08:00',
  to: '2026-03-17T18:00',
  reason: '发烧',
  approver: '班主任',
  status: 'approved',
  returnedAt: null,
  unitRequestNoted: false,
  hospitalCertificateNoted: true,
  note: '',
}

const result = classOrgLife({
  sessions,
  students: ['A', 'B', 'C', 'D', 'E'].map((p) => ({ enrollmentId: `e${p}`, personId: p })),
  marks: [
    mark('eA', 'lec', 'absent'), // a lecture: not org life
    mark('eB', 'g2', 'absent'),
    mark('eB', 'g3', 'late'),
    mark('eC', 'g3', 'sickLeave'), // approved: 特殊情况
    mark('eD', 'g1', 'personalLeave'), // no request behind it: 缺席
    mark('eE', 'g1', 'absent'),
    mark('eE', 'g2', 'absent'),
    mark('eE', 'g3', 'absent'),
    mark('eA', 'g4', 'absent'), // g4 not called: marks there are facts but the session is not held yet
  ],
  requests: [sickLeave],
  totalHours: hoursOf(40),
  noLeaveClass: false,
})!

describe('党小组活动与组织生活 from the class’s roll call (004 办法二 第二条; 000 附2 第二十三条)', () => {
  it('quotes the seeds', () => {
    expect(seed004).toContain('定期過組織生活,除特殊情況以外,不得缺席')
    expect(seed000).toContain('专题组织生活会')
  })

  it.each([
    ['党性分析 by form', { topic: '专题学习', form: 'partySpiritAnalysis' }, true],
    ['党小组会 by topic', { topic: '第一党小组会', form: 'groupDiscussion' }, true],
    ['组织生活会 by topic', { topic: '专题组织生活会', form: 'other' }, true],
    ['a lecture', { topic: '专题讲座：党的建设', form: 'lecture' }, false],
    ['a group discussion not of the Party group', { topic: '小组讨论', form: 'groupDiscussion' }, false],
  ])('isOrgLifeSession: %s → %s', (_what, s, expected) => {
    expect(isOrgLifeSession(s)).toBe(expected)
  })

  it.each([
    // person, held, attended, excused, missed, state, summary
    ['A', 3, 3, 0, 0, 'met', '来自考勤：3 次中出席 3 次；另有 1 次未点名'],
    ['B', 3, 2, 0, 1, 'inProgress', '来自考勤：3 次中出席 2 次（缺席 1 次）；另有 1 次未点名'],
    ['C', 3, 2, 1, 0, 'met', '来自考勤：3 次中出席 2 次（请假 1 次）；另有 1 次未点名'],
    ['D', 3, 2, 0, 1, 'inProgress', '来自考勤：3 次中出席 2 次（缺席 1 次）；另有 1 次未点名'],
    ['E', 3, 0, 0, 3, 'missing', '来自考勤：3 次中出席 0 次（缺席 3 次）；另有 1 次未点名'],
  ])(
    'member %s: %d held, %d attended, %d excused, %d missed → %s',
    (p, held, att, exc, miss, state, text) => {
      const a = result.get(p)!
      expect(a).toMatchObject({ planned: 4, held, attended: att, excused: exc, missed: miss, state })
      expect(orgLifeSummary(a)).toBe(text)
    },
  )

  it('counts only sessions whose roll call was completed', () => {
    expect(result.get('A')!.sessions.map((s) => s.sessionId)).toEqual(['g1', 'g2', 'g3'])
  })

  it('no org-life session in the plan: none (the branch records the item by hand)', () => {
    expect(
      classOrgLife({
        sessions: [sessions[4]!],
        students: [{ enrollmentId: 'eA', personId: 'A' }],
        marks: [],
        requests: [],
        totalHours: hoursOf(40),
        noLeaveClass: false,
      }),
    ).toBeNull()
  })

  it('nothing called yet: no count, the item is missing', () => {
    const none = classOrgLife({
      sessions: sessions.map((s) => ({ ...s, callState: null })),
      students: [{ enrollmentId: 'eA', personId: 'A' }],
      marks: [],
      requests: [],
      totalHours: hoursOf(40),
      noLeaveClass: false,
    })!.get('A')!
    expect(none).toMatchObject({ held: 0, attended: 0, state: 'missing' })
    expect(orgLifeSummary(none)).toBe('来自考勤：4 次组织生活均未点名')
  })

  it('scheme 2’s standing takes the item from attendance and ignores entries typed for it', () => {
    const scheme2 = LEDGER_TEMPLATES[1]!
    expect(scheme2.items.find((i) => i.code === 'orgLife')?.rule).toBe('attendance')
    const typed = [
      { id: 'x', memberId: 'm', item: 'orgLife', date: '2026-03-01', amount: 1, review: 'verified' as const },
    ]
    const fromRollCall = memberStanding(scheme2, 'm', typed, 2026, '2026-03-31', result.get('E'))
    expect(fromRollCall.items.find((i) => i.code === 'orgLife')).toMatchObject({
      state: 'missing',
      entryIds: [],
      attendance: { attended: 0 },
    })
    // Without a roll-call source (a school's own branch) the typed entry meets it.
    const byHand = memberStanding(scheme2, 'm', typed, 2026, '2026-03-31', null)
    expect(byHand.items.find((i) => i.code === 'orgLife')).toMatchObject({ state: 'met', entryIds: ['x'] })
  })
})
