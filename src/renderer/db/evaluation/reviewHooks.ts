import dayjs from 'dayjs'
import { useLiveQuery } from 'dexie-react-hooks'
import { assessmentOutcome, checklistOnTime } from '@shared/evaluation/classOutcomes'
import {
  attendanceCounts,
  type ClassFigures,
  type QuestionnaireFigure,
} from '@shared/evaluation/headTeacherReview'
import { publicationProblem } from '@shared/evaluation/publication'
import {
  DEFAULT_CLASS_QUESTIONNAIRE,
  DEFAULT_SATISFACTION_QUESTIONNAIRE,
  ratingQuestions,
} from '@shared/evaluation/questionnaire'
import type { ReviewWeighting } from '@shared/evaluation/review'
import { loadClassAssessment } from '../assessment/classAssessmentQuery'
import { useData } from '../core/DataProvider'
import type { DataAccess } from '../core/openData'
import { listClassStudents } from '../roster/classStudents'
import { loadClassEvaluation } from './evaluationHooks'

/**
 * What the year-end review needs of every class (shared/evaluation/headTeacherReview.ts): dates,
 * hours, head teachers, attendance counts over completed roll calls, the grades of a finalised
 * assessment (read through the assessment area's own query, not recomputed here), the checklist
 * items done on time, and both questionnaires on the version the class answered with whether they
 * may be published. Read live.
 */
export function useReviewInput(): ReviewInput | undefined {
  const data = useData()
  // The weighting is its own query: a change of it shows at once, whatever the classes' reads do.
  const weighting = useLiveQuery(() => data.reviewWeighting.current(), [data])
  const classes = useLiveQuery(() => loadReviewClasses(data, dayjs().format('YYYY-MM-DD')), [data])
  return weighting && classes ? { classes, weighting } : undefined
}

export interface ReviewInput {
  classes: ClassFigures[]
  weighting: ReviewWeighting
}

/** One read of every class's figures; `today` decides which checklist items are due. */
export async function loadReviewInput(data: Omit<DataAccess, 'db'>, today: string): Promise<ReviewInput> {
  return { classes: await loadReviewClasses(data, today), weighting: await data.reviewWeighting.current() }
}

async function loadReviewClasses(data: Omit<DataAccess, 'db'>, today: string): Promise<ClassFigures[]> {
  const classes: ClassFigures[] = []
  for (const c of await data.classes.listLive()) {
    const [students, sessions, marks, header, checklist] = await Promise.all([
      listClassStudents(data, c.id),
      data.sessions.listByClass(c.id),
      data.attendance.listByClass(c.id),
      data.assessment.header(c.id),
      data.checklists.get(c.id),
    ])
    const finalised = header?.finalised ?? false
    const grades = finalised
      ? (await loadClassAssessment(data, c.id)).summary.students.map((s) => s.grade)
      : []
    classes.push({
      classId: c.id,
      className: c.name,
      headTeachers: c.headTeachers,
      startDate: c.startDate,
      endDate: c.endDate,
      hours: c.totalHours,
      attendance: attendanceCounts(
        sessions.filter((s) => s.callState === 'called').map((s) => s.id),
        students.map((s) => s.enrollmentId),
        marks,
      ),
      assessment: assessmentOutcome(finalised, grades),
      checklist: checklist ? checklistOnTime(checklist.items, today) : null,
      evaluation: await questionnaireFigure(
        data,
        c.id,
        DEFAULT_CLASS_QUESTIONNAIRE.questionnaireId,
        students.length,
      ),
      satisfaction: await questionnaireFigure(
        data,
        c.id,
        DEFAULT_SATISFACTION_QUESTIONNAIRE.questionnaireId,
        students.length,
      ),
    })
  }
  return classes
}

async function questionnaireFigure(
  data: Pick<DataAccess, 'questionnaires' | 'responses'>,
  classId: string,
  questionnaireId: string,
  classSize: number,
): Promise<QuestionnaireFigure> {
  const { questionnaire, responses } = await loadClassEvaluation(data, classId, questionnaireId)
  const rating = new Set(ratingQuestions(questionnaire).map((x) => x.code))
  let sum = 0
  let count = 0
  for (const s of responses)
    for (const [code, a] of Object.entries(s.answers))
      if (rating.has(code) && typeof a === 'number') {
        sum += a
        count++
      }
  const values = questionnaire.scale.map((p) => p.value)
  return {
    published: publicationProblem(responses.length, classSize) === null,
    responses: responses.length,
    sum,
    count,
    min: Math.min(...values),
    max: Math.max(...values),
  }
}
