import { describe, expect, it } from 'vitest'
import { emptyPerson, enrollmentIdFor, newEnrollment } from '../../db/roster/rosterBuilders'
import type { RosterEntry } from '../../db/roster/rosterQueries'
import type { EnrollmentRecord, GroupRecord } from '../../db/roster/rosterRecords'
import { seatPlan, type SeatOrder } from './seatPlan'

const meta = (id: string) => ({ id, createdAt: '', deleted: false, _hlc: {}, _updated: '' })

function entry(name: string, enrollment: Partial<EnrollmentRecord>): RosterEntry {
  return {
    person: { ...emptyPerson(name), ...meta(name) },
    enrollment: { ...newEnrollment('C', name), ...enrollment, ...meta(enrollmentIdFor('C', name)) },
    groupName: '',
    partyGroupName: '',
  }
}

const group = (id: string, order: number, kind: GroupRecord['kind'] = 'discussion'): GroupRecord => ({
  ...meta(id),
  classId: 'C',
  kind,
  name: id,
  order,
  leaderEnrollmentId: null,
})

// Listed as the roster shows them: the current seats first (they play no part in a fresh numbering).
const entries = [
  entry('周建国', { seat: 1, listOrder: 3, groupId: 'g1' }),
  entry('王丽华', { listOrder: 1, groupId: 'g2', partyGroupId: 'p1' }),
  entry('冯刚', { listOrder: 2, groupId: 'g1' }),
  entry('郑伟', { listOrder: 4, status: 'withdrawn', seat: 4 }),
  entry('阿依古丽', {}),
]
const groups = [group('g2', 2), group('g1', 1), group('p1', 0, 'party')]

describe('编排座号', () => {
  it.each<[SeatOrder, string[]]>([
    ['list', ['王丽华', '冯刚', '周建国', '阿依古丽']],
    ['group', ['冯刚', '周建国', '王丽华', '阿依古丽']],
    ['pinyin', ['阿依古丽', '冯刚', '王丽华', '周建国']],
  ])('%s numbers everyone still in the class from 1', (order, names) => {
    const plan = seatPlan(entries, groups, order)
    const seated = plan.filter((p) => p.seat !== null)
    expect(seated.map((p) => p.seat)).toEqual([1, 2, 3, 4])
    expect(seated.map((p) => p.enrollmentId)).toEqual(names.map((n) => enrollmentIdFor('C', n)))
  })

  it('takes the seat of someone who withdrew', () => {
    expect(seatPlan(entries, groups, 'list')).toContainEqual({
      enrollmentId: enrollmentIdFor('C', '郑伟'),
      seat: null,
    })
  })
})
