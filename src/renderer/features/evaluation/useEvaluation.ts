import { publicationProblem } from '@shared/evaluation/publication'
import { questionnaireKey } from '@shared/evaluation/questionnaire'
import { questionnaireResults } from '@shared/evaluation/results'
import { useClassStudents } from '../../db/attendance/attendanceHooks'
import { useClassEvaluation } from '../../db/evaluation/evaluationHooks'

/**
 * The class's questionnaire, its answer sheets on that version, the class size (students not
 * withdrawn) and the results with the reason they are not published yet, if any.
 */
export function useEvaluation(classId: string) {
  const data = useClassEvaluation(classId)
  const students = useClassStudents(classId)
  if (!data || !students) return undefined
  const key = questionnaireKey(data.questionnaire)
  const sheets = data.responses.filter((r) => r.questionnaire === key)
  const classSize = students.length
  return {
    questionnaire: data.questionnaire,
    sheets,
    classSize,
    nextNumber: Math.max(0, ...sheets.map((s) => s.number)) + 1,
    problem: publicationProblem(sheets.length, classSize),
    results: questionnaireResults(data.questionnaire, sheets),
  }
}
