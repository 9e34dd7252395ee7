import {
  DEFAULT_CLASS_QUESTIONNAIRE,
  QUESTIONNAIRE_IDS,
  type QuestionnaireId,
} from '@shared/evaluation/questionnaire'

/** The school's questionnaires as the 评估 tab and the editor name them. */
export const QUESTIONNAIRE_NAMES: Record<QuestionnaireId, string> = {
  'class-evaluation': '学员评估问卷',
  'organiser-satisfaction': '组织员满意度测评',
}

/** The questionnaire a `?questionnaire=` query names; the class evaluation otherwise. */
export function questionnaireFromQuery(query: URLSearchParams): QuestionnaireId {
  const id = query.get('questionnaire')
  return (
    QUESTIONNAIRE_IDS.find((x) => x === id) ??
    (DEFAULT_CLASS_QUESTIONNAIRE.questionnaireId as QuestionnaireId)
  )
}
