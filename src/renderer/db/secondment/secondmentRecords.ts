import type {
  AppraisalFields,
  PlacementFields,
  SecondmentFields,
  SecondmentTalkFields,
  SecondmentWorkFields,
} from '@shared/secondment/records'
import type { Synced } from '@shared/sync/record'

/**
 * How a class's secondment (挂职锻炼, seed 000 附4) is stored (issue 15). Placements, deliverables and
 * 鉴定 have the enrollment id as their id (one student, one of each), so two offices entering the
 * same student's record merge into one; 谈心谈话 are events with ULIDs. Schemas: shared/secondment/records.ts.
 */
export type PlacementRecord = Synced<PlacementFields>
export type SecondmentRecord = Synced<SecondmentFields>
export type SecondmentWorkRecord = Synced<SecondmentWorkFields>
export type SecondmentTalkRecord = Synced<SecondmentTalkFields>
export type AppraisalRecord = Synced<AppraisalFields>
