import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '@shared/checklist/isoDate'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { headTeacherReview } from '@shared/evaluation/headTeacherReview'
import { DEFAULT_SATISFACTION_QUESTIONNAIRE as S } from '@shared/evaluation/questionnaire'
import { openData, type DataAccess } from '../core/openData'
import { loadReviewInput } from './reviewHooks'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`review-input-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

// Seed 000 正文三(二) 带班成效 (附3 grades, 附1 checklist) and seed 002 满意度测评, read from their areas.
describe('loadReviewInput', () => {
  it('reads the finalised grades, the checklist on time and the 满意度测评 of a class', async () => {
    const data = await fresh()
    const cls = await data.classes.createClass({
      ...newClassDefaults('zhongqing', '2026-03-02'),
      name: '测试中青班',
      endDate: '2026-03-31',
      headTeachers: ['王老师'],
    })
    const students = [
      await data.rosterWrites.enrol(cls.id, { name: '张三', studentNo: '1' }),
      await data.rosterWrites.enrol(cls.id, { name: '李四', studentNo: '2' }),
      await data.rosterWrites.enrol(cls.id, { name: '王五', studentNo: '3' }),
    ]
    const checklist = await data.checklists.reconcile(cls)
    const [first, second] = checklist.items
    await data.checklists.setStatus(cls.id, first!.code, 'done', {
      person: '王老师',
      at: `${first!.dueDate} 17:00`,
    })
    await data.checklists.setStatus(cls.id, second!.code, 'done', {
      person: '王老师',
      at: addDays(second!.dueDate, 1),
    })
    await data.checklists.setStatus(cls.id, checklist.items[2]!.code, 'notApplicable', {
      person: '王老师',
      at: '2026-03-01',
    })

    const before = await loadReviewInput(data, '2026-12-31')
    expect(before.classes[0]!.assessment).toEqual({ finalised: false, excellent: 0, pass: 0, fail: 0 })

    await data.assessment.finalise(
      cls.id,
      [
        { enrollmentId: students[0]!.id, grade: 'excellent', proposed: null },
        { enrollmentId: students[1]!.id, grade: 'pass', proposed: null },
        { enrollmentId: students[2]!.id, grade: 'fail', proposed: null },
      ],
      '王老师',
      '2026-03-31T10:00',
    )
    await data.responses.saveSheet(cls.id, S, 1, { s1: 5, s8: 4 })
    await data.responses.saveSheet(cls.id, S, 2, { s1: 3 })

    const { classes, weighting } = await loadReviewInput(data, '2026-12-31')
    const c = classes[0]!
    expect(c.assessment).toEqual({ finalised: true, excellent: 1, pass: 1, fail: 1 })
    const active = checklist.items.filter((it) => !it.retired).length
    expect(c.checklist).toEqual({ due: active - 1, onTime: 1 })
    expect(c.satisfaction).toMatchObject({ published: true, responses: 2, sum: 12, count: 3, min: 1, max: 5 })
    expect(c.evaluation).toMatchObject({ published: false, responses: 0 })

    const [line] = headTeacherReview(classes, 2026, weighting)
    expect(line!.item.passRate).toBe(0.6667)
    expect(line!.item.satisfactionMean).toBe(4)
    expect(line!.item.checklist.onTime).toBe(1)
  })
})
