import { describe, expect, it } from 'vitest'
import { emptyPerson, enrollmentIdFor, newEnrollment } from '../../db/roster/rosterBuilders'
import type { ClassRoster } from '../../db/roster/rosterQueries'
import type { EnrollmentRecord, GroupRecord, PersonRecord } from '../../db/roster/rosterRecords'
import { searchRows, toGridRows } from './rosterGridRows'

const meta = (id: string) => ({ id, createdAt: '', deleted: false, _hlc: {}, _updated: '' })

function entry(id: string, person: Partial<PersonRecord>, enrollment: Partial<EnrollmentRecord> = {}) {
  return {
    person: { ...emptyPerson(), ...person, ...meta(id) } as PersonRecord,
    enrollment: {
      ...newEnrollment('C', id),
      ...enrollment,
      ...meta(enrollmentIdFor('C', id)),
    } as EnrollmentRecord,
    groupName: '',
    partyGroupName: '',
  }
}

const group = (id: string, kind: GroupRecord['kind'], name: string, leader: string | null): GroupRecord => ({
  ...meta(id),
  classId: 'C',
  kind,
  name,
  order: 1,
  leaderEnrollmentId: leader,
})

describe('roster grid rows', () => {
  const roster: ClassRoster = {
    entries: [
      entry(
        'a',
        { name: '张三', idNumber: '11010519491231002X', unit: '区财政局' },
        { roles: ['班长', '临时党支部书记'] },
      ),
      entry('b', { name: '李四', unit: '区教育局', phone: '13812345678' }),
      entry('c', { name: '曾东玉', studentNo: '202244527' }),
    ],
    groups: [
      group('g1', 'discussion', '第1组', enrollmentIdFor('C', 'a')),
      group('g2', 'party', '第一党小组', enrollmentIdFor('C', 'a')),
      group('g3', 'party', '机关', enrollmentIdFor('C', 'b')),
    ],
  }
  const rows = toGridRows(roster)

  it('lists committee roles in committee order, then the groups a person leads', () => {
    expect(rows[0]).toMatchObject({
      roles: ['临时党支部书记', '班长'],
      leads: ['第1组组长', '第一党小组组长'],
    })
    expect(rows[1]!.leads).toEqual(['机关党小组长'])
  })

  it.each([
    ['zs', ['张三']],
    ['zhangsan', ['张三']],
    ['002X', ['张三']],
    ['002x', ['张三']],
    ['教育', ['李四']],
    ['5678', ['李四']],
    ['zdy', ['曾东玉']],
    ['202244', ['曾东玉']],
    ['', ['张三', '李四', '曾东玉']],
  ])('search %j finds %j', (query, names) => {
    expect(searchRows(rows, query).map((r) => r.name)).toEqual(names)
  })
})
