/**
 * What other parts of the app may use of this area; everything else in the folder is its own.
 * The certificates and registers (features/assessment/certificates/) build on the same read API
 * (db/assessment: `useClassAssessment`, `loadClassAssessment`).
 */
export { AssessmentTab } from './AssessmentTab'
export { AssessmentProgress } from './AssessmentProgress'
export { cellInputSx } from './PointsPanel'
export { AssessmentDueList } from './AssessmentProgress'
// The quick +/- beside the roll call (features/attendance/RollCall*.tsx).
export { RollCallPointsCell, RollCallPointsHead, SessionPointsProvider } from './RollCallPoints'
export { PeerBallotSheet, PeerReviewFormSheet } from './PeerBallotSheets'
// 结业证书 and the registers (helper D): print sheets for app/print/sheetRegistry.tsx.
export { CertificatePrintSheet } from './certificates/CertificatePrintSheet'
export {
  AssessmentRegisterSheet,
  ExcellentListSheet,
  MakeUpListSheet,
  ScoreRegisterSheet,
} from './registers/RegisterSheets'
