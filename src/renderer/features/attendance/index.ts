/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { AttendanceTab } from './AttendanceTab'
export { RegisterPrintSheet } from './RegisterPrintSheet'
export { SignInPrintSheet } from './SignInPrintSheet'
