import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { openData, type DataAccess } from '../core/openData'
import { emptyPerson, enrollmentIdFor, newEnrollment } from './rosterBuilders'

let n = 0
const opened: DataAccess[] = []
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

/** A class with people p0…p{count-1}: alternating gender, units U0–U2. */
async function classWith(count: number) {
  const data = await openData(`groups-${++n}`)
  opened.push(data)
  const cls = await data.classes.createClass({
    ...newClassDefaults('zhongqing', '2025-03-01'),
    name: '中青班',
  })
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    await data.people.put(`p${i}`, {
      ...emptyPerson(`学员${i}`),
      gender: i % 2 ? '女' : '男',
      unit: `U${i % 3}`,
    })
    const id = enrollmentIdFor(cls.id, `p${i}`)
    await data.enrollments.put(id, newEnrollment(cls.id, `p${i}`))
    ids.push(id)
  }
  return { data, classId: cls.id, ids }
}

describe('GroupRepository (小组 and 党小组)', () => {
  it('numbers new groups per kind and lists 小组 before 党小组, each in order', async () => {
    const { data, classId } = await classWith(0)
    await data.groups.createGroup(classId, 'discussion')
    await data.groups.createGroup(classId, 'party')
    await data.groups.createGroup(classId, 'discussion')
    const groups = await data.groups.listByClass(classId)
    expect(groups.map((g) => [g.kind, g.name])).toEqual([
      ['discussion', '第1组'],
      ['discussion', '第2组'],
      ['party', '第1党小组'],
    ])
    await expect(data.groups.createGroup(classId, 'discussion', '  ')).rejects.toThrow('请填写组名')
  })

  it('assigns members, one group per kind; a leader who moves out stops leading', async () => {
    const { data, classId, ids } = await classWith(3)
    const g1 = await data.groups.createGroup(classId, 'discussion')
    const g2 = await data.groups.createGroup(classId, 'discussion')
    const party = await data.groups.createGroup(classId, 'party')
    await data.groups.assign('discussion', ids, g1.id)
    await data.groups.assign('party', [ids[0]!], party.id)
    await data.groups.setLeader(g1.id, ids[0]!)
    await data.groups.assign('discussion', [ids[0]!], g2.id)
    const e0 = await data.enrollments.get(ids[0]!)
    expect([e0?.groupId, e0?.partyGroupId]).toEqual([g2.id, party.id])
    expect((await data.groups.get(g1.id))?.leaderEnrollmentId).toBeNull()
    await expect(data.groups.setLeader(g1.id, ids[0]!)).rejects.toThrow('组长必须是本组成员')
    await data.groups.setLeader(g2.id, ids[0]!)
    expect((await data.groups.get(g2.id))?.leaderEnrollmentId).toBe(ids[0])
  })

  it('deleting a group ungroups its members and puts it in the recycle bin', async () => {
    const { data, classId, ids } = await classWith(2)
    const g = await data.groups.createGroup(classId, 'discussion')
    await data.groups.assign('discussion', ids, g.id)
    await data.groups.deleteGroup(g.id)
    expect(await data.groups.listByClass(classId)).toEqual([])
    expect((await data.enrollments.listByClass(classId)).map((e) => e.groupId)).toEqual([null, null])
    expect((await data.groups.get(g.id))?.deleted).toBe(true)
  })

  it('applies the automatic split: reuses existing groups, creates the rest, bins the surplus', async () => {
    const { data, classId, ids } = await classWith(12)
    const named = await data.groups.createGroup(classId, 'discussion', '红旗组')
    await data.groups.assign('discussion', [ids[0]!], named.id)
    await data.groups.setLeader(named.id, ids[0]!)
    const members = await Promise.all(
      ids.map(async (id, i) => ({ id, unit: `U${i % 3}`, gender: (await data.people.get(`p${i}`))!.gender })),
    )
    const groups = await data.groups.applySplit(classId, 'discussion', members, 3)
    expect(groups.map((g) => g.name)).toEqual(['红旗组', '第2组', '第3组'])
    const enrollments = await data.enrollments.listByClass(classId)
    const sizes = groups.map((g) => enrollments.filter((e) => e.groupId === g.id).length)
    expect(sizes).toEqual([4, 4, 4])
    const leader = enrollments.find((e) => e.id === ids[0])!
    expect(groups[0]!.leaderEnrollmentId).toBe(leader.groupId === named.id ? ids[0] : null)

    const again = await data.groups.applySplit(classId, 'discussion', members.slice(0, 10), 2)
    expect(again).toHaveLength(2)
    expect((await data.groups.listByClass(classId)).map((g) => g.name)).toEqual(['红旗组', '第2组'])
    const after = await data.enrollments.listByClass(classId)
    expect(
      after
        .filter((e) => e.groupId === null)
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids.slice(10).sort())
  })
})
