import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CLASS_QUESTIONNAIRE as Q } from '@shared/evaluation/questionnaire'
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
  it('a new questionnaire version keeps the old one', async () => {
    const { questionnaires } = await fresh()
    const v2 = await questionnaires.saveNewVersion({ ...Q, title: '评估问卷（修订）' })
    expect(v2.version).toBe(2)
    expect((await questionnaires.latest()).title).toBe('评估问卷（修订）')
    expect((await questionnaires.byKey('class-evaluation@1'))?.title).toBe(Q.title)
  })
})
