import { publicationProblem } from '@shared/evaluation/publication'
import { questionnaireResults } from '@shared/evaluation/results'
import { useClassStudents } from '../../db/attendance/attendanceHooks'
import { useClassEvaluation } from '../../db/evaluation/evaluationHooks'

/**
 * One of the class's questionnaires (the class evaluation or seed 002's 满意度测评): the version the
 * class answers, its answer sheets, the class size (students not withdrawn) and the results with
 * the reason they are not published yet, if any.
 */
export function useEvaluation(classId: string, questionnaireId: string) {
  const data = useClassEvaluation(classId, questionnaireId)
  const students = useClassStudents(classId)
  if (!data || !students) return undefined
  const sheets = data.responses
  const classSize = students.length
  return {
    questionnaire: data.questionnaire,
    latest: data.latest,
    sheets,
    classSize,
    nextNumber: Math.max(0, ...sheets.map((s) => s.number)) + 1,
    problem: publicationProblem(sheets.length, classSize),
    results: questionnaireResults(data.questionnaire, sheets),
  }
}
