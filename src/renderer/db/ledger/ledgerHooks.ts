import { useLiveQuery } from 'dexie-react-hooks'
import { classOrgLife, type OrgLifeAttendance } from '@shared/ledger/orgLife'
import { classHoursSummary } from '@shared/plan/session'
import { useData } from '../core/DataProvider'
import { listClassStudents } from '../roster/classStudents'
import type { BranchData, LedgerAttachmentSummary } from './ledgerRepository'
import type { LedgerBranchRecord, LedgerSchemeRecord } from './ledgerRecords'

/** Live reads of the party-spirit ledgers for components: they re-render on change and never write. */

export function useLedgerBranches(): LedgerBranchRecord[] | undefined {
  const { ledger } = useData()
  return useLiveQuery(() => ledger.listBranches(), [ledger])
}

/** The branch with its scheme, members, entries and reviews; null when it does not exist. */
export function useBranchData(branchId: string | undefined): BranchData | null | undefined {
  const { ledger } = useData()
  return useLiveQuery(async () => (branchId ? ledger.loadBranch(branchId) : null), [ledger, branchId])
}

/** Every branch with its data (首页: who is behind). */
export function useAllBranchData(): BranchData[] | undefined {
  const { ledger } = useData()
  return useLiveQuery(async () => {
    const branches = await ledger.listBranches()
    const all = await Promise.all(branches.map((b) => ledger.loadBranch(b.id)))
    return all.filter((d): d is BranchData => d !== null)
  }, [ledger])
}

export function useLedgerSchemes(): LedgerSchemeRecord[] | undefined {
  const { ledger } = useData()
  return useLiveQuery(() => ledger.listSchemes(), [ledger])
}

export function useBranchAttachments(branchId: string): LedgerAttachmentSummary[] | undefined {
  const { ledger } = useData()
  return useLiveQuery(() => ledger.listAttachments(branchId), [ledger, branchId])
}

/** The members a class's 临时党支部 would start with (the roster's Party members); null without a class. */
export function useClassPartyMembers(classId: string) {
  const { ledger } = useData()
  return useLiveQuery(async () => (classId ? ledger.classPartyMembers(classId) : null), [ledger, classId])
}

/**
 * A class branch's 党小组活动与组织生活 from its class's sessions and roll call, by member id
 * (shared/ledger/orgLife.ts); null for a school's own branch, a scheme without such an item, or a
 * class whose plan has no org-life session. Members who are not students of the class have none.
 */
export function useBranchOrgLife(
  data: BranchData | null | undefined,
): ReadonlyMap<string, OrgLifeAttendance> | null | undefined {
  const repos = useData()
  const classId = data?.branch.classId ?? ''
  const wanted = !!classId && !!data?.scheme.items.some((i) => i.rule === 'attendance')
  const members = data?.members
  return useLiveQuery(async () => {
    if (!wanted || !members) return null
    const cls = await repos.classes.get(classId)
    if (!cls) return null
    const [sessions, marks, requests, students] = await Promise.all([
      repos.sessions.listByClass(classId),
      repos.attendance.listByClass(classId),
      repos.leaveRequests.listByClass(classId),
      listClassStudents(repos, classId),
    ])
    const byPerson = classOrgLife({
      sessions,
      students,
      marks,
      requests,
      totalHours: classHoursSummary(sessions, cls.totalHours).effective,
      noLeaveClass: cls.noLeave,
    })
    if (!byPerson) return null
    const out = new Map<string, OrgLifeAttendance>()
    for (const m of members) {
      const a = m.personId ? byPerson.get(m.personId) : undefined
      if (a) out.set(m.id, a)
    }
    return out
  }, [repos, classId, wanted, members])
}
