import {
  DEFAULT_CLASS_QUESTIONNAIRE,
  defaultQuestionnaire,
  QUESTIONNAIRE_IDS,
  questionnaireKey,
  questionnaireRecordSchema,
  type QuestionnaireFields,
} from '@shared/evaluation/questionnaire'
import { cleanDraft, draftProblems, type QuestionnaireDraft } from '@shared/evaluation/questionnaireDraft'
import { ValidationError } from '@shared/validationError'
import { SyncedRepository } from '../core/syncedRepository'
import type { QuestionnaireRecord } from './evaluationRecords'

/**
 * The school's questionnaires, one record per version (id = `${questionnaireId}@${version}`): the
 * class evaluation and seed 002's 组织员满意度测评. Until the school stores its own, the built-in
 * default is version 1; it is written the first time answers are entered or a new version is saved,
 * so every answer's version is in the data that syncs.
 */
export class QuestionnaireRepository extends SyncedRepository<QuestionnaireFields> {
  /** Every stored version of a questionnaire, newest first (the built-in default when none). */
  async versions(
    questionnaireId = DEFAULT_CLASS_QUESTIONNAIRE.questionnaireId,
  ): Promise<QuestionnaireFields[]> {
    const stored = (await this.listLiveWhere('questionnaireId', questionnaireId)).sort(
      (a, b) => b.version - a.version,
    )
    const builtIn = defaultQuestionnaire(questionnaireId)
    if (builtIn && !stored.some((q) => q.version === builtIn.version)) return [...stored, builtIn]
    return stored
  }

  /** The newest version of a questionnaire (the built-in default when none is stored). */
  async latest(questionnaireId = DEFAULT_CLASS_QUESTIONNAIRE.questionnaireId): Promise<QuestionnaireFields> {
    const [newest] = await this.versions(questionnaireId)
    if (!newest) throw new Error(`没有这份问卷（${questionnaireId}）`)
    return newest
  }

  /** The newest version of each of the school's questionnaires, in their order. */
  async latestOfEach(): Promise<QuestionnaireFields[]> {
    return Promise.all(QUESTIONNAIRE_IDS.map((id) => this.latest(id)))
  }

  /** The version `key` names (a built-in default when it is that one and not stored). */
  async byKey(key: string): Promise<QuestionnaireFields | null> {
    const r = await this.get(key)
    if (r && !r.deleted) return r
    return DEFAULT_QUESTIONNAIRES_BY_KEY.get(key) ?? null
  }

  /** Makes sure the version is stored (answers refer to it). */
  async ensureStored(q: QuestionnaireFields): Promise<void> {
    const key = questionnaireKey(q)
    if (await this.get(key)) return
    await this.put(key, q)
  }

  /**
   * A new version of a questionnaire (the old stays, answers given on it keep their meaning, and
   * classes that answered it keep it). The version it was copied from is stored too, so every
   * office sees the same history.
   */
  async saveNewVersion(draft: QuestionnaireDraft): Promise<QuestionnaireRecord> {
    const problems = draftProblems(draft)
    if (problems.length) throw new ValidationError({ questions: problems.join('；') })
    const clean = cleanDraft(draft)
    const previous = await this.latest(clean.questionnaireId)
    const r = questionnaireRecordSchema.safeParse({ ...clean, version: previous.version + 1 })
    if (!r.success) throw ValidationError.fromZod(r.error)
    await this.ensureStored(previous)
    return this.put(questionnaireKey(r.data), r.data)
  }
}

const DEFAULT_QUESTIONNAIRES_BY_KEY = new Map(
  QUESTIONNAIRE_IDS.map((id) => {
    const q = defaultQuestionnaire(id)!
    return [questionnaireKey(q), q] as const
  }),
)
