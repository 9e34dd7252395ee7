/**
 * Exams and make-ups (seed 000 附2 第十九条; seed 001 7.7–7.9 for university classes: a written
 * exam before the end, a make-up for those who failed or missed it, pass → certificate).
 *
 * The first sitting decides when it passes; otherwise the make-up, recorded beside it, decides.
 */
export const DEFAULT_PASS_MARK = 60
export const DEFAULT_FULL_MARK = 100

export interface ExamSitting {
  /** null: not yet entered. */
  score: number | null
  /** Did not sit the exam (缺考). */
  absent: boolean
}

export interface ExamEntry {
  first: ExamSitting
  /** The make-up (补考), once there is one. */
  makeUp?: ExamSitting | null
}

export type ExamStatus =
  /** Nothing entered yet. */
  | 'pending'
  | 'passed'
  /** Failed or missed the first sitting, make-up not yet entered: on the 补考名单. */
  | 'makeUpDue'
  /** Failed or missed the make-up too. */
  | 'failed'

export interface ExamResult {
  status: ExamStatus
  /** Which sitting decided: the first, or the make-up. */
  decidedBy: 'first' | 'makeUp' | null
  /** The score that counts (the make-up's when it decided). */
  score: number | null
}

function passes(s: ExamSitting, passMark: number): boolean {
  return !s.absent && s.score !== null && s.score >= passMark
}

function entered(s: ExamSitting | null | undefined): s is ExamSitting {
  return Boolean(s) && (s!.absent || s!.score !== null)
}

export function examResult(e: ExamEntry, passMark: number = DEFAULT_PASS_MARK): ExamResult {
  if (!entered(e.first)) return { status: 'pending', decidedBy: null, score: null }
  if (passes(e.first, passMark)) return { status: 'passed', decidedBy: 'first', score: e.first.score }
  if (!entered(e.makeUp)) return { status: 'makeUpDue', decidedBy: null, score: e.first.score }
  return passes(e.makeUp, passMark)
    ? { status: 'passed', decidedBy: 'makeUp', score: e.makeUp.score }
    : { status: 'failed', decidedBy: 'makeUp', score: e.makeUp.score }
}

/** Why a score cannot be recorded, or null: whole or half points from 0 to the full mark. */
export function scoreProblem(score: number, fullMark: number = DEFAULT_FULL_MARK): string | null {
  if (!Number.isFinite(score) || score < 0 || score > fullMark) return `成绩应在 0 到 ${fullMark} 之间`
  if (Math.round(score * 2) !== score * 2) return '成绩最多保留半分（如 85.5）'
  return null
}
