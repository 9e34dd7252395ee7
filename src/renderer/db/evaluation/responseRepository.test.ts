import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_CLASS_QUESTIONNAIRE as Q,
  DEFAULT_SATISFACTION_QUESTIONNAIRE as S,
} from '@shared/evaluation/questionnaire'
import { loadClassEvaluation } from './evaluationHooks'
import { openData, type DataAccess } from '../core/openData'
import { ValidationError } from '@shared/validationError'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`evaluation-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

describe('ResponseRepository', () => {
  it('stores the questionnaire version with the first sheet, numbers imports after the last sheet', async () => {
    const { responses, questionnaires } = await fresh()
    await responses.saveSheet('C1', Q, 1, { m1: 5 })
    await responses.saveSheet('C1', Q, 1, { m1: 4 }) // re-entered: the same sheet
    expect(await questionnaires.get('class-evaluation@1')).toMatchObject({ title: Q.title })
    expect(await responses.importSheets('C1', Q, [{ answers: { m1: 3 } }, { answers: { f1: '好' } }])).toBe(2)
    const list = await responses.listByClass('C1')
    expect(list.map((r) => [r.number, r.answers, r.source])).toEqual([
      [1, { m1: 4 }, 'paper'],
      [2, { m1: 3 }, 'import'],
      [3, { f1: '好' }, 'import'],
    ])
  })
  it('refuses sheet number 0', async () => {
    const { responses } = await fresh()
    await expect(responses.saveSheet('C1', Q, 0, {})).rejects.toBeInstanceOf(ValidationError)
  })
  it('a new questionnaire version keeps the old one, stored so it syncs', async () => {
    const { questionnaires } = await fresh()
    const v2 = await questionnaires.saveNewVersion({ ...Q, title: '评估问卷（修订）' })
    expect(v2.version).toBe(2)
    expect((await questionnaires.latest()).title).toBe('评估问卷（修订）')
    expect((await questionnaires.get('class-evaluation@1'))?.title).toBe(Q.title)
    expect((await questionnaires.versions()).map((v) => v.version)).toEqual([2, 1])
    expect((await questionnaires.latest(S.questionnaireId)).version).toBe(1)
  })
  it('refuses a draft with problems, naming them', async () => {
    const { questionnaires } = await fresh()
    await expect(questionnaires.saveNewVersion({ ...Q, title: '' })).rejects.toThrow('请填写问卷标题')
  })
  it('a class with sheets keeps its version; a class without takes the newest', async () => {
    const data = await fresh()
    await data.responses.saveSheet('C1', S, 1, { s1: 5 })
    await data.questionnaires.saveNewVersion({ ...S, title: '满意度测评（修订）' })
    const c1 = await loadClassEvaluation(data, 'C1', S.questionnaireId)
    expect([c1.questionnaire.version, c1.latest.version, c1.responses.length]).toEqual([1, 2, 1])
    const c2 = await loadClassEvaluation(data, 'C2', S.questionnaireId)
    expect([c2.questionnaire.version, c2.questionnaire.title]).toEqual([2, '满意度测评（修订）'])
    // The class evaluation of C1 is another questionnaire: no sheets there.
    expect((await loadClassEvaluation(data, 'C1', Q.questionnaireId)).responses).toEqual([])
  })
  it('a weighting stored before the new aspects reads them as 0', async () => {
    const { reviewWeighting } = await fresh()
    await reviewWeighting.put('default', { days: 20, hours: 20, attendanceRate: 20, evaluation: 40 } as never)
    expect(await reviewWeighting.current()).toEqual({
      days: 20,
      hours: 20,
      attendanceRate: 20,
      assessment: 0,
      checklist: 0,
      evaluation: 40,
      satisfaction: 0,
    })
  })
})
