import { describe, expect, it } from 'vitest'
import {
  judgeSchool,
  parseSchoolId,
  sameSchoolName,
  type LocalSchool,
  type SchoolHeader,
} from './schoolIdentity'

/** Issue 12 point 4: files are matched by school id, not by name. */

const OURS = '01JF0000000000000000000000'
const SMALLER = '01JE0000000000000000000000'
const LARGER = '01JG0000000000000000000000'
const THEIRS = '01JH0000000000000000000000'
const NAME = '中共松江区委党校'

const local = (over: Partial<LocalSchool> = {}): LocalSchool => ({
  id: OURS,
  name: NAME,
  provisional: false,
  ...over,
})
const file = (over: Partial<SchoolHeader> = {}): SchoolHeader => ({
  school: NAME,
  schoolId: OURS,
  replicaName: '分校教务处',
  ...over,
})

describe('whose file it is', () => {
  it.each<[string, SchoolHeader, LocalSchool | null, string]>([
    ['same id: accepted', file(), local(), 'accept'],
    [
      'same id, the school renamed since: accepted (the name is for display)',
      file({ school: '松江党校' }),
      local(),
      'accept',
    ],
    ['a fresh installation (no school yet): accepted', file({ schoolId: THEIRS }), null, 'accept'],
    [
      'another id, another name: refused',
      file({ school: '中共青浦区委党校', schoolId: THEIRS }),
      local(),
      'refuse otherSchool',
    ],
    [
      'another id, the same name (two 新建学校): refused',
      file({ schoolId: THEIRS }),
      local(),
      'refuse otherSchool',
    ],
    [
      'no id (an app from before ids), same name: refused',
      file({ schoolId: undefined }),
      local(),
      'refuse noSchoolId',
    ],
    [
      'no id, this office provisional: refused too',
      file({ schoolId: undefined }),
      local({ provisional: true }),
      'refuse noSchoolId',
    ],
    [
      'provisional here, definitive there, same name: adopt theirs',
      file({ schoolId: LARGER }),
      local({ id: SMALLER, provisional: true }),
      `adopt ${LARGER} definitive`,
    ],
    [
      'provisional both, theirs smaller: adopt theirs, still provisional',
      file({ schoolId: SMALLER, schoolIdProvisional: true }),
      local({ id: LARGER, provisional: true }),
      `adopt ${SMALLER} provisional`,
    ],
    [
      'provisional both, theirs larger: accepted, ours kept (they will adopt ours)',
      file({ schoolId: LARGER, schoolIdProvisional: true }),
      local({ id: SMALLER, provisional: true }),
      'accept',
    ],
    [
      'provisional here, another name: refused',
      file({ school: '中共青浦区委党校', schoolId: THEIRS }),
      local({ provisional: true }),
      'refuse otherSchool',
    ],
    [
      'provisional here, the same name up to spaces: adopt',
      file({ school: ` ${NAME} `, schoolId: THEIRS }),
      local({ provisional: true }),
      `adopt ${THEIRS} definitive`,
    ],
    [
      'definitive here, provisional there, same name: refused until they import ours',
      file({ schoolId: THEIRS, schoolIdProvisional: true }),
      local(),
      'refuse otherSchool',
    ],
  ])('%s', (_label, header, here, expected) => {
    const v = judgeSchool(header, here)
    const got =
      v.kind === 'accept'
        ? 'accept'
        : v.kind === 'refuse'
          ? `refuse ${v.code}`
          : `adopt ${v.schoolId} ${v.provisional ? 'provisional' : 'definitive'}`
    expect(got).toBe(expected)
  })

  it('names both schools, with their ids, when it refuses another school', () => {
    const v = judgeSchool(file({ school: '中共青浦区委党校', schoolId: THEIRS }), local())
    expect(v.kind === 'refuse' && v.message).toBe(
      `此文件属于「中共青浦区委党校」（学校编号 ${THEIRS}），本机属于「${NAME}」（学校编号 ${OURS}），不是同一所学校，不能导入。如果确属同一所学校，请在其中一台电脑的“设置 → 学校编号”中改为加入另一台的学校。`,
    )
  })

  it('says what to do with a file of an older app, naming the office that made it', () => {
    const v = judgeSchool(file({ schoolId: undefined }), local())
    expect(v.kind === 'refuse' && v.message).toContain('没有学校编号')
    expect(v.kind === 'refuse' && v.message).toContain('在导出它的电脑（「分校教务处」）上把班务通升级')
  })

  it('says so when it adopts an id', () => {
    const v = judgeSchool(file({ schoolId: LARGER }), local({ id: SMALLER, provisional: true }))
    expect(v.kind === 'adopt' && v.message).toContain(`导入后本机将改用该校的学校编号 ${LARGER}`)
  })

  it('converges: offices with provisional ids all end on the smallest, whatever the order of imports', () => {
    const ids = [LARGER, THEIRS, SMALLER, OURS]
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
    ]
    for (const order of orders) {
      const offices = ids.map((id) => local({ id, provisional: true }))
      // Every office imports every other's latest file, twice round, in this order.
      for (let round = 0; round < 2; round++)
        for (const to of order)
          for (const from of order) {
            if (to === from) continue
            const v = judgeSchool(
              file({
                schoolId: offices[from]!.id,
                schoolIdProvisional: offices[from]!.provisional || undefined,
              }),
              offices[to]!,
            )
            expect(v.kind).not.toBe('refuse')
            if (v.kind === 'adopt')
              offices[to] = { ...offices[to]!, id: v.schoolId, provisional: v.provisional }
          }
      expect(new Set(offices.map((o) => o.id))).toEqual(new Set([SMALLER]))
    }
  })
})

describe('a typed school id', () => {
  it.each([
    ['01JE0000000000000000000000', '01JE0000000000000000000000'],
    ['  01je 0000-0000 0000 0000 0000 00 ', '01JE0000000000000000000000'],
    ['O1JEOOOOOOOOOOOOOOOOOOOOOO', '01JE0000000000000000000000'],
    ['01JE000000000000000000000', null],
    ['01JE00000000000000000000000', null],
    ['01JE000000000000000000000U', null],
    ['中共松江区委党校', null],
  ])('%j → %j', (typed, id) => {
    expect(parseSchoolId(typed)).toBe(id)
  })

  it('compares names as typed, up to surrounding spaces and composition', () => {
    expect(sameSchoolName(' 党校 ', '党校')).toBe(true)
    expect(sameSchoolName('Cafe\u0301', 'Café')).toBe(true)
    expect(sameSchoolName('松江党校', '青浦党校')).toBe(false)
  })
})
