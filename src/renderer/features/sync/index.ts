/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { BackupSection } from './BackupSection'
export { DailyBackup } from './DailyBackup'
export { SyncPage } from './SyncPage'
