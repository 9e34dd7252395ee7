import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { attendanceMarkId } from '@shared/attendance/mark'
import { KEY_CLASS_TEMPLATE } from '@shared/checklist'
import { DEFAULT_SCHEME } from '@shared/assessment/scheme'
import { EMPTY_QUALITIES } from '@shared/secondment/records'
import { DEFAULT_CLASS_QUESTIONNAIRE } from '@shared/evaluation/questionnaire'
import { DEFAULT_REVIEW_WEIGHTING } from '@shared/evaluation/review'
import { SYNCED_TABLES } from '../core/database'
import type { DataAccess } from '../core/openData'
import { emptyPerson } from '../roster/rosterBuilders'
import { SCHEMA_VERSIONS } from '../core/schema'
import { SYNC_TABLE_LABELS, syncTableLabel } from './syncTableLabels'
import {
  classInput,
  dumpSynced,
  exportBytes,
  importBytes,
  testCodec,
  testOffices,
  TEST_PASS,
  OPENING_LECTURE,
} from '../../../../test/helpers/syncTestOffices'
import { branchWithPledge, ledgerMember } from '../../../../test/helpers/ledgerBranch'

/**
 * Source: issue 6 "Depends on the foundation issue … extend it as each area adds tables": every
 * table of the roster, teaching plan, attendance, leave and checklist areas travels in snapshots,
 * arrives whole (bytes as bytes), and is named in the user's words in the dry run.
 */

const offices = testOffices('sync-areas')
afterEach(() => offices.closeAll())

/** Tables whose records carry sync metadata, by their index spec (schema.ts `synced()`). */
function syncedStores(): string[] {
  const stores = new Map<string, string | null>()
  for (const v of SCHEMA_VERSIONS) for (const [name, spec] of Object.entries(v.stores)) stores.set(name, spec)
  return [...stores].filter(([, spec]) => spec?.startsWith('id, deleted, _updated')).map(([name]) => name)
}

const scan = new Uint8Array(200_000).map((_, i) => (i * 131) & 255)

/** One record at least in every area, each written through its own repository. */
async function fillEveryArea(a: DataAccess) {
  const cls = await a.classes.createClass(classInput('2025年春季中青班'))
  await a.checklists.reconcile(cls)
  await a.checklistTemplates.duplicate(KEY_CLASS_TEMPLATE, '我校处级班模板')
  const person = await a.people.create({ ...emptyPerson('张三'), phone: '13900000000' })
  const enrollment = await a.enrollments.enrol(cls.id, person.id)
  await a.groups.createGroup(cls.id, 'discussion')
  const session = await a.sessions.createSession(cls.id, { ...OPENING_LECTURE })
  await a.attendance.setMark(cls.id, {
    sessionId: session.id,
    enrollmentId: enrollment.id,
    status: 'late',
    minutes: 10,
  })
  await a.leaveRequests.createRequest(cls.id, {
    enrollmentId: enrollment.id,
    type: 'personal',
    from: '2025-03-05T09:00',
    to: '2025-03-05T11:30',
    reason: '家中有事',
    approver: '',
    status: 'pending',
    returnedAt: null,
    unitRequestNoted: false,
    hospitalCertificateNoted: false,
    note: '',
  })
  await a.discipline.record({
    classId: cls.id,
    enrollmentId: enrollment.id,
    kind: 'criticism',
    at: '2025-03-05T10:00',
    note: '',
  })
  await a.attachments.attach({
    classId: cls.id,
    sessionId: session.id,
    name: '签到表.jpg',
    mimeType: 'image/jpeg',
    bytes: scan,
  })
  // Party-spirit ledgers: a class's 临时党支部 (its rows name the class); the scheme is school-wide.
  const { member, entry } = await branchWithPledge(
    a,
    { classId: cls.id, name: '临时党支部', year: 2025 },
    ledgerMember('张三', { personId: person.id }),
    '2025-03-05',
  )
  await a.ledger.attach(entry, { name: '承诺书.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, ...scan]) })
  await a.ledger.setReview(member, 2025, { survey: 90, democratic: 'qualified' })
  // Assessment (issue 13): a scheme version (school-wide), then every table of the class's assessment.
  await a.assessmentSchemes.saveNewVersion(
    { ...DEFAULT_SCHEME, quantitative: DEFAULT_SCHEME.quantitative.map((i) => ({ ...i, maxPoints: 10 })) },
    1,
  )
  await a.assessment.setPoints(cls.id, enrollment.id, 'questions', 8)
  await a.assessment.setEvaluation(cls.id, enrollment.id, 'expert', 'good', '分析深刻')
  const exam = await a.assessment.createExam(cls.id, {
    name: '结业考试',
    kind: 'exam',
    date: '',
    fullMark: 100,
    passMark: 60,
  })
  await a.assessment.setScore(cls.id, exam, enrollment.id, { absent: true, makeUpScore: 70 })
  await a.assessment.recordAdjustment(cls.id, {
    min: 0,
    max: 1,
    decidedBy: '校长室',
    decidedAt: '2025-03-20T10:00',
    reason: '小班',
    recordedBy: '王老师',
  })
  await a.assessment.finalise(
    cls.id,
    [{ enrollmentId: enrollment.id, grade: 'pass', proposed: 'pass' }],
    '王老师',
    '2025-03-21T10:00',
  )
  // 结业证书 numbers (issue 13), after 定稿: this office's code (local), one number for the student.
  await a.certificates.saveOfficeCode('B')
  await a.certificates.issueForClass({
    classId: cls.id,
    template: '{year}{office}{seq:3}',
    year: 2025,
    classCode: '',
    students: [{ enrollmentId: enrollment.id, grade: 'pass' }],
    issuedBy: '王老师',
  })
  // Secondment and evaluation (issue 15): every table of the class's secondment, an answer sheet
  // (its questionnaire version is stored with it, school-wide) and the school's review weighting.
  await a.secondments.setSchedule(cls.id, '2025-03-03', [])
  await a.placements.save(cls.id, {
    enrollmentId: enrollment.id,
    hostUnit: '方松街道',
    post: '街道办事处主任助理',
    contact: '李明',
    mentor: '张华',
    dispatchingUnit: '区委组织部',
    note: '',
  })
  await a.secondmentWork.setLogDays(cls.id, enrollment.id, 20)
  await a.secondmentTalks.record({
    classId: cls.id,
    enrollmentId: enrollment.id,
    date: '2025-03-10',
    who: '李明',
    note: '',
  })
  await a.appraisals.save({
    classId: cls.id,
    enrollmentId: enrollment.id,
    selfSummary: '',
    qualities: EMPTY_QUALITIES,
    hostOpinion: '',
    grade: 'excellent',
    appraisedOn: '2025-04-02',
  })
  await a.responses.saveSheet(cls.id, DEFAULT_CLASS_QUESTIONNAIRE, 1, { m1: 5 })
  await a.reviewWeighting.save({ ...DEFAULT_REVIEW_WEIGHTING, evaluation: 50 })
  // The school's rules (schoolSettings): they travel in every file, whatever its classes.
  await a.attendanceSettings.saveLeaveRules({ toleratedHours: 2 })
  return { cls, session, enrollment }
}

describe('every area travels in snapshots', () => {
  it('registers every table with sync metadata as synced, each with a Chinese area name', () => {
    expect([...SYNCED_TABLES].sort()).toEqual(syncedStores().sort())
    const labels = SYNCED_TABLES.map((t) => syncTableLabel(t))
    for (const label of labels) expect(label).toMatch(/^[\u4e00-\u9fff]+$/)
    expect(new Set(labels).size).toBe(labels.length)
    expect(Object.keys(SYNC_TABLE_LABELS).sort()).toEqual([...SYNCED_TABLES].sort())
  })

  it('exports every area, dry-runs it per area, and leaves the other office identical, scans as bytes', async () => {
    const a = await offices.office('本部教务科')
    const b = await offices.office('分校区')
    await fillEveryArea(a)
    const snapshot = await a.sync.readSnapshot('all')
    for (const table of SYNCED_TABLES)
      expect([table, snapshot.header.counts[table]! > 0]).toEqual([table, true])

    const decoded = await testCodec.decode(await testCodec.encode(snapshot, TEST_PASS), TEST_PASS)
    const plan = await b.sync.planImport(decoded)
    expect(Object.keys(plan.tables).sort()).toEqual([...SYNCED_TABLES].sort())
    for (const table of SYNCED_TABLES)
      expect([table, plan.tables[table]!.added]).toEqual([table, snapshot.header.counts[table]])
    await b.sync.applyImport(plan, { fileName: 'a.banwu' })

    expect(await dumpSynced(b)).toEqual(await dumpSynced(a))
    const [attachment] = await b.db.attachments.toArray()
    expect(attachment!.bytes).toBeInstanceOf(Uint8Array)
    expect(attachment!.bytes).toEqual(scan)
    expect((await b.attachments.listByClass(attachment!.classId))[0]!.size).toBe(scan.length)
  })

  it('exports the selected classes with every area of theirs and nothing of another class', async () => {
    const a = await offices.office('本部教务科')
    const { cls } = await fillEveryArea(a)
    const other = await a.classes.createClass(classInput('另一个班'))
    await a.checklists.reconcile(other)
    const snapshot = await a.sync.readSnapshot({ classIds: [cls.id] })
    for (const [table, rows] of Object.entries(snapshot.tables)) {
      expect([table, rows.length > 0]).toEqual([table, true])
      for (const row of rows) expect([table, row.classId ?? cls.id]).toEqual([table, cls.id])
    }
    expect(snapshot.tables.classes!.map((c) => c.id)).toEqual([cls.id])
  })
})

describe('attendance marks merge by their natural key', () => {
  it('two offices marking the same cell end with one record, the newer values, the older in 冲突记录', async () => {
    const a = await offices.office('本部教务科')
    const b = await offices.office('分校区')
    const { cls, session, enrollment } = await fillEveryArea(a)
    await a.attendance.setMark(cls.id, { sessionId: session.id, enrollmentId: enrollment.id, status: null })
    await importBytes(b, await exportBytes(a))

    // Both offices mark the cleared cell, each without seeing the other's mark.
    offices.tick()
    await a.attendance.setMark(cls.id, {
      sessionId: session.id,
      enrollmentId: enrollment.id,
      status: 'late',
      minutes: 15,
    })
    offices.tick()
    await b.attendance.setMark(cls.id, {
      sessionId: session.id,
      enrollmentId: enrollment.id,
      status: 'late',
      note: '堵车',
    })
    const toA = await importBytes(a, await exportBytes(b))
    await importBytes(b, await exportBytes(a))

    const id = attendanceMarkId(session.id, enrollment.id)
    expect(await a.db.attendance.where('sessionId').equals(session.id).count()).toBe(1)
    expect(await a.db.attendance.get(id)).toMatchObject({ deleted: false, status: 'late', note: '堵车' })
    expect(toA.plan.tables.attendance).toMatchObject({ added: 0, changed: 1 })
    expect(await dumpSynced(b)).toEqual(await dumpSynced(a))
    const logged = (await a.db.conflicts.toArray()).filter((c) => c.recordId === id)
    expect(logged.map((c) => [c.field, c.losingValue, c.winningValue])).toEqual([['minutes', 15, null]])
  })
})
