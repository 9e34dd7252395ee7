import type { LedgerBranchFields, LedgerMemberFields } from '@shared/ledger/records'
import type { DataAccess } from '../../src/renderer/db/core/openData'

/** A branch member as createBranch takes it. */
export type LedgerMemberInput = Omit<LedgerMemberFields, 'branchId' | 'classId' | 'personId'> & {
  personId?: string
}

/** A full member (正式党员) of a branch, for tests: the name, every other field empty unless given. */
export function ledgerMember(name: string, extra: Partial<LedgerMemberInput> = {}): LedgerMemberInput {
  return {
    name,
    staffNo: '',
    status: 'full',
    joinedOn: '',
    fullOn: '',
    partyPost: '',
    form: 'member',
    from: '',
    to: '',
    ...extra,
  }
}

/**
 * A branch on the built-in 八个一 scheme with one member who has one 承诺书 entry (item pledge,
 * amount 1) on `date`: the smallest ledger that fills every ledger table but attachments and reviews.
 */
export async function branchWithPledge(
  d: DataAccess,
  branch: Pick<LedgerBranchFields, 'name' | 'year' | 'classId'>,
  member: LedgerMemberInput,
  date: string,
) {
  const scheme = await d.ledger.adoptTemplate('builtin.eight-items')
  const created = await d.ledger.createBranch({ ...branch, schemeRecordId: scheme.id }, [member])
  const [stored] = await d.ledger.members.listLiveWhere('branchId', created.id)
  const [entry] = await d.ledger.addEntries(created, [stored!.id], {
    date,
    item: 'pledge',
    amount: 1,
    note: '',
  })
  return { scheme, branch: created, member: stored!, entry: entry! }
}
