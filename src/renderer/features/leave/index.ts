/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { LeaveTab } from './LeaveTab'
export { WithdrawalNoticeSheet } from './WithdrawalNoticeSheet'
