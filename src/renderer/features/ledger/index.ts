/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { LedgerPage } from './LedgerPage'
export { BranchPage } from './BranchPage'
export { MemberPage } from './MemberPage'
export { LedgerPrintRoute } from './LedgerPrint'
export { BranchesBehind } from './BranchesBehind'
