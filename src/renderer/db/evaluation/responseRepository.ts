import {
  questionnaireKey,
  questionnaireResponseRecordSchema,
  responseId,
  type QuestionnaireFields,
  type QuestionnaireResponseFields,
} from '@shared/evaluation/questionnaire'
import { ValidationError } from '@shared/validationError'
import { SyncedRepository } from '../core/syncedRepository'
import type { QuestionnaireResponseRecord } from './evaluationRecords'
import type { QuestionnaireRepository } from './questionnaireRepository'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import type { Table } from 'dexie'

type Answers = QuestionnaireResponseFields['answers']

/**
 * Anonymous answer sheets of a class (评估问卷): numbered like the blank sheets, never linked to a
 * student. id = class + questionnaire version + number, so the same sheet typed in two offices is
 * one record after a merge.
 */
export class ResponseRepository extends SyncedRepository<QuestionnaireResponseFields> {
  constructor(
    db: BanwuDatabase,
    table: Table<QuestionnaireResponseRecord, string>,
    replica: Replica,
    private readonly questionnaires: QuestionnaireRepository,
  ) {
    super(db, table, replica)
  }

  async listByClass(classId: string): Promise<QuestionnaireResponseRecord[]> {
    return (await this.listLiveWhere('classId', classId)).sort((a, b) => a.number - b.number)
  }

  /** Enters (or re-enters) sheet `number` of the class. */
  async saveSheet(
    classId: string,
    q: QuestionnaireFields,
    number: number,
    answers: Answers,
  ): Promise<QuestionnaireResponseRecord> {
    await this.questionnaires.ensureStored(q)
    const fields = check({ classId, questionnaire: questionnaireKey(q), number, answers, source: 'paper' })
    return this.put(responseId(classId, fields.questionnaire, number), fields)
  }

  /** Sheets of a survey export, numbered after the class's last sheet, in one transaction. */
  async importSheets(
    classId: string,
    q: QuestionnaireFields,
    sheets: readonly { answers: Answers }[],
  ): Promise<number> {
    await this.questionnaires.ensureStored(q)
    const key = questionnaireKey(q)
    const last = Math.max(
      0,
      ...(await this.listByClass(classId)).filter((r) => r.questionnaire === key).map((r) => r.number),
    )
    const entries = sheets.map((s, i) => {
      const fields = check({
        classId,
        questionnaire: key,
        number: last + i + 1,
        answers: s.answers,
        source: 'import',
      })
      return { id: responseId(classId, key, fields.number), fields }
    })
    await this.putMany(entries)
    return entries.length
  }
}

function check(fields: QuestionnaireResponseFields): QuestionnaireResponseFields {
  const r = questionnaireResponseRecordSchema.safeParse(fields)
  if (!r.success) throw ValidationError.fromZod(r.error)
  return r.data
}
