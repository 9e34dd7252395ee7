import { splitIntoGroups, type SplitMember } from '@shared/roster/groupSplit'
import type { BanwuDatabase } from '../core/database'
import type { EnrollmentRepository } from './enrollmentRepository'
import type { Replica } from '../core/replica'
import type { GroupFields, GroupKind, GroupRecord } from './rosterRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

export const GROUP_KIND_LABELS: Record<GroupKind, string> = { discussion: '小组', party: '党小组' }

/** The enrollment field that holds membership of a group of this kind. */
export function membershipField(kind: GroupKind): 'groupId' | 'partyGroupId' {
  return kind === 'discussion' ? 'groupId' : 'partyGroupId'
}

/** 第1组, 第2组 … / 第一党小组 is as common, but numbers sort and read back unambiguously. */
export function defaultGroupName(kind: GroupKind, n: number): string {
  return kind === 'discussion' ? `第${n}组` : `第${n}党小组`
}

/**
 * 小组 and 党小组 of a class. Membership lives on the enrollment (groupId / partyGroupId), so a
 * person is in at most one group of each kind; every change that touches both groups and
 * enrollments is one transaction.
 */
export class GroupRepository extends SyncedRepository<GroupFields> {
  constructor(
    db: BanwuDatabase,
    replica: Replica,
    private readonly enrollments: EnrollmentRepository,
  ) {
    super(db, db.groups, replica)
  }

  async listByClass(classId: string): Promise<GroupRecord[]> {
    const kindRank = (g: GroupRecord) => (g.kind === 'discussion' ? 0 : 1)
    return (await this.listLiveWhere('classId', classId)).sort(
      (a, b) => kindRank(a) - kindRank(b) || a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'),
    )
  }

  async createGroup(classId: string, kind: GroupKind, name?: string): Promise<GroupRecord> {
    const existing = (await this.listByClass(classId)).filter((g) => g.kind === kind)
    const order = Math.max(0, ...existing.map((g) => g.order)) + 1
    const chosen = (name ?? defaultGroupName(kind, existing.length + 1)).trim()
    if (!chosen) throw new ValidationError({ name: '请填写组名' })
    return this.create({ classId, kind, name: chosen, order, leaderEnrollmentId: null })
  }

  async rename(id: string, name: string): Promise<GroupRecord> {
    if (!name.trim()) throw new ValidationError({ name: '请填写组名' })
    return this.update(id, { name: name.trim() })
  }

  /** Moves the group to the recycle bin; its members become ungrouped. */
  async deleteGroup(id: string): Promise<void> {
    const group = await this.get(id)
    if (!group) return
    const field = membershipField(group.kind)
    await this.inTransaction(async () => {
      const members = (await this.enrollments.listByClass(group.classId)).filter((e) => e[field] === id)
      for (const m of members) await this.enrollments.update(m.id, { [field]: null })
      await this.softDelete(id)
    })
  }

  /** Puts these enrollments into the group (or into none); a leader who leaves stops leading. */
  async assign(kind: GroupKind, enrollmentIds: readonly string[], groupId: string | null): Promise<void> {
    const field = membershipField(kind)
    if (groupId) {
      const group = await this.get(groupId)
      if (!group || group.deleted || group.kind !== kind) throw new Error('找不到这个组，可能已被删除')
    }
    await this.inTransaction(async () => {
      for (const id of enrollmentIds) {
        const e = await this.enrollments.get(id)
        if (!e || e[field] === groupId) continue
        const previous = e[field]
        await this.enrollments.update(id, { [field]: groupId })
        if (previous) {
          const old = await this.get(previous)
          if (old?.leaderEnrollmentId === id) await this.update(previous, { leaderEnrollmentId: null })
        }
      }
    })
  }

  /** The group's leader (组长 / 党小组长) must be one of its members; null clears it. */
  async setLeader(groupId: string, enrollmentId: string | null): Promise<GroupRecord> {
    const group = await this.get(groupId)
    if (!group) throw new Error('找不到这个组，可能已被删除')
    if (enrollmentId) {
      const e = await this.enrollments.get(enrollmentId)
      if (!e || e.deleted || e[membershipField(group.kind)] !== groupId) {
        throw new ValidationError({ leaderEnrollmentId: '组长必须是本组成员' })
      }
    }
    return this.update(groupId, { leaderEnrollmentId: enrollmentId })
  }

  /**
   * The automatic split (groupSplit.ts) applied: the class's existing groups of this kind are
   * reused in order (names and leaders kept when the leader stays), more are created as needed,
   * surplus ones go to the recycle bin. Returns the groups in order.
   */
  async applySplit(
    classId: string,
    kind: GroupKind,
    members: readonly SplitMember[],
    groupCount: number,
  ): Promise<GroupRecord[]> {
    const split = splitIntoGroups(members, groupCount)
    const field = membershipField(kind)
    const result: GroupRecord[] = []
    await this.inTransaction(async () => {
      const existing = (await this.listByClass(classId)).filter((g) => g.kind === kind)
      const order = Math.max(0, ...existing.map((g) => g.order))
      for (const [i, ids] of split.entries()) {
        const group =
          existing[i] ??
          (await this.create({
            classId,
            kind,
            name: defaultGroupName(kind, i + 1),
            order: order + i + 1,
            leaderEnrollmentId: null,
          }))
        for (const id of ids) await this.enrollments.update(id, { [field]: group.id })
        const leader = group.leaderEnrollmentId
        result.push(
          leader && !ids.includes(leader) ? await this.update(group.id, { leaderEnrollmentId: null }) : group,
        )
      }
      // Whoever the split left out (withdrawn, say) leaves the old groups too.
      const placed = new Set(split.flat())
      for (const e of await this.enrollments.listByClass(classId)) {
        if (e[field] && !placed.has(e.id)) await this.enrollments.update(e.id, { [field]: null })
      }
      for (const surplus of existing.slice(split.length)) await this.softDelete(surplus.id)
    })
    return result
  }

  /** Groups and enrollments change together or not at all. */
  private async inTransaction(fn: () => Promise<void>): Promise<void> {
    await this.db.transaction('rw', [this.db.groups, this.db.enrollments, this.db.local], fn)
  }
}
