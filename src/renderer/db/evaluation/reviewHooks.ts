import { useLiveQuery } from 'dexie-react-hooks'
import { publicationProblem } from '@shared/evaluation/publication'
import { questionnaireKey, ratingQuestions } from '@shared/evaluation/questionnaire'
import { attendanceCounts, type ClassFigures } from '@shared/evaluation/headTeacherReview'
import type { ReviewWeighting } from '@shared/evaluation/review'
import { useData } from '../core/DataProvider'
import { listClassStudents } from '../roster/classStudents'

/**
 * What the year-end review needs of every class (shared/evaluation/headTeacherReview.ts): dates,
 * hours, head teachers, attendance counts over completed roll calls, and the class's evaluation
 * answers on the current questionnaire with whether they may be published. Read live.
 */
export function useReviewInput(): { classes: ClassFigures[]; weighting: ReviewWeighting } | undefined {
  const data = useData()
  return useLiveQuery(async () => {
    const q = await data.questionnaires.latest()
    const key = questionnaireKey(q)
    const rating = new Set(ratingQuestions(q).map((x) => x.code))
    const classes: ClassFigures[] = []
    for (const c of await data.classes.listLive()) {
      const students = await listClassStudents(data, c.id)
      const sessions = await data.sessions.listByClass(c.id)
      const marks = await data.attendance.listByClass(c.id)
      const sheets = (await data.responses.listByClass(c.id)).filter((r) => r.questionnaire === key)
      let sum = 0
      let count = 0
      for (const s of sheets)
        for (const [code, a] of Object.entries(s.answers))
          if (rating.has(code) && typeof a === 'number') {
            sum += a
            count++
          }
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
        evaluation: {
          published: publicationProblem(sheets.length, students.length) === null,
          responses: sheets.length,
          sum,
          count,
        },
      })
    }
    return { classes, weighting: await data.reviewWeighting.current() }
  }, [data])
}
