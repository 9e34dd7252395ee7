/**
 * The assessment of a class (issue 13): the one writer of the assessment tables, and the read API
 * other areas use.
 *
 * READ API (for the certificates and registers, helper areas that build on these tables):
 * - `loadClassAssessment(data, classId)` (classAssessmentQuery.ts) → `ClassAssessmentView`: the
 *   class's scheme version, 定稿 state and log, exams, and `summary: ClassAssessmentSummary`
 *   (shared/assessment/classAssessment.ts) with per enrollment: `grade` (chosen, else proposed),
 *   `chosen`, `items` (quantitative points per item code, 学员考勤 computed from attendance),
 *   `total`, `exams` (first sitting, make-up beside it, result), `qualitative` (rated sources as
 *   text, 党小组评议鉴定), `veto`, `missing`; per class the quota, `makeUpList`, `blockers`.
 * - `useClassAssessment(cls)` (assessmentHooks.ts): the same, live, for components.
 * - `AssessmentRepository.header(classId)`: `finalised`, `finalisedAt`, `finalisedBy`.
 *
 * WRITES: every write of a finalised (定稿) class is refused until it is unlocked with a reason;
 * 定稿 and unlocking are logged (assessmentLog). Ids: assessmentRecords.ts.
 */
import type { Grade } from '@shared/assessment/grades'
import type { EvaluationRating } from '@shared/assessment/evaluation'
import { scoreProblem } from '@shared/assessment/exam'
import { peerRating, tallyProblem, tallyTotal, type PeerTally } from '@shared/assessment/peerBallot'
import type { SheetEntry } from '@shared/assessment/scoreSheet'
import type { ExamSheetRow } from '@shared/assessment/examSheet'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import { SyncedRepository } from '../core/syncedRepository'
import type { AssessmentSchemeRepository } from './assessmentSchemeRepository'
import {
  entryId,
  evaluationId,
  examScoreId,
  gradeId,
  type AssessmentEntryFields,
  type AssessmentEntryRecord,
  type AssessmentEvaluationFields,
  type AssessmentEvaluationRecord,
  type AssessmentGradeFields,
  type AssessmentGradeRecord,
  type AssessmentHeaderFields,
  type AssessmentHeaderRecord,
  type AssessmentLogFields,
  type AssessmentLogRecord,
  type ExamFields,
  type ExamRecord,
  type ExamScoreFields,
  type ExamScoreRecord,
  type QuotaAdjustmentFields,
  type QuotaAdjustmentRecord,
} from './assessmentRecords'

/** Everything stored for one class's assessment (live records only). */
export interface ClassAssessmentRecords {
  header: AssessmentHeaderRecord | null
  entries: AssessmentEntryRecord[]
  evaluations: AssessmentEvaluationRecord[]
  exams: ExamRecord[]
  scores: ExamScoreRecord[]
  grades: AssessmentGradeRecord[]
  adjustments: QuotaAdjustmentRecord[]
  log: AssessmentLogRecord[]
}

export type ExamInput = Pick<ExamFields, 'name' | 'kind' | 'date' | 'fullMark' | 'passMark'>

export type ScorePatch = Partial<Pick<ExamScoreFields, 'score' | 'absent' | 'makeUpScore' | 'makeUpAbsent'>>

export class AssessmentRepository {
  readonly headers: SyncedRepository<AssessmentHeaderFields>
  readonly entries: SyncedRepository<AssessmentEntryFields>
  readonly evaluations: SyncedRepository<AssessmentEvaluationFields>
  readonly exams: SyncedRepository<ExamFields>
  readonly scores: SyncedRepository<ExamScoreFields>
  readonly grades: SyncedRepository<AssessmentGradeFields>
  readonly adjustments: SyncedRepository<QuotaAdjustmentFields>
  readonly log: SyncedRepository<AssessmentLogFields>

  constructor(
    private readonly db: BanwuDatabase,
    replica: Replica,
    private readonly schemes: AssessmentSchemeRepository,
  ) {
    this.headers = new SyncedRepository(db, db.assessments, replica)
    this.entries = new SyncedRepository(db, db.assessmentEntries, replica)
    this.evaluations = new SyncedRepository(db, db.assessmentEvaluations, replica)
    this.exams = new SyncedRepository(db, db.exams, replica)
    this.scores = new SyncedRepository(db, db.examScores, replica)
    this.grades = new SyncedRepository(db, db.assessmentGrades, replica)
    this.adjustments = new SyncedRepository(db, db.quotaAdjustments, replica)
    this.log = new SyncedRepository(db, db.assessmentLog, replica)
  }

  /** Every table an assessment write touches: a caller widening the transaction starts from these. */
  get tables() {
    const d = this.db
    return [
      d.assessmentSchemes,
      d.assessments,
      d.assessmentEntries,
      d.assessmentEvaluations,
      d.exams,
      d.examScores,
      d.assessmentGrades,
      d.quotaAdjustments,
      d.assessmentLog,
      d.local,
    ]
  }

  async header(classId: string): Promise<AssessmentHeaderRecord | null> {
    const h = await this.headers.get(classId)
    return h && !h.deleted ? h : null
  }

  /** All of a class's assessment records, for the summary. */
  async loadClass(classId: string): Promise<ClassAssessmentRecords> {
    const [header, entries, evaluations, exams, scores, grades, adjustments, log] = await Promise.all([
      this.header(classId),
      this.entries.listLiveWhere('classId', classId),
      this.evaluations.listLiveWhere('classId', classId),
      this.exams.listLiveWhere('classId', classId),
      this.scores.listLiveWhere('classId', classId),
      this.grades.listLiveWhere('classId', classId),
      this.adjustments.listLiveWhere('classId', classId),
      this.log.listLiveWhere('classId', classId),
    ])
    return {
      header,
      entries,
      evaluations,
      exams: exams.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)),
      scores,
      grades,
      adjustments: adjustments.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)),
      log: log.sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt)),
    }
  }

  /**
   * Runs `fn` in one transaction over the assessment tables, after creating the class's header
   * (with the scheme version current now: a class keeps the version its assessment started with)
   * and refusing when the class is finalised.
   */
  private async edit(classId: string, fn: () => Promise<void>, opts: { allowFinalised?: boolean } = {}) {
    const current = await this.schemes.current()
    await this.db.transaction('rw', this.tables, async () => {
      const h = await this.header(classId)
      if (!h)
        await this.headers.put(classId, {
          classId,
          schemeId: current.schemeId,
          schemeVersion: current.version,
          finalised: false,
          finalisedAt: '',
          finalisedBy: '',
        })
      else if (h.finalised && !opts.allowFinalised)
        throw new Error('本班考核已定稿，须先解除锁定（说明原因）才能修改')
      await fn()
    })
  }

  /** Starts the class's assessment (the header) if it has not started. */
  async start(classId: string): Promise<void> {
    await this.edit(classId, async () => {}, { allowFinalised: true })
  }

  /** Moves the class to the version in force now (before 定稿 only). */
  async useCurrentScheme(classId: string): Promise<void> {
    const current = await this.schemes.current()
    await this.edit(classId, async () => {
      await this.headers.update(classId, { schemeId: current.schemeId, schemeVersion: current.version })
    })
  }

  /** The item's recorded points for a student (null clears it). */
  async setPoints(
    classId: string,
    enrollmentId: string,
    itemCode: string,
    points: number | null,
  ): Promise<void> {
    if (points !== null && !Number.isFinite(points)) throw new Error('分数应为数字')
    await this.edit(classId, async () => {
      const id = entryId(enrollmentId, itemCode)
      if (points === null) {
        const e = await this.entries.get(id)
        if (e && !e.deleted) await this.entries.softDelete(id)
        return
      }
      await this.entries.put(id, {
        classId,
        enrollmentId,
        itemCode,
        date: '',
        sessionId: null,
        points,
        note: '',
      })
    })
  }

  /**
   * A +/- on a session's day for an item (互动提问, 课堂纪律 from the roll call): adds `delta` to
   * the student's dated entry of that day, which counts on top of the item's recorded points.
   */
  async addSessionPoints(
    classId: string,
    enrollmentId: string,
    itemCode: string,
    date: string,
    sessionId: string,
    delta: number,
  ): Promise<void> {
    await this.edit(classId, async () => {
      const id = entryId(enrollmentId, itemCode, date)
      const e = await this.entries.get(id)
      const points = (e && !e.deleted ? e.points : 0) + delta
      await this.entries.put(id, { classId, enrollmentId, itemCode, date, sessionId, points, note: '' })
    })
  }

  /** A whole sheet's entries (Excel), all in one transaction, or nothing. */
  async importPoints(classId: string, entries: readonly SheetEntry[]): Promise<number> {
    await this.edit(classId, async () => {
      await this.entries.putMany(
        entries.map((e) => ({
          id: entryId(e.enrollmentId, e.itemCode),
          fields: {
            classId,
            enrollmentId: e.enrollmentId,
            itemCode: e.itemCode,
            date: '',
            sessionId: null,
            points: e.points,
            note: '',
          },
        })),
      )
    })
    return entries.length
  }

  async setEvaluation(
    classId: string,
    enrollmentId: string,
    source: string,
    rating: EvaluationRating | null,
    comment: string,
  ): Promise<void> {
    await this.edit(classId, async () => {
      const id = evaluationId(enrollmentId, source)
      const before = await this.evaluations.get(id)
      // A rating chosen by hand that the stored ballot tally does not give replaces the tally:
      // otherwise the screen would show counts that contradict the rating beside them.
      const tallyStands = before?.tally != null && peerRating(before.tally) === rating
      await this.evaluations.put(id, {
        classId,
        enrollmentId,
        source,
        rating,
        comment: comment.trim(),
        ...(before?.tally != null && !tallyStands ? { tally: null } : {}),
      })
    })
  }

  /**
   * 学员互评 tallies from the printed ballots, several students at once (one write): each
   * student's rating is the one the tally gives (peerBallot.ts); a student with no ballots gets none.
   */
  async setPeerTallies(
    classId: string,
    source: string,
    tallies: readonly { enrollmentId: string; tally: PeerTally }[],
    classmates: number,
  ): Promise<void> {
    for (const t of tallies) {
      const problem = tallyProblem(t.tally, classmates)
      if (problem) throw new Error(problem)
    }
    await this.edit(classId, async () => {
      for (const t of tallies) {
        const id = evaluationId(t.enrollmentId, source)
        const before = await this.evaluations.get(id)
        const empty = tallyTotal(t.tally) === 0
        await this.evaluations.put(id, {
          classId,
          enrollmentId: t.enrollmentId,
          source,
          rating: empty ? (before?.tally ? null : (before?.rating ?? null)) : peerRating(t.tally),
          comment: before?.comment ?? '',
          tally: empty ? null : { ...t.tally },
        })
      }
    })
  }

  async createExam(classId: string, input: ExamInput): Promise<ExamRecord> {
    const problem = examProblem(input)
    if (problem) throw new Error(problem)
    let made: ExamRecord | undefined
    await this.edit(classId, async () => {
      const order = (await this.exams.listLiveWhere('classId', classId)).length
      made = await this.exams.create({ classId, ...input, name: input.name.trim(), order })
    })
    return made!
  }

  async updateExam(classId: string, examId: string, input: ExamInput): Promise<void> {
    const problem = examProblem(input)
    if (problem) throw new Error(problem)
    await this.edit(classId, async () => {
      await this.exams.update(examId, { ...input, name: input.name.trim() })
    })
  }

  /** Moves an exam to the recycle bin; its scores stay stored with it. */
  async deleteExam(classId: string, examId: string): Promise<void> {
    await this.edit(classId, async () => {
      await this.exams.softDelete(examId)
    })
  }

  /** Changes a student's first sitting or make-up; the other fields stay as they are. */
  async setScore(classId: string, exam: ExamRecord, enrollmentId: string, patch: ScorePatch): Promise<void> {
    for (const s of [patch.score, patch.makeUpScore]) {
      const p = s === undefined || s === null ? null : scoreProblem(s, exam.fullMark)
      if (p) throw new Error(p)
    }
    await this.edit(classId, async () => {
      const id = examScoreId(exam.id, enrollmentId)
      const current = await this.scores.get(id)
      const base: ExamScoreFields =
        current && !current.deleted
          ? {
              classId,
              examId: exam.id,
              enrollmentId,
              score: current.score,
              absent: current.absent,
              makeUpScore: current.makeUpScore,
              makeUpAbsent: current.makeUpAbsent,
            }
          : {
              classId,
              examId: exam.id,
              enrollmentId,
              score: null,
              absent: false,
              makeUpScore: null,
              makeUpAbsent: false,
            }
      const next = { ...base, ...patch }
      // A score and 缺考 exclude each other.
      if (patch.score != null) next.absent = false
      if (patch.absent) next.score = null
      if (patch.makeUpScore != null) next.makeUpAbsent = false
      if (patch.makeUpAbsent) next.makeUpScore = null
      await this.scores.put(id, next)
    })
  }

  /** A whole sheet of scores (Excel) for one exam, in one transaction, or nothing. */
  async importScores(classId: string, exam: ExamRecord, rows: readonly ExamSheetRow[]): Promise<number> {
    await this.edit(classId, async () => {
      const ids = rows.map((r) => examScoreId(exam.id, r.enrollmentId))
      const stored = await this.db.examScores.bulkGet(ids)
      await this.scores.putMany(
        rows.map((r, i) => {
          const c = stored[i] && !stored[i].deleted ? stored[i] : undefined
          return {
            id: ids[i]!,
            fields: {
              classId,
              examId: exam.id,
              enrollmentId: r.enrollmentId,
              score: r.first ? r.first.score : (c?.score ?? null),
              absent: r.first ? r.first.absent : (c?.absent ?? false),
              makeUpScore: r.makeUp ? r.makeUp.score : (c?.makeUpScore ?? null),
              makeUpAbsent: r.makeUp ? r.makeUp.absent : (c?.makeUpAbsent ?? false),
            },
          }
        }),
      )
    })
    return rows.length
  }

  /** The head teacher's grade (null: back to the proposal). Rules are checked by the caller (gradeChoiceProblem). */
  async setGrade(
    classId: string,
    enrollmentId: string,
    grade: Grade | null,
    proposed: Grade | null,
    reason?: string,
  ): Promise<void> {
    await this.edit(classId, async () => {
      const id = gradeId(classId, enrollmentId)
      const current = await this.grades.get(id)
      await this.grades.put(id, {
        classId,
        enrollmentId,
        grade,
        proposed,
        reason: reason ?? current?.reason ?? '',
        sanction: current?.sanction ?? '',
      })
    })
  }

  /** Records (or clears, with '') a disciplinary sanction (第十四条): it bars 合格 and 优秀. */
  async setSanction(classId: string, enrollmentId: string, sanction: string): Promise<void> {
    await this.edit(classId, async () => {
      const id = gradeId(classId, enrollmentId)
      const current = await this.grades.get(id)
      await this.grades.put(id, {
        classId,
        enrollmentId,
        // The veto bars 合格 and 优秀 (第十四条): a grade chosen before goes back to the proposal.
        grade: sanction.trim() && current?.grade !== 'fail' ? null : (current?.grade ?? null),
        proposed: current?.proposed ?? null,
        reason: current?.reason ?? '',
        sanction: sanction.trim(),
      })
    })
  }

  /** A 校长室 decision on the class's 优秀 count (第十三条); the latest one rules. */
  async recordAdjustment(
    classId: string,
    fields: Omit<QuotaAdjustmentFields, 'classId'>,
  ): Promise<QuotaAdjustmentRecord> {
    if (fields.min > fields.max) throw new Error('优秀人数的下限不能大于上限')
    if (!fields.decidedBy.trim()) throw new Error('请填写由谁决定（校长室）')
    if (!fields.reason.trim()) throw new Error('请填写原因')
    let made: QuotaAdjustmentRecord | undefined
    await this.edit(classId, async () => {
      made = await this.adjustments.create({
        classId,
        ...fields,
        decidedBy: fields.decidedBy.trim(),
        reason: fields.reason.trim(),
      })
    })
    return made!
  }

  async withdrawAdjustment(classId: string, id: string): Promise<void> {
    await this.edit(classId, async () => {
      await this.adjustments.softDelete(id)
    })
  }

  /**
   * 定稿: stores every student's grade in force (the proposals the head teacher left become
   * chosen grades), locks the class and logs it. The caller has checked the blockers.
   */
  async finalise(
    classId: string,
    grades: readonly { enrollmentId: string; grade: Grade; proposed: Grade | null }[],
    by: string,
    at: string,
  ): Promise<void> {
    await this.edit(classId, async () => {
      const current = new Map(
        (await this.grades.listLiveWhere('classId', classId)).map((g) => [g.enrollmentId, g]),
      )
      await this.grades.putMany(
        grades.map((g) => {
          const c = current.get(g.enrollmentId)
          return {
            id: gradeId(classId, g.enrollmentId),
            fields: {
              classId,
              enrollmentId: g.enrollmentId,
              grade: g.grade,
              proposed: c?.proposed ?? g.proposed,
              reason: c?.reason ?? '',
              sanction: c?.sanction ?? '',
            },
          }
        }),
      )
      await this.headers.update(classId, { finalised: true, finalisedAt: at, finalisedBy: by })
      await this.log.create({ classId, action: 'finalise', at, by, reason: '' })
    })
  }

  /** Unlocks a finalised class; the reason is required and logged. */
  async unlock(classId: string, reason: string, by: string, at: string): Promise<void> {
    if (!reason.trim()) throw new Error('解除锁定须说明原因')
    await this.edit(
      classId,
      async () => {
        const h = await this.header(classId)
        if (!h?.finalised) throw new Error('本班考核尚未定稿')
        await this.headers.update(classId, { finalised: false })
        await this.log.create({ classId, action: 'unlock', at, by, reason: reason.trim() })
      },
      { allowFinalised: true },
    )
  }
}

/** Why an exam cannot be saved, or null. */
export function examProblem(input: ExamInput): string | null {
  if (!input.name.trim()) return '请填写考试名称'
  if (!(input.fullMark > 0)) return '满分应大于 0'
  if (!(input.passMark >= 0) || input.passMark > input.fullMark)
    return `及格分应在 0 到 ${input.fullMark} 之间`
  return null
}
