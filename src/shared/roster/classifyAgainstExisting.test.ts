import { describe, expect, it } from 'vitest'
import {
  classifyAgainstExisting,
  type ExistingEnrollment,
  type ExistingPerson,
  type RowClassification,
} from './classifyAgainstExisting'
import type { RosterRow } from './rosterRow'

// DOMAIN.md glossary: 学员 = Person (identity) + Enrollment (in one class); ARCHITECTURE.md Data:
// "A person (identity, matched by ID-card number when present) is separate from an enrollment".
// Issue 3 导入: "the person is already in this class (offer: skip / update); the person attended
// another class before (link to the same person)"; university rosters match by 学号 + name.
const SRC = 'DOMAIN.md 学员 / issue 3 导入'

const people: ExistingPerson[] = [
  { id: 'p-zhang', name: '张三', idNumber: '11010519491231002X' },
  { id: 'p-li', name: '李四', idNumber: '310117198503120015' },
  { id: 'p-old15', name: '王五', idNumber: '110105880101001' },
  { id: 'p-long', name: '龙立', studentNo: '202261957' },
  { id: 'p-gone', name: '赵六', idNumber: '440304199106261394', deleted: true },
]
const enrollments: ExistingEnrollment[] = [
  { id: 'e-li', personId: 'p-li' },
  { id: 'e-gone', personId: 'p-zhang', deleted: true },
]

type Row = Pick<RosterRow, 'matchKey' | 'values'>
const byId = (idNumber: string, name: string): Row => ({
  matchKey: { kind: 'idNumber', idNumber },
  values: { name, idNumber },
})
const byStudentNo = (studentNo: string, name: string): Row => ({
  matchKey: { kind: 'studentNo', studentNo, name },
  values: { name, studentNo },
})

describe('classifyAgainstExisting', () => {
  const table: [string, Row, RowClassification, string][] = [
    ['unknown ID', byId('440304198502268497', '魏燕'), { kind: 'new' }, SRC],
    [
      'attended another class',
      byId('11010519491231002X', '张三'),
      { kind: 'knownPerson', personId: 'p-zhang' },
      SRC,
    ],
    [
      'already in this class',
      byId('310117198503120015', '李四'),
      { kind: 'alreadyInClass', personId: 'p-li', enrollmentId: 'e-li' },
      `${SRC}: offer skip / update`,
    ],
    [
      'same ID, another name',
      byId('11010519491231002X', '张叁'),
      { kind: 'knownPerson', personId: 'p-zhang', nameDiffers: '张三' },
      `${SRC}: ask before linking`,
    ],
    [
      'stored as an old 15-digit number',
      byId('110105198801010014', '王五'),
      { kind: 'knownPerson', personId: 'p-old15' },
      `${SRC}: 15 → 18 digits`,
    ],
    [
      '学号 + name',
      byStudentNo('202261957', '龙立'),
      { kind: 'knownPerson', personId: 'p-long' },
      `${SRC}: 001 university`,
    ],
    ['学号 with another name', byStudentNo('202261957', '龙丽'), { kind: 'new' }, `${SRC}: both must match`],
    ['deleted person', byId('440304199106261394', '赵六'), { kind: 'new' }, `${SRC}: tombstones ignored`],
    ['no key at all', { matchKey: null, values: { name: '无名' } }, { kind: 'new' }, SRC],
  ]
  it.each(table)('%s → %j (%s)', (_what, row, expected) => {
    expect(classifyAgainstExisting([row], people, enrollments)).toEqual([expected])
  })

  it('a deleted enrollment does not count as being in the class', () => {
    expect(classifyAgainstExisting([byId('11010519491231002X', '张三')], people, enrollments)[0]!.kind).toBe(
      'knownPerson',
    )
  })

  it('keeps the order of the rows', () => {
    const rows = [
      byId('310117198503120015', '李四'),
      byId('440304198502268497', '魏燕'),
      byId('11010519491231002X', '张三'),
    ]
    expect(classifyAgainstExisting(rows, people, enrollments).map((c) => c.kind)).toEqual([
      'alreadyInClass',
      'new',
      'knownPerson',
    ])
  })
})
