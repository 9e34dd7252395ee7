import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { newSessionDefaults } from '@shared/plan/session'
import { openData, type DataAccess } from '../core/openData'
import { sessionFieldsOf } from './sessionRepository'
import { ValidationError } from '@shared/validationError'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`session-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const C = 'CLASS1'
const morning = (date: string, topic: string) => ({ ...newSessionDefaults(date, 'morning'), topic })
const afternoon = (date: string, topic: string) => ({ ...newSessionDefaults(date, 'afternoon'), topic })

describe('SessionRepository', () => {
  it('validates with the shared schema and lists a class in plan order', async () => {
    const { sessions } = await fresh()
    await sessions.createSession(C, afternoon('2025-09-08', '专题二'))
    await sessions.createSession(C, morning('2025-09-09', '专题三'))
    await sessions.createSession(C, morning('2025-09-08', '  开班式  '))
    await sessions.createSession('OTHER', morning('2025-09-01', '别的班'))
    const list = await sessions.listByClass(C)
    expect(list.map((s) => s.topic)).toEqual(['开班式', '专题二', '专题三'])
    await expect(sessions.createSession(C, morning('2025-09-10', ''))).rejects.toThrow('请填写课程内容')
    await expect(
      sessions.createSession(C, { ...morning('2025-09-10', 'x'), start: '11:00', end: '10:00' }),
    ).rejects.toThrow('结束时间应晚于开始时间')
  })

  it('imports many sessions in one transaction: one bad session writes none', async () => {
    const { sessions } = await fresh()
    await expect(
      sessions.createMany(C, [morning('2025-09-08', '甲'), { ...morning('2025-09-08', '乙'), hours: -1 }]),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await sessions.listByClass(C)).toEqual([])
    const made = await sessions.createMany(C, [morning('2025-09-08', '甲'), afternoon('2025-09-08', '乙')])
    expect(made).toHaveLength(2)
    expect((await sessions.listByClass(C)).map((s) => s.classId)).toEqual([C, C])
  })

  it('copies a day with its slots, times and teachers, but not its head counts', async () => {
    const { sessions } = await fresh()
    const a = await sessions.createSession(C, {
      ...morning('2025-09-15', '现场教学'),
      form: 'fieldTeaching',
      teacher: '刘处长',
    })
    await sessions.createSession(C, afternoon('2025-09-15', '小组讨论'))
    await sessions.recordHeadCount(a.id, 'departure', {
      expected: 40,
      counted: 40,
      at: '2025-09-15T08:30',
      missing: [],
      note: '',
    })
    const copies = await sessions.copyDay(C, '2025-09-15', '2025-09-22')
    expect(copies.map((s) => [s.date, s.slot, s.start, s.topic, s.teacher])).toEqual([
      ['2025-09-22', 'morning', '09:00', '现场教学', '刘处长'],
      ['2025-09-22', 'afternoon', '13:30', '小组讨论', ''],
    ])
    expect(copies[0]!.departureCount).toBeUndefined()
    expect((await sessions.get(a.id))?.departureCount?.counted).toBe(40)
    await expect(sessions.copyDay(C, '2025-09-16', '2025-09-23')).rejects.toThrow('没有课程可复制')
    await expect(sessions.copyDay(C, '2025-09-15', '2025-09-15')).rejects.toThrow('目标日期与原日期相同')
  })

  it('records and clears head counts as separate fields', async () => {
    const { sessions } = await fresh()
    const s = await sessions.createSession(C, morning('2025-09-15', '外出考察'))
    const dep = await sessions.recordHeadCount(s.id, 'departure', {
      expected: 40,
      counted: 39,
      at: '2025-09-15T08:30',
      missing: ['E7'],
      note: '病假一人',
    })
    const ret = await sessions.recordHeadCount(s.id, 'return', {
      expected: 39,
      counted: 39,
      at: '2025-09-15T16:40',
      missing: [],
      note: '',
    })
    expect(ret._hlc.departureCount).toBe(dep._hlc.departureCount)
    expect(ret.returnCount?.counted).toBe(39)
    await expect(
      sessions.recordHeadCount(s.id, 'return', {
        expected: 39,
        counted: -1,
        at: '2025-09-15T16:40',
        missing: [],
        note: '',
      }),
    ).rejects.toThrow('清点人数应为非负整数')
    expect((await sessions.clearHeadCount(s.id, 'return')).returnCount).toBeNull()
  })

  // Issue 11: a session is 未点名 until called; 完成点名 records who and when, and can be undone.
  it('completes and reopens a roll call, stamping only the call fields', async () => {
    const { sessions } = await fresh()
    const s = await sessions.createSession(C, morning('2025-09-09', '党章党规党纪专题'))
    expect(s.callState).toBeUndefined()
    await expect(sessions.completeCall(s.id, '  ', '2025-09-09T11:40')).rejects.toThrow('当前使用人')
    const done = await sessions.completeCall(s.id, ' 王老师 ', '2025-09-09T11:40')
    expect([done.callState, done.calledBy, done.calledAt]).toEqual(['called', '王老师', '2025-09-09T11:40'])
    expect(done._hlc.callState).toBe(done._updated)
    expect(done._hlc.calledBy).toBe(done._updated)
    expect(done._hlc.topic).toBe(s._hlc.topic)
    // Editing the session's plan fields leaves its call alone.
    const edited = await sessions.updateSession(s.id, { ...sessionFieldsOf(done), topic: '党章专题' })
    expect(edited.callState).toBe('called')
    const reopened = await sessions.reopenCall(s.id)
    expect([reopened.callState, reopened.calledBy, reopened.calledAt]).toEqual(['calling', null, null])
    // A copied day is a new set of sessions, not yet called.
    const [copy] = await sessions.copyDay(C, '2025-09-09', '2025-09-16')
    expect(copy!.callState).toBeUndefined()
  })
})
