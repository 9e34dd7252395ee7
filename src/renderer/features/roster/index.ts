/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { RosterTab } from './RosterTab'
export { GroupsTab } from './groups/GroupsTab'
export { DeskCardSheet } from './print/DeskCardSheet'
export { GroupListSheet } from './print/GroupListSheet'
export { ContactsSheet, RosterCheckSheet, RosterListSheet } from './print/RosterListSheets'
