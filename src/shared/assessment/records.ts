import { z } from 'zod'
import { assessmentSchemeSchema } from './scheme'
import { GRADES } from './grades'
import { EVALUATION_RATINGS } from './evaluation'

/**
 * The stored shape of the assessment tables (issue 13, schema version 7), as the repositories
 * write them and as a sync file must carry them (src/shared/sync/tableSchemas.ts). Strict on types;
 * unknown extra fields pass (a newer minor version may add one). Types and ids:
 * db/assessment/assessmentRecords.ts.
 */

/** A version of the school's 考核方案; id `${schemeId}@${version}`. Never changed once saved. */
export const assessmentSchemeRecordSchema = z.looseObject({
  schemeId: z.string().min(1),
  version: z.number().int().min(1),
  scheme: assessmentSchemeSchema,
})

/** A class's assessment header; id = class id. */
export const assessmentHeaderRecordSchema = z.looseObject({
  classId: z.string().min(1),
  schemeId: z.string().min(1),
  schemeVersion: z.number().int().min(1),
  finalised: z.boolean(),
  /** YYYY-MM-DDTHH:mm of the last 定稿, '' when never. */
  finalisedAt: z.string(),
  finalisedBy: z.string(),
})

/**
 * Points for one student and item; id `${enrollmentId}:${itemCode}:${date}`. date '' is the
 * item's recorded score (the grid, the Excel sheet); a dated entry adds to it (a +/- beside a
 * session's roll call).
 */
export const assessmentEntryRecordSchema = z.looseObject({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  itemCode: z.string().min(1),
  date: z.string(),
  sessionId: z.string().nullable(),
  points: z.number().min(-1000).max(1000),
  note: z.string().max(500),
})

/** One qualitative evaluation (第七条) of a student by a source; id `${enrollmentId}:${source}`. */
export const assessmentEvaluationRecordSchema = z.looseObject({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  source: z.string().min(1),
  rating: z.enum(EVALUATION_RATINGS).nullable(),
  comment: z.string().max(2000),
  /**
   * 学员互评 from printed ballots: how many ballots gave each rating (peerBallot.ts); the rating
   * above is what they give. Absent or null when the rating was chosen directly.
   */
  tally: z
    .object({
      excellent: z.number().int().min(0),
      good: z.number().int().min(0),
      fair: z.number().int().min(0),
      poor: z.number().int().min(0),
    })
    .nullable()
    .optional(),
})

/** An exam or 考查 of a class (附2 第十九条; seed 001 7.7). */
export const examRecordSchema = z.looseObject({
  classId: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['exam', 'check']),
  /** YYYY-MM-DD or ''. */
  date: z.string(),
  fullMark: z.number().positive(),
  passMark: z.number().min(0),
  /** Position among the class's exams. */
  order: z.number().int(),
})

/** A student's result in one exam, the make-up beside the first sitting; id `${examId}:${enrollmentId}`. */
export const examScoreRecordSchema = z.looseObject({
  classId: z.string().min(1),
  examId: z.string().min(1),
  enrollmentId: z.string().min(1),
  score: z.number().min(0).nullable(),
  absent: z.boolean(),
  makeUpScore: z.number().min(0).nullable(),
  makeUpAbsent: z.boolean(),
})

/** The head teacher's grade of a student (第十三条); id `${classId}:${enrollmentId}`. */
export const assessmentGradeRecordSchema = z.looseObject({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  /** The grade chosen; null: not graded yet (the proposal shows). */
  grade: z.enum(GRADES).nullable(),
  /** The app's proposal when the grade was chosen. */
  proposed: z.enum(GRADES).nullable(),
  /** Why the head teacher departed from the proposal, or a note. */
  reason: z.string().max(500),
  /** A recorded disciplinary sanction (违法违纪处分, 第十四条): bars 合格 and 优秀. '' when none. */
  sanction: z.string().max(500),
})

/** A 校长室 adjustment of the 优秀 count for a class (第十三条 "在校长室的指导下酌情删减"). */
export const quotaAdjustmentRecordSchema = z.looseObject({
  classId: z.string().min(1),
  min: z.number().int().min(0),
  max: z.number().int().min(0),
  decidedBy: z.string().min(1),
  /** YYYY-MM-DDTHH:mm */
  decidedAt: z.string().min(1),
  reason: z.string().min(1),
  /** Who recorded it in the app. */
  recordedBy: z.string(),
})

/** A line of a class's 定稿 log: finalised, or unlocked with a reason. */
export const assessmentLogRecordSchema = z.looseObject({
  classId: z.string().min(1),
  action: z.enum(['finalise', 'unlock']),
  /** YYYY-MM-DDTHH:mm */
  at: z.string().min(1),
  by: z.string(),
  reason: z.string(),
})
