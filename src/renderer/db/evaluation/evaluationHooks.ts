import { useLiveQuery } from 'dexie-react-hooks'
import { questionnaireKey, versionForClass, type QuestionnaireFields } from '@shared/evaluation/questionnaire'
import { useData } from '../core/DataProvider'
import type { DataAccess } from '../core/openData'
import type { QuestionnaireResponseRecord } from './evaluationRecords'

/** A questionnaire as one class answers it: the class's version and its sheets on that version. */
export interface ClassEvaluation {
  /** The version the class answers (the one its sheets were entered on, else the newest). */
  questionnaire: QuestionnaireFields
  /** The newest version of the school (newer than the class's when the form was edited since). */
  latest: QuestionnaireFields
  /** The class's sheets on `questionnaire`. */
  responses: QuestionnaireResponseRecord[]
}

/** One read of a class's questionnaire (the hook below, and the year-end review). */
export async function loadClassEvaluation(
  data: Pick<DataAccess, 'questionnaires' | 'responses'>,
  classId: string,
  questionnaireId: string,
): Promise<ClassEvaluation> {
  const [latest, all] = await Promise.all([
    data.questionnaires.latest(questionnaireId),
    data.responses.listByClass(classId),
  ])
  const version = versionForClass(
    questionnaireId,
    latest.version,
    all.map((r) => r.questionnaire),
  )
  const questionnaire =
    version === latest.version
      ? latest
      : ((await data.questionnaires.byKey(`${questionnaireId}@${version}`)) ?? latest)
  const key = questionnaireKey(questionnaire)
  return { questionnaire, latest, responses: all.filter((r) => r.questionnaire === key) }
}

export function useClassEvaluation(classId: string, questionnaireId: string): ClassEvaluation | undefined {
  const data = useData()
  return useLiveQuery(
    () => loadClassEvaluation(data, classId, questionnaireId),
    [data, classId, questionnaireId],
  )
}

/** Every version of each of the school's questionnaires, newest first (the editor's list). */
export function useQuestionnaireVersions(questionnaireId: string): QuestionnaireFields[] | undefined {
  const { questionnaires } = useData()
  return useLiveQuery(() => questionnaires.versions(questionnaireId), [questionnaires, questionnaireId])
}
