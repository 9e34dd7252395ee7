import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openData, type DataAccess } from '../core/openData'
import { meetingSessionId } from './placementRepository'
import { ValidationError } from '@shared/validationError'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`secondment-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const C = 'CLASS1'

describe('SecondmentRepository.generateMeetings (附4 第六条(四))', () => {
  it('writes the Friday meetings into the plan once, keeping edits, skipping marked Fridays', async () => {
    const { secondments, sessions } = await fresh()
    await secondments.setSchedule(C, '2026-03-30', ['2026-04-17'])
    expect(await secondments.generateMeetings(C)).toBe(3)
    const plan = await sessions.listByClass(C)
    expect(plan.map((s) => [s.date, s.topic, s.form])).toEqual([
      ['2026-04-03', '挂职座谈会（第1周·小组交流）', 'groupDiscussion'],
      ['2026-04-10', '挂职座谈会（第2周·班级交流）', 'studentForum'],
      ['2026-04-24', '挂职座谈会（第4周·班级交流）', 'studentForum'],
    ])
    await sessions.updateSession(meetingSessionId(C, '2026-04-10'), {
      ...plan[1]!,
      place: '第二教室',
    })
    await secondments.generateMeetings(C)
    const again = await sessions.listByClass(C)
    expect(again).toHaveLength(3)
    expect(again[1]!.place).toBe('第二教室')
  })

  it('refuses without a 部署会 date', async () => {
    const { secondments } = await fresh()
    await expect(secondments.generateMeetings(C)).rejects.toBeInstanceOf(ValidationError)
  })
})

describe('SecondmentWorkRepository', () => {
  it('counts the report characters itself and keeps the other documents', async () => {
    const { secondmentWork } = await fresh()
    await secondmentWork.setDocument(C, 'E1', 'plan', {
      text: '挂职计划 正文',
      fileName: '',
      submittedOn: '2026-04-01',
    })
    const r = await secondmentWork.setDocument(C, 'E1', 'report', {
      text: '建议：加强调研。',
      fileName: 'report.txt',
      submittedOn: '2026-04-28',
    })
    expect(r.report?.characters).toBe(8)
    expect(r.plan?.characters).toBe(6)
    await expect(secondmentWork.setLogDays(C, 'E1', -1)).rejects.toBeInstanceOf(ValidationError)
    expect((await secondmentWork.setLogDays(C, 'E1', 20)).logDays).toBe(20)
  })
})

describe('PlacementRepository.importRows', () => {
  it('one student, one placement: importing again updates in place', async () => {
    const { placements } = await fresh()
    const row = {
      row: 2,
      name: '姜敏',
      enrollmentId: 'E1',
      hostUnit: '方松街道',
      post: '',
      contact: '',
      mentor: '',
      dispatchingUnit: '',
      note: '',
    }
    await placements.importRows(C, [row])
    await placements.importRows(C, [{ ...row, hostUnit: '新浜镇' }])
    const list = await placements.listByClass(C)
    expect(list.map((p) => [p.id, p.hostUnit])).toEqual([['E1', '新浜镇']])
  })
})
