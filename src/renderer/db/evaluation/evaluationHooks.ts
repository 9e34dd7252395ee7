import { useLiveQuery } from 'dexie-react-hooks'
import type { QuestionnaireFields } from '@shared/evaluation/questionnaire'
import { useData } from '../core/DataProvider'
import type { QuestionnaireResponseRecord } from './evaluationRecords'

/** The questionnaire a class answers now (the newest version) and the class's answer sheets. */
export interface ClassEvaluation {
  questionnaire: QuestionnaireFields
  /** Sheets of every version; the screen shows those of `questionnaire`. */
  responses: QuestionnaireResponseRecord[]
}

export function useClassEvaluation(classId: string): ClassEvaluation | undefined {
  const { questionnaires, responses } = useData()
  return useLiveQuery(
    async () => ({
      questionnaire: await questionnaires.latest(),
      responses: await responses.listByClass(classId),
    }),
    [questionnaires, responses, classId],
  )
}
