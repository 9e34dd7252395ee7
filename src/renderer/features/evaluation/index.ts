/** What other parts of the app may use of this area; everything else in the folder is its own. */
export { EvaluationTab } from './EvaluationTab'
export { BlankQuestionnaireSheet, EvaluationSummarySheet } from './EvaluationSheets'
export { HeadTeacherReviewPage } from './HeadTeacherReviewPage'
export { QuestionnairePage } from './QuestionnairePage'
