import { describe, expect, it } from 'vitest'
import type { RowClassification } from '@shared/roster/classifyAgainstExisting'
import type { RosterRow, RosterValues, RowProblem } from '@shared/roster/rosterRow'
import { emptyPerson, enrollmentIdFor, newEnrollment } from './rosterBuilders'
import type { EnrollmentRecord, PersonRecord } from './rosterRecords'
import {
  decideRow,
  describeSummary,
  planImportWrites,
  reviewedRow,
  type ImportChoices,
  type RowDecision,
} from './rosterImportPlan'

/**
 * The import plan is pure: no IndexedDB here (no fake-indexeddb either), only rows, the user's
 * choices and stored records passed in as values. rosterImport.test.ts covers the same choices
 * through the database, on the school's sample files.
 */

const CLASS = 'C1'
const META = {
  createdAt: '2025-01-01T00:00:00.000Z',
  deleted: false,
  _hlc: {},
  _updated: '001735689600000-000000-R1',
}

const UNSPLIT: RowProblem = {
  code: 'unitPostUnsplit',
  severity: 'warning',
  field: 'unitAndPost',
  column: 'E',
  header: '工作单位及职务',
  message: '第3行 工作单位及职务(E列)：无法确定单位与职务的分界，请核对',
}
const BAD_ID: RowProblem = {
  code: 'idBadChecksum',
  severity: 'error',
  field: 'idNumber',
  column: 'C',
  header: '身份证号',
  message: '第4行 身份证号(C列)：校验位错误',
}

function row(excelRow: number, values: RosterValues, problems: RowProblem[] = []): RosterRow {
  const status = problems.some((p) => p.severity === 'error')
    ? 'error'
    : problems.length > 0
      ? 'warning'
      : 'ok'
  return { excelRow, values, problems, status, matchKey: null }
}

const NEW: RowClassification = { kind: 'new' }
const KNOWN: RowClassification = { kind: 'knownPerson', personId: 'P1' }
const IN_CLASS: RowClassification = { kind: 'alreadyInClass', personId: 'P2', enrollmentId: 'E2' }
const SKIP_WARNINGS: ImportChoices = { includeWarnings: false, alreadyInClass: 'skip' }
const TAKE_ALL: ImportChoices = { includeWarnings: true, alreadyInClass: 'skip' }

describe('decideRow', () => {
  it.each<[string, RosterRow, RowClassification, ImportChoices, RowDecision]>([
    [
      'a row with an error is never imported',
      row(4, {}, [BAD_ID]),
      NEW,
      TAKE_ALL,
      { action: 'skip', reason: 'error' },
    ],
    [
      'a warning row is left out unless chosen',
      row(3, {}, [UNSPLIT]),
      NEW,
      SKIP_WARNINGS,
      { action: 'skip', reason: 'warning' },
    ],
    ['a warning row, chosen, is added', row(3, {}, [UNSPLIT]), NEW, TAKE_ALL, { action: 'add' }],
    [
      'someone from another class is linked',
      row(2, {}),
      KNOWN,
      SKIP_WARNINGS,
      { action: 'link', personId: 'P1' },
    ],
    [
      'someone already in the class is skipped by default',
      row(2, {}),
      IN_CLASS,
      TAKE_ALL,
      { action: 'skip', reason: 'alreadyInClass' },
    ],
    [
      'or updated, when chosen for everyone',
      row(2, {}),
      IN_CLASS,
      { ...TAKE_ALL, alreadyInClass: 'update' },
      { action: 'update', personId: 'P2', enrollmentId: 'E2' },
    ],
    [
      'a choice for the row wins over the choice for everyone',
      row(2, {}),
      IN_CLASS,
      { ...TAKE_ALL, alreadyInClass: 'update', alreadyInClassByRow: { 2: 'skip' } },
      { action: 'skip', reason: 'alreadyInClass' },
    ],
  ])('%s', (_, r, classification, choices, decision) => {
    expect(decideRow(r, classification, choices)).toEqual(decision)
  })

  it('a corrected split 工作单位及职务 is no longer a warning, so the row is added', () => {
    const r = row(3, { name: '张三' }, [UNSPLIT])
    const choices = { ...SKIP_WARNINGS, unitPost: { 3: { unit: '松江区委组织部', post: '科员' } } }
    expect(reviewedRow(r, choices)).toMatchObject({ problems: [], status: 'ok' })
    expect(reviewedRow(r, SKIP_WARNINGS)).toBe(r)
    expect(decideRow(r, NEW, choices)).toEqual({ action: 'add' })
  })
})

describe('planImportWrites', () => {
  const stored = (id: string, fields: Partial<PersonRecord>): PersonRecord => ({
    ...emptyPerson(),
    ...META,
    id,
    ...fields,
  })
  const enrolled = (id: string, personId: string, fields: Partial<EnrollmentRecord>): EnrollmentRecord => ({
    ...newEnrollment(CLASS, personId),
    ...META,
    id,
    ...fields,
  })

  const rows = [
    row(2, { name: '王五', phone: '13800000001', seat: '7' }),
    row(3, { name: '李四改', phone: '13800000002' }),
    row(4, { name: '赵六', note: '迟到报到', seat: '12' }),
    row(5, { name: '王五' }),
    row(6, {}, [BAD_ID]),
  ]
  const decisions: RowDecision[] = [
    { action: 'add' },
    { action: 'link', personId: 'P1' },
    { action: 'update', personId: 'P2', enrollmentId: 'E2' },
    { action: 'add' },
    { action: 'skip', reason: 'error' },
  ]
  const writes = planImportWrites({
    classId: CLASS,
    rows,
    decisions,
    // Rows 2 and 5 are the same person (the same id from the same natural key).
    newPersonIds: new Map([
      [2, 'PNEW'],
      [5, 'PNEW'],
    ]),
    existingPeople: new Map([
      ['P1', stored('P1', { name: '李四', idNumber: '11010519491231002X', unit: '区委党校' })],
      ['P2', stored('P2', { name: '赵六', phone: '13900000000' })],
    ]),
    existingEnrollments: new Map([
      ['E2', enrolled('E2', 'P2', { listOrder: 5, seat: 3, roles: ['班长'], dormRoom: '301' })],
    ]),
    choices: TAKE_ALL,
  })

  it('adds, links and updates, and counts each', () => {
    expect(writes.summary).toEqual({
      added: 2,
      linked: 1,
      updated: 1,
      skipped: [
        { reason: 'error', rows: [6] },
        { reason: 'samePersonTwice', rows: [5] },
      ],
    })
    expect(writes.people.map((p) => p.id)).toEqual(['PNEW', 'P1', 'P2'])
    expect(writes.enrollments.map((e) => e.id)).toEqual([
      enrollmentIdFor(CLASS, 'PNEW'),
      enrollmentIdFor(CLASS, 'P1'),
      'E2',
    ])
  })

  it('a new person gets the file’s values; a new enrollment its seat, after everyone in the class', () => {
    expect(writes.people[0]!.fields).toEqual({ ...emptyPerson('王五'), phone: '13800000001' })
    expect(writes.enrollments[0]!.fields).toEqual({ ...newEnrollment(CLASS, 'PNEW'), seat: 7, listOrder: 6 })
    expect(writes.enrollments[1]!.fields.listOrder).toBe(7)
  })

  it('a linked person keeps the stored name when the file spells it otherwise, and the rest stays', () => {
    expect(writes.people[1]!.fields).toMatchObject({
      name: '李四',
      idNumber: '11010519491231002X',
      unit: '区委党校',
      phone: '13800000002',
    })
  })

  it('an update keeps what belongs to the class (roles, room, order) and takes the file’s seat and note', () => {
    expect(writes.people[2]!.fields).toMatchObject({ name: '赵六', phone: '13900000000' })
    expect(writes.enrollments[2]!.fields).toMatchObject({
      listOrder: 5,
      seat: 12,
      note: '迟到报到',
      roles: ['班长'],
      dormRoom: '301',
    })
  })

  it('sums it up in one sentence', () => {
    expect(describeSummary(writes.summary)).toBe(
      '新增 2 人（其中 1 人为以往学员，已关联）；更新 1 人；跳过 2 行（有错误 1 行；与前面的行是同一人 1 行）',
    )
  })
})
