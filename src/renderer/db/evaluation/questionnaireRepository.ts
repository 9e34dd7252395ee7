import {
  DEFAULT_CLASS_QUESTIONNAIRE,
  questionnaireKey,
  questionnaireRecordSchema,
  type QuestionnaireFields,
} from '@shared/evaluation/questionnaire'
import { ValidationError } from '@shared/validationError'
import { SyncedRepository } from '../core/syncedRepository'
import type { QuestionnaireRecord } from './evaluationRecords'

/**
 * The school's questionnaires, one record per version (id = `${questionnaireId}@${version}`).
 * Until the school stores its own, the built-in default is version 1; it is written the first time
 * answers are entered, so every answer's version is in the data that syncs.
 */
export class QuestionnaireRepository extends SyncedRepository<QuestionnaireFields> {
  /** The newest version of a questionnaire (the built-in default when none is stored). */
  async latest(questionnaireId = DEFAULT_CLASS_QUESTIONNAIRE.questionnaireId): Promise<QuestionnaireFields> {
    const stored = (await this.listLiveWhere('questionnaireId', questionnaireId)).sort(
      (a, b) => b.version - a.version,
    )
    return stored[0] ?? DEFAULT_CLASS_QUESTIONNAIRE
  }

  /** The version `key` names (the built-in default when it is that one and not stored). */
  async byKey(key: string): Promise<QuestionnaireFields | null> {
    const r = await this.get(key)
    if (r && !r.deleted) return r
    return key === questionnaireKey(DEFAULT_CLASS_QUESTIONNAIRE) ? DEFAULT_CLASS_QUESTIONNAIRE : null
  }

  /** Makes sure the version is stored (answers refer to it). */
  async ensureStored(q: QuestionnaireFields): Promise<void> {
    const key = questionnaireKey(q)
    if (await this.get(key)) return
    await this.put(key, q)
  }

  /** A new version of a questionnaire (the old stays, answers given on it keep their meaning). */
  async saveNewVersion(q: Omit<QuestionnaireFields, 'version'>): Promise<QuestionnaireRecord> {
    const version = (await this.latest(q.questionnaireId)).version + 1
    const r = questionnaireRecordSchema.safeParse({ ...q, version })
    if (!r.success) throw ValidationError.fromZod(r.error)
    const codes = r.data.questions.map((x) => x.code)
    if (new Set(codes).size !== codes.length) throw new ValidationError({ questions: '题目编号不能重复' })
    return this.put(questionnaireKey(r.data), r.data)
  }
}
