import type { Synced } from '@shared/sync/record'
import type {
  LedgerAttachmentFields,
  LedgerBranchFields,
  LedgerEntryFields,
  LedgerMemberFields,
  LedgerReviewFields,
} from '@shared/ledger/records'
import type { LedgerSchemeFields } from '@shared/ledger/scheme'

/**
 * How party-spirit ledgers are stored (issue 14; field schemas in shared/ledger/records.ts and
 * scheme.ts). Schemes are school-wide (id `${schemeId}@${version}`); a class's 临时党支部 and its
 * members, entries, evidence and reviews carry the class in `classId`.
 */
export type LedgerSchemeRecord = Synced<LedgerSchemeFields>
export type LedgerBranchRecord = Synced<LedgerBranchFields>
export type LedgerMemberRecord = Synced<LedgerMemberFields>
export type LedgerEntryRecord = Synced<LedgerEntryFields>
export type LedgerAttachmentRecord = Synced<LedgerAttachmentFields>
/** id = ledgerReviewId(memberId, year): two offices entering the same member's review merge. */
export type LedgerReviewRecord = Synced<LedgerReviewFields>
