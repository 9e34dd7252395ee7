import { useLiveQuery } from 'dexie-react-hooks'
import { dayPoints, inClassItems, sessionPointsLock } from '@shared/assessment/sessionPoints'
import { useData } from '../core/DataProvider'
import { classScheme } from './classAssessmentQuery'

/** What the roll call's quick +/- needs for one day: the items, each student's points, the lock. */
export interface SessionPointsView {
  items: { code: string; label: string }[]
  /** `${enrollmentId}:${itemCode}` → the day's points. */
  points: ReadonlyMap<string, number>
  /** Why +/- is refused (定稿), or null. */
  locked: string | null
}

/**
 * Live: the class's 课堂纪律/互动提问 entries of `date` and its 定稿 state (a lighter read than
 * the whole assessment, for the roll call). `undefined` while loading.
 */
export function useSessionPoints(classId: string, date: string): SessionPointsView | undefined {
  const data = useData()
  return useLiveQuery(async () => {
    const [header, entries] = await Promise.all([
      data.assessment.header(classId),
      data.assessment.entries.listLiveWhere('classId', classId),
    ])
    const { scheme } = await classScheme(data, { header })
    return {
      items: inClassItems(scheme.scheme),
      points: dayPoints(entries, date),
      locked: sessionPointsLock(header?.finalised ?? false),
    }
  }, [data, classId, date])
}
