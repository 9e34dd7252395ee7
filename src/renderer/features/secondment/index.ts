/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { SecondmentTab } from './SecondmentTab'
export { AppraisalSheets, MeetingScheduleSheet, PlacementListSheet, ReminderSheet } from './SecondmentSheets'
export { pickGrid } from './readGrid'
