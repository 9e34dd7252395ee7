import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { PERSON_FIELDS } from '@shared/roster/fields'
import type { DataAccess } from '../core/openData'
import { emptyPerson } from './rosterBuilders'
import { isPurgedPerson, PURGED_PERSON_NAME } from './personPurge'
import {
  classInput,
  dumpSynced,
  exportBytes,
  importBytes,
  testOffices,
  OPENING_LECTURE,
} from '../../../../test/helpers/syncTestOffices'

// Issue 12 point 11: 彻底清除 blanks a deleted person's personal data as stamped edits that sync,
// keeping the tombstone so that an older file cannot bring the values back.

const offices = testOffices('person-purge')
afterEach(() => offices.closeAll())

const ID_NUMBER = '310117198503120016'
const PHONE = '13912345678'

/** Office A: a class, a student with personal data, a leave request, a mark and a discipline note. */
async function officeWithStudent() {
  const a = await offices.office('教务处')
  const cls = await a.classes.createClass(classInput('2025年春季中青班'))
  const person = await a.people.create({
    ...emptyPerson('张三'),
    idNumber: ID_NUMBER,
    phone: PHONE,
    birthDate: '1985-03-12',
    unit: '区卫健委',
    post: '科长',
    gender: '男',
    note: '糖尿病，需要按时用餐',
  })
  const enrollment = await a.enrollments.enrol(cls.id, person.id)
  await a.enrollments.updateEnrollment(enrollment.id, { dormRoom: '302', note: '家属联系电话 13800000000' })
  const session = await a.sessions.createSession(cls.id, { ...OPENING_LECTURE })
  await a.attendance.setMark(cls.id, {
    sessionId: session.id,
    enrollmentId: enrollment.id,
    status: 'late',
    minutes: 10,
    note: '去医院复查',
  })
  await a.leaveRequests.createRequest(cls.id, {
    enrollmentId: enrollment.id,
    type: 'sick',
    from: '2025-03-05T09:00',
    to: '2025-03-05T11:30',
    reason: '住院检查',
    approver: '',
    status: 'pending',
    returnedAt: null,
    unitRequestNoted: false,
    hospitalCertificateNoted: true,
    note: '医院证明已看',
  })
  await a.discipline.record({
    classId: cls.id,
    enrollmentId: enrollment.id,
    kind: 'criticism',
    at: '2025-03-05T10:00',
    note: '上课接打电话',
  })
  return { a, person, enrollment }
}

/** Every text of `data` joined: the personal values must appear nowhere. */
async function allText(data: DataAccess): Promise<string> {
  return JSON.stringify(await dumpSynced(data))
}

const PERSONAL_VALUES = [
  ID_NUMBER,
  PHONE,
  '1985-03-12',
  '区卫健委',
  '糖尿病',
  '302',
  '13800000000',
  '去医院复查',
  '住院检查',
  '医院证明已看',
  '上课接打电话',
  '张三',
]

async function expectPurged(data: DataAccess, personId: string) {
  const person = (await data.people.get(personId))!
  expect(person.deleted).toBe(true)
  expect(person.name).toBe(PURGED_PERSON_NAME)
  for (const field of PERSON_FIELDS) if (field !== 'name') expect(person[field] ?? '').toBe('')
  expect(isPurgedPerson(person)).toBe(true)
  const text = await allText(data)
  for (const value of PERSONAL_VALUES) expect(text).not.toContain(value)
}

describe('purgeDeletedPerson', () => {
  it('blanks the person and their text in every class, keeping the tombstone and what the class counts', async () => {
    const { a, person, enrollment } = await officeWithStudent()
    await a.people.softDelete(person.id)
    const deletedStamp = (await a.people.get(person.id))!._hlc.deleted
    offices.tick()
    const outcome = await a.rosterWrites.purgeDeletedPerson(person.id)
    expect(outcome).toEqual({ enrollments: 1, related: 3 })
    await expectPurged(a, person.id)
    const stored = (await a.people.get(person.id))!
    expect(stored._hlc.deleted).toBe(deletedStamp)
    expect(stored._hlc.idNumber! > deletedStamp!).toBe(true)
    // What the class adds up stays: the mark's status, the leave's type and times.
    const [mark] = await a.attendance.listWhere('enrollmentId', enrollment.id)
    expect(mark).toMatchObject({ status: 'late', minutes: 10, note: '' })
    const [leave] = await a.leaveRequests.listWhere('enrollmentId', enrollment.id)
    expect(leave).toMatchObject({ type: 'sick', from: '2025-03-05T09:00', reason: '', note: '' })
  })

  it('refuses a person who is not in the recycle bin, and changes nothing', async () => {
    const { a, person } = await officeWithStudent()
    const before = await dumpSynced(a)
    await expect(a.rosterWrites.purgeDeletedPerson(person.id)).rejects.toThrow(
      '“张三”不在回收站中：请先删除，再彻底清除',
    )
    await expect(a.rosterWrites.purgeDeletedPerson('NO-SUCH-PERSON')).rejects.toThrow('找不到这位学员')
    expect(await dumpSynced(a)).toEqual(before)
  })

  it('syncs, and an older file imported after the purge brings nothing back', async () => {
    const { a, person } = await officeWithStudent()
    const b = await offices.office('培训处')
    const oldFile = await exportBytes(a)
    await importBytes(b, oldFile)
    expect((await b.people.get(person.id))!.idNumber).toBe(ID_NUMBER)

    // B deletes and purges; A, which has not seen it, still holds the values with older stamps.
    offices.tick()
    await b.people.softDelete(person.id)
    offices.tick()
    await b.rosterWrites.purgeDeletedPerson(person.id)
    await expectPurged(b, person.id)

    // The file from before the purge, and a new file from A with the old values: neither restores them.
    offices.tick()
    await importBytes(b, oldFile)
    await expectPurged(b, person.id)
    offices.tick()
    await importBytes(b, await exportBytes(a))
    await expectPurged(b, person.id)

    // The purge reaches A through B's file.
    offices.tick()
    await importBytes(a, await exportBytes(b))
    await expectPurged(a, person.id)
  })
})
