import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from '../core/DataProvider'
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
