import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { attendanceMarkId } from '@shared/attendance/mark'
import { compareHlc } from '@shared/sync/hlc'
import { listClassStudents } from '../roster/classStudents'
import { openData, type DataAccess } from '../core/openData'
import { emptyPerson, newEnrollment } from '../roster/rosterBuilders'
import type { EnrollmentFields, GroupFields, PersonFields } from '../roster/rosterRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`attendance-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

const C = 'CLASS1'
const mark = (sessionId: string, enrollmentId: string) => ({ sessionId, enrollmentId })

describe('SyncedRepository.put (upsert by a deterministic id)', () => {
  it('creates the record under the given id with every field stamped once', async () => {
    const { attendance } = await fresh()
    const r = await attendance.put('S1:E1', {
      ...mark('S1', 'E1'),
      classId: C,
      status: 'late',
      minutes: 5,
      note: '',
    })
    expect(r.id).toBe('S1:E1')
    expect(new Set(Object.values(r._hlc))).toEqual(new Set([r._updated]))
    expect((await attendance.get('S1:E1'))?.status).toBe('late')
  })

  it('updates only the fields that differ, and brings a deleted record back', async () => {
    const { attendance, db } = await fresh()
    const first = await attendance.put('S1:E1', {
      ...mark('S1', 'E1'),
      classId: C,
      status: 'late',
      minutes: 5,
      note: '',
    })
    const same = await attendance.put('S1:E1', {
      ...mark('S1', 'E1'),
      classId: C,
      status: 'late',
      minutes: 5,
      note: '',
    })
    expect(same._updated).toBe(first._updated)
    await attendance.softDelete('S1:E1')
    const back = await attendance.put('S1:E1', {
      ...mark('S1', 'E1'),
      classId: C,
      status: 'absent',
      minutes: null,
      note: '',
    })
    expect(back.deleted).toBe(false)
    expect(back.status).toBe('absent')
    expect(compareHlc(back._hlc.status!, first._hlc.status!)).toBe(1)
    expect(back._hlc.classId).toBe(first._hlc.classId)
    expect(await db.attendance.count()).toBe(1)
  })
})

describe('AttendanceRepository', () => {
  it('stores a mark under session + enrollment and lists it by class and session', async () => {
    const { attendance } = await fresh()
    const r = await attendance.setMark(C, {
      ...mark('S1', 'E1'),
      status: 'leftEarly',
      minutes: 20,
      note: '身体不适',
    })
    expect(r?.id).toBe(attendanceMarkId('S1', 'E1'))
    await attendance.setMark('OTHER', { ...mark('S9', 'E9'), status: 'absent' })
    expect((await attendance.listByClass(C)).map((m) => m.id)).toEqual(['S1:E1'])
    expect((await attendance.listBySession('S1')).map((m) => m.status)).toEqual(['leftEarly'])
  })

  it('clears a mark as a tombstone; clearing an unmarked cell writes nothing', async () => {
    const { attendance, db } = await fresh()
    await attendance.setMark(C, { ...mark('S1', 'E1'), status: 'absent' })
    expect(await attendance.setMark(C, { ...mark('S1', 'E2'), status: null })).toBeNull()
    const cleared = await attendance.setMark(C, { ...mark('S1', 'E1'), status: null })
    expect(cleared?.deleted).toBe(true)
    expect(await attendance.listByClass(C)).toEqual([])
    expect(await db.attendance.count()).toBe(1)
  })

  it('refuses minutes on statuses that take none, and writes none of a batch with one bad change', async () => {
    const { attendance, db } = await fresh()
    await expect(
      attendance.setMark(C, { ...mark('S1', 'E1'), status: 'absent', minutes: 10 }),
    ).rejects.toThrow('只有迟到、早退需要填写分钟数')
    await expect(
      attendance.setMarks(C, [
        { ...mark('S1', 'E1'), status: 'absent' },
        { ...mark('S1', 'E2'), status: 'late', minutes: 0 },
      ]),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.attendance.count()).toBe(0)
  })

  it('writes a tick-back sheet in one transaction', async () => {
    const { attendance } = await fresh()
    const out = await attendance.setMarks(C, [
      { ...mark('S1', 'E1'), status: 'absent' },
      { ...mark('S1', 'E2'), status: 'sickLeave', note: '发热' },
      { ...mark('S1', 'E3'), status: null },
    ])
    expect(out.map((r) => r?.status ?? null)).toEqual(['absent', 'sickLeave', null])
    expect((await attendance.listBySession('S1')).length).toBe(2)
  })
})

describe('listClassStudents', () => {
  const person = (name: string, extra: Partial<PersonFields> = {}): PersonFields => ({
    ...emptyPerson(name),
    ...extra,
  })
  const enrollment = (
    personId: string,
    seat: number | null,
    extra: Partial<EnrollmentFields> = {},
  ): EnrollmentFields => ({
    ...newEnrollment(C, personId),
    seat,
    ...extra,
  })

  it('joins people and groups, orders by seat, and leaves out withdrawn and deleted enrollments', async () => {
    const data = await fresh()
    const people = new SyncedRepository<PersonFields>(data.db, data.db.people, data.replica)
    const enrollments = new SyncedRepository<EnrollmentFields>(data.db, data.db.enrollments, data.replica)
    const groups = new SyncedRepository<GroupFields>(data.db, data.db.groups, data.replica)
    const g = await groups.create({
      classId: C,
      kind: 'discussion',
      name: '第一组',
      order: 1,
      leaderEnrollmentId: null,
    })
    const zhang = await people.create(person('张三', { unit: '区财政局', post: '科长' }))
    const li = await people.create(person('李四'))
    const wang = await people.create(person('王五'))
    const zhao = await people.create(person('赵六'))
    await enrollments.create(enrollment(zhang.id, 2, { groupId: g.id }))
    await enrollments.create(enrollment(li.id, 1))
    await enrollments.create(enrollment(wang.id, 3, { status: 'withdrawn' }))
    const gone = await enrollments.create(enrollment(zhao.id, 4))
    await enrollments.softDelete(gone.id)
    await enrollments.create({ ...enrollment(zhao.id, 1), classId: 'OTHER' })

    const list = await listClassStudents(data, C)
    expect(list.map((s) => [s.seat, s.name, s.groupName])).toEqual([
      [1, '李四', ''],
      [2, '张三', '第一组'],
    ])
    expect(list[1]).toMatchObject({ unit: '区财政局', post: '科长', groupOrder: 1 })
  })
})
