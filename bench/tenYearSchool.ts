import { attendanceMarkId } from '../src/shared/attendance/mark'
import type { AttendanceStatusCode } from '../src/shared/attendance/status'
import { instantiateChecklist, KEY_CLASS_TEMPLATE, ORDINARY_CLASS_TEMPLATE } from '../src/shared/checklist'
import { CLASS_TYPES, type TrainingClassInput } from '../src/shared/domain/trainingClass'
import { idCheckCharacter } from '../src/shared/roster/idCard'
import { dateOfDayNumber, dayNumber } from '../src/shared/plan/clock'
import { SESSION_SLOTS } from '../src/shared/plan/session'
import { HybridClock } from '../src/shared/sync/hlc'
import type { SyncedRow } from '../src/shared/sync/merge'
import { editBase } from '../src/shared/sync/record'
import { templateToFields } from '../src/renderer/db/checklist/checklistRecords'
import type { SyncedTableName } from '../src/renderer/db/core/database'
import { personIdFor } from '../src/renderer/db/roster/personId'
import { emptyPerson, enrollmentIdFor, newEnrollment } from '../src/renderer/db/roster/rosterBuilders'

/**
 * A synthetic "ten-year school" for the sync benchmarks (issue 6: "about 20,000 people, 400
 * classes, 600,000 attendance marks; a generator in the repo").
 *
 * Forty classes a year for ten years, each with its roster (a person may come back for a later
 * class), groups, a teaching plan of three sessions a day, attendance marks, leave requests, a
 * discipline record, its duty checklist from the built-in templates, and now and then a scanned
 * sign-in sheet. Records have the shapes and ids the repositories write (natural-key ids for
 * people, enrollments and marks; every field stamped, `_base` as a new record has it), stamped by
 * one office's hybrid clock at the time they were made. Deterministic (a fixed LCG): runs compare.
 */

export interface SchoolSize {
  classes: number
  people: number
  enrollmentsPerClass: number
  sessionsPerClass: number
  marks: number
  /** A scanned sign-in sheet every this many classes. */
  scanEvery: number
  scanBytes: number
}

export const TEN_YEAR_SCHOOL: SchoolSize = {
  classes: 400,
  people: 20_000,
  enrollmentsPerClass: 55,
  sessionsPerClass: 60,
  marks: 600_000,
  scanEvery: 10,
  scanBytes: 60_000,
}

/** The school scaled down (or up) in every dimension but the per-class shape. */
export function scaledSchool(scale: number, size: SchoolSize = TEN_YEAR_SCHOOL): SchoolSize {
  const classes = Math.max(1, Math.round(size.classes * scale))
  return {
    ...size,
    classes,
    people: Math.max(size.enrollmentsPerClass, Math.round(size.people * scale)),
    marks: Math.round((size.marks / size.classes) * classes),
  }
}

export type SchoolTables = Record<SyncedTableName, SyncedRow[]>

function lcg(seed: number) {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌晓东海燕玉兰'
const UNITS = [
  '区发展改革委',
  '区财政局',
  '区教育局',
  '区卫生健康委',
  '某街道办事处',
  '某镇人民政府',
  '区委组织部',
]
const POSTS = ['科长', '副科长', '主任科员', '副主任', '四级调研员', '党支部书记']
const STATUSES: AttendanceStatusCode[] = ['present', 'present', 'present', 'late', 'leftEarly', 'absent']
const DAY_MS = 24 * 60 * 60 * 1000

/** Makes records as the repositories do (syncedRepository.ts `insert` and `patch`). */
class Writer {
  private wall = 0
  readonly clock: HybridClock

  constructor(readonly replicaId: string) {
    this.clock = new HybridClock(replicaId, () => this.wall)
  }

  at(ms: number): this {
    this.wall = ms
    return this
  }

  /** A new record: every field stamped with one new stamp, each field's base '' (nothing seen). */
  create(id: string, fields: object): SyncedRow {
    const stamp = this.clock.tick()
    const values: Record<string, unknown> = { ...fields, deleted: false }
    const hlc: Record<string, string> = {}
    const base: Record<string, string> = {}
    for (const key of Object.keys(values)) {
      hlc[key] = stamp
      base[key] = ''
    }
    const createdAt = new Date(this.wall).toISOString()
    return { ...values, id, createdAt, deleted: false, _hlc: hlc, _updated: stamp, _base: base }
  }

  /** An edit of some fields: one new stamp, the bases the edit saw. */
  edit(row: SyncedRow, patch: Record<string, unknown>): SyncedRow {
    const stamp = this.clock.tick()
    const next: SyncedRow = { ...row, _hlc: { ...row._hlc }, _base: { ...row._base }, _updated: stamp }
    for (const [field, value] of Object.entries(patch)) {
      next[field] = value
      next._hlc[field] = stamp
      next._base![field] = editBase(row, field, this.replicaId)
    }
    return next
  }
}

/** Generates the school as office `replicaId` holds it after ten years of use. */
export function tenYearSchool(
  size: SchoolSize = TEN_YEAR_SCHOOL,
  replicaId = '01BENCH0FF1CEA000000000000',
): SchoolTables {
  const rand = lcg(2015)
  const pick = (xs: string): string => xs[Math.floor(rand() * xs.length)]!
  const pickOf = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const ulidLike = () => Array.from({ length: 26 }, () => pick(CROCKFORD)).join('')
  const w = new Writer(replicaId)
  const t: SchoolTables = {
    classes: [],
    checklists: [],
    checklistItems: [],
    checklistTemplates: [],
    people: [],
    enrollments: [],
    groups: [],
    sessions: [],
    attendance: [],
    leaveRequests: [],
    disciplineEvents: [],
    attachments: [],
    schoolSettings: [],
    ledgerSchemes: [],
    ledgerBranches: [],
    ledgerMembers: [],
    ledgerEntries: [],
    ledgerAttachments: [],
    ledgerReviews: [],
    assessmentSchemes: [],
    assessments: [],
    assessmentEntries: [],
    assessmentEvaluations: [],
    exams: [],
    examScores: [],
    assessmentGrades: [],
    quotaAdjustments: [],
    assessmentLog: [],
    certificates: [],
    placements: [],
    secondments: [],
    secondmentWork: [],
    secondmentTalks: [],
    secondmentAppraisals: [],
    questionnaires: [],
    questionnaireResponses: [],
    reviewWeightings: [],
  }
  const firstDay = dayNumber('2016-02-29')
  w.at(Date.parse('2016-02-01T01:00:00Z'))
  for (const template of [KEY_CLASS_TEMPLATE, ORDINARY_CLASS_TEMPLATE])
    t.checklistTemplates.push(w.create(`${template.id}@${template.version}`, templateToFields(template)))

  const people: string[] = []
  for (let p = 0; p < size.people; p++) {
    // A birth date and sequence per person (35 years × 12 months × 28 days × sequence): all distinct.
    const [y, m, d] = [1960 + (p % 35), 1 + (Math.floor(p / 35) % 12), 1 + (Math.floor(p / 420) % 28)]
    const first17 = `310117${y}${pad2(m)}${pad2(d)}${String(Math.floor(p / 11760)).padStart(3, '0')}`
    // A valid check digit: the browser benchmark imports rosters naming these people.
    const idNumber = first17 + idCheckCharacter(first17)
    const person = {
      ...emptyPerson(pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : '')),
      idNumber,
      gender: rand() < 0.6 ? ('男' as const) : ('女' as const),
      ethnicity: '汉族',
      birthDate: `${y}-${pad2(m)}-${pad2(d)}`,
      politicalStatus: '中共党员',
      unit: pickOf(UNITS),
      post: pickOf(POSTS),
      phone: `139${String(10_000_000 + p).slice(-8)}`,
    }
    const id = personIdFor({ kind: 'idNumber', idNumber })
    w.at(Date.parse('2016-02-01T02:00:00Z') + p * 60_000)
    t.people.push(w.create(id, person))
    people.push(id)
  }

  const marksPerClass = Math.round(size.marks / size.classes)
  const cells = size.enrollmentsPerClass * size.sessionsPerClass
  for (let c = 0; c < size.classes; c++) {
    const type = CLASS_TYPES[c % CLASS_TYPES.length]!
    const start = firstDay + Math.floor((c * 3650) / size.classes)
    const days = Math.ceil(size.sessionsPerClass / 3)
    const startDate = dateOfDayNumber(start)
    const endDate = dateOfDayNumber(start + days - 1)
    const year = startDate.slice(0, 4)
    const cls: TrainingClassInput = {
      name: `${year}年第${(c % 40) + 1}期${type.label}`,
      type: type.code,
      tier: type.tier,
      startDate,
      endDate,
      totalHours: days * 7.5,
      residential: type.tier === 'key',
      noLeave: type.noLeave,
      headTeachers: [pick(SURNAMES) + '老师'],
      status: c < size.classes - 4 ? 'archived' : 'running',
      note: '',
    }
    const classId = ulidLike()
    const made = Date.parse(`${startDate}T00:30:00Z`) - 14 * DAY_MS
    w.at(made)
    t.classes.push(w.create(classId, cls))

    // Duty checklist from the built-in template for the tier, a few items ticked off.
    const template = type.tier === 'key' ? KEY_CLASS_TEMPLATE : ORDINARY_CLASS_TEMPLATE
    const checklist = instantiateChecklist(
      template,
      { startDate, endDate },
      { headTeachers: cls.headTeachers },
    )
    t.checklists.push(
      w.create(classId, {
        classId,
        templateId: checklist.templateId,
        templateVersion: checklist.templateVersion,
        templateName: checklist.templateName,
        datesFrom: { startDate, endDate },
        headTeachersFrom: cls.headTeachers,
        autoTier: cls.tier,
      }),
    )
    checklist.items.forEach((item, order) => {
      const row = w.create(`${classId}:${item.code}`, { ...item, classId, order })
      t.checklistItems.push(
        rand() < 0.8
          ? w
              .at(made + DAY_MS)
              .edit(row, { status: 'done', completedBy: cls.headTeachers[0], completedAt: endDate })
          : row,
      )
    })

    // Roster: people in turn, so a few thousand come back for a second class.
    const groups = Array.from({ length: 6 }, (_, g) => {
      const kind = g < 4 ? ('discussion' as const) : ('party' as const)
      const id = ulidLike()
      const name = kind === 'discussion' ? `第${g + 1}组` : `第${g - 3}党小组`
      t.groups.push(w.create(id, { classId, kind, name, order: g, leaderEnrollmentId: null }))
      return id
    })
    const enrollments: string[] = []
    for (let s = 0; s < size.enrollmentsPerClass; s++) {
      const personId = people[(c * size.enrollmentsPerClass + s) % people.length]!
      const id = enrollmentIdFor(classId, personId)
      const row = w.create(id, newEnrollment(classId, personId))
      t.enrollments.push(
        w.edit(row, {
          seat: s + 1,
          groupId: groups[s % 4]!,
          partyGroupId: groups[4 + (s % 2)]!,
          dormRoom: `${300 + s}`,
        }),
      )
      enrollments.push(id)
    }

    // Teaching plan: three sessions a day.
    const sessions: string[] = []
    for (let i = 0; i < size.sessionsPerClass; i++) {
      const slot = SESSION_SLOTS[i % 3]!
      const id = ulidLike()
      w.at(made + 2 * DAY_MS + i * 1000)
      t.sessions.push(
        w.create(id, {
          classId,
          date: dateOfDayNumber(start + Math.floor(i / 3)),
          slot: slot.code,
          start: slot.start,
          end: slot.end,
          topic: `专题${i + 1}：学习贯彻党的创新理论`,
          form: i % 3 === 2 ? 'groupDiscussion' : 'lecture',
          teacher: pick(SURNAMES) + '教授',
          place: i % 3 === 2 ? '研讨室' : '报告厅',
          hours: i % 3 === 2 ? 1.5 : 3,
          note: '',
        }),
      )
      sessions.push(id)
    }

    // Attendance: `marksPerClass` distinct cells, spread over the register, marked on the day.
    for (let m = 0; m < marksPerClass; m++) {
      const cell = Math.floor((m * cells) / marksPerClass)
      const sessionIndex = cell % size.sessionsPerClass
      const enrollmentId = enrollments[Math.floor(cell / size.sessionsPerClass)]!
      const status = pickOf(STATUSES)
      w.at(Date.parse(`${dateOfDayNumber(start + Math.floor(sessionIndex / 3))}T02:00:00Z`) + m)
      t.attendance.push(
        w.create(attendanceMarkId(sessions[sessionIndex]!, enrollmentId), {
          sessionId: sessions[sessionIndex]!,
          enrollmentId,
          status,
          minutes: status === 'late' || status === 'leftEarly' ? 5 + Math.floor(rand() * 30) : null,
          note: '',
          classId,
        }),
      )
    }

    for (let l = 0; l < 10; l++) {
      const day = dateOfDayNumber(start + (l % days))
      t.leaveRequests.push(
        w.create(ulidLike(), {
          enrollmentId: enrollments[(l * 7) % enrollments.length]!,
          type: l % 3 === 0 ? 'official' : 'personal',
          from: `${day}T09:00`,
          to: `${day}T11:30`,
          reason: l % 3 === 0 ? '单位紧急公务' : '家中有事',
          approver: l % 3 === 0 ? '区委组织部' : cls.headTeachers[0],
          status: 'returned',
          returnedAt: `${day}T11:20`,
          unitRequestNoted: l % 3 === 0,
          hospitalCertificateNoted: false,
          note: '',
          classId,
        }),
      )
    }
    t.disciplineEvents.push(
      w.create(ulidLike(), {
        classId,
        enrollmentId: enrollments[3]!,
        kind: 'criticism',
        at: `${endDate}T10:00`,
        note: '',
      }),
    )
    if (c % size.scanEvery === 0) {
      // A scan compresses poorly: random bytes are the honest stand-in.
      const bytes = new Uint8Array(size.scanBytes).map(() => Math.floor(rand() * 256))
      t.attachments.push(
        w.create(ulidLike(), {
          classId,
          sessionId: sessions[0]!,
          name: '签到表.jpg',
          mimeType: 'image/jpeg',
          bytes,
        }),
      )
    }
  }
  return t
}

/**
 * The same school as another office holds it after working apart for a while: `share` of the
 * attendance marks and of the people edited there (status / phone), stamped by `replicaId`'s
 * clock `daysLater` after the newest record. Rows not edited are the very same objects.
 */
export function editedElsewhere(
  tables: SchoolTables,
  replicaId: string,
  share: number,
  seed: number,
  daysLater = 1,
): SchoolTables {
  const rand = lcg(seed)
  const w = new Writer(replicaId).at(Date.parse('2026-03-01T00:00:00Z') + daysLater * DAY_MS)
  const out = { ...tables }
  out.attendance = tables.attendance.map((r) =>
    rand() < share ? w.edit(r, { status: randomStatus(rand) }) : r,
  )
  out.people = tables.people.map((r) =>
    rand() < share ? w.edit(r, { phone: `138${String(Math.floor(rand() * 1e8)).padStart(8, '0')}` }) : r,
  )
  return out
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function randomStatus(rand: () => number): AttendanceStatusCode {
  return STATUSES[Math.floor(rand() * STATUSES.length)]!
}

export function rowCount(tables: Readonly<Record<string, readonly unknown[]>>): number {
  return Object.values(tables).reduce((n, rows) => n + rows.length, 0)
}
