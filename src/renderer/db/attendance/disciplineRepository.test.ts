import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openData, type DataAccess } from '../core/openData'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`discipline-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

describe('DisciplineRepository', () => {
  it('records criticism and leaving school, in time order per class', async () => {
    const { discipline } = await fresh()
    await discipline.record({
      classId: 'C',
      enrollmentId: 'E1',
      kind: 'leftSchool',
      at: '2025-09-12T20:00',
      note: '',
    })
    await discipline.record({
      classId: 'C',
      enrollmentId: 'E1',
      kind: 'criticism',
      at: '2025-09-10T17:00',
      note: ' 谈话 ',
    })
    await discipline.record({
      classId: 'D',
      enrollmentId: 'E2',
      kind: 'criticism',
      at: '2025-09-10T17:00',
      note: '',
    })
    const list = await discipline.listByClass('C')
    expect(list.map((e) => [e.kind, e.note])).toEqual([
      ['criticism', '谈话'],
      ['leftSchool', ''],
    ])
  })

  it('refuses an event without a student or a time', async () => {
    const { discipline } = await fresh()
    await expect(
      discipline.record({ classId: 'C', enrollmentId: '', kind: 'criticism', at: '2025-09-10', note: '' }),
    ).rejects.toThrow('请选择学员；请填写时间')
  })
})
