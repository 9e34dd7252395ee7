import type { QuestionnaireFields, QuestionnaireResponseFields } from '@shared/evaluation/questionnaire'
import type { ReviewWeighting } from '@shared/evaluation/review'
import type { Synced } from '@shared/sync/record'

/**
 * How evaluations are stored (issue 15): questionnaire versions (school-wide, id =
 * `${questionnaireId}@${version}`), anonymous numbered answer sheets per class (id = class +
 * version + number, no enrollment, no name), and the weighting of the year-end review of head
 * teachers (school-wide, id 'default'). Schemas: shared/evaluation/questionnaire.ts, review.ts.
 */
export type QuestionnaireRecord = Synced<QuestionnaireFields>
export type QuestionnaireResponseRecord = Synced<QuestionnaireResponseFields>
export type ReviewWeightingRecord = Synced<ReviewWeighting>
