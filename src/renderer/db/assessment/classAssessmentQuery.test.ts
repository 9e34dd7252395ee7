import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { newClassDefaults } from '@shared/domain/trainingClass'
import { EMPTY_QUALITIES } from '@shared/secondment/records'
import { openData, type DataAccess } from '../core/openData'
import { ledgerMember } from '../../../../test/helpers/ledgerBranch'
import { loadClassAssessment } from './classAssessmentQuery'

let n = 0
const opened: DataAccess[] = []
async function fresh() {
  const data = await openData(`assessment-query-test-${++n}`)
  opened.push(data)
  return data
}
afterEach(() => {
  for (const d of opened.splice(0)) d.db.close()
})

// 附4 第九条(二) 挂职锻炼鉴定 and seed 004 办法二 党支部鉴定, read into 附3 第七条's summary.
describe('loadClassAssessment: appraisals made in other areas', () => {
  it('carries the 挂职锻炼鉴定 grade and the class branch’s 党支部鉴定, read-only', async () => {
    const data = await fresh()
    const cls = await data.classes.createClass({
      ...newClassDefaults('zhongqing', '2026-03-02'),
      name: '测试中青班',
      endDate: '2026-07-03',
      headTeachers: ['王老师'],
    })
    const zhang = await data.rosterWrites.enrol(cls.id, { name: '张三', studentNo: '20260101' })
    const li = await data.rosterWrites.enrol(cls.id, { name: '李四', studentNo: '20260102' })
    await data.appraisals.save({
      classId: cls.id,
      enrollmentId: zhang.id,
      selfSummary: '',
      qualities: { ...EMPTY_QUALITIES },
      hostOpinion: '',
      grade: 'competent',
      appraisedOn: '2026-06-30',
    })
    const scheme = await data.ledger.adoptTemplate('builtin.party-school-class')
    const branch = await data.ledger.createBranch(
      { classId: cls.id, name: '测试中青班临时党支部', schemeRecordId: scheme.id, year: 2026 },
      [ledgerMember('李四', { personId: li.personId })],
    )
    const member = (await data.ledger.loadBranch(branch.id))!.members[0]!
    await data.ledger.addEntries(branch, [member.id], {
      date: '2026-07-01',
      item: 'appraisal',
      amount: 1,
      note: '政治坚定，作风扎实',
    })
    const view = await loadClassAssessment(data, cls.id)
    const others = new Map(view.summary.students.map((s) => [s.enrollmentId, s.qualitative.others]))
    expect(others.get(zhang.id)).toEqual([{ from: '挂职锻炼鉴定', text: '称职（合格），2026-06-30' }])
    expect(others.get(li.id)).toEqual([
      { from: '党支部鉴定', text: '政治坚定，作风扎实，2026-07-01，待支部审核' },
    ])
  })
})
