import { useLiveQuery } from 'dexie-react-hooks'
import { useData } from '../core/DataProvider'
import type {
  AppraisalRecord,
  PlacementRecord,
  SecondmentRecord,
  SecondmentTalkRecord,
  SecondmentWorkRecord,
} from './secondmentRecords'

/** Everything of a class's secondment, read live (undefined while loading). */
export interface ClassSecondment {
  schedule: SecondmentRecord | null
  placements: PlacementRecord[]
  work: SecondmentWorkRecord[]
  talks: SecondmentTalkRecord[]
  appraisals: AppraisalRecord[]
}

export function useClassSecondment(classId: string): ClassSecondment | undefined {
  const { secondments, placements, secondmentWork, secondmentTalks, appraisals } = useData()
  return useLiveQuery(
    async () => ({
      schedule: await secondments.forClass(classId),
      placements: await placements.listByClass(classId),
      work: await secondmentWork.listByClass(classId),
      talks: await secondmentTalks.listByClass(classId),
      appraisals: await appraisals.listByClass(classId),
    }),
    [secondments, placements, secondmentWork, secondmentTalks, appraisals, classId],
  )
}
