import { describe, expect, it } from 'vitest'
import { otherAppraisalText, otherAppraisals, type OtherAppraisalInput } from './otherAppraisals'

const students = [
  { enrollmentId: 'E1', personId: 'P1' },
  { enrollmentId: 'E2', personId: 'P2' },
  { enrollmentId: 'E3', personId: 'P3' },
]
const entry = (
  personId: string,
  date: string,
  note: string,
  review: 'submitted' | 'verified' | 'returned' = 'verified',
  item = 'appraisal',
) => ({ personId, item, date, note, review })

// 附4 第九条(二) (挂职锻炼鉴定表的等次) and seed 004 办法二 (党支部作出鉴定), into 附3 第七条/第十五条.
describe('otherAppraisals', () => {
  it.each<[string, Partial<OtherAppraisalInput>, Record<string, string>]>([
    ['nothing recorded', {}, {}],
    [
      'a secondment grade with its day',
      { secondment: [{ enrollmentId: 'E1', gradeLabel: '称职（合格）', appraisedOn: '2026-06-30' }] },
      { E1: '挂职锻炼鉴定：称职（合格），2026-06-30' },
    ],
    [
      'a secondment record not graded yet is no 鉴定',
      { secondment: [{ enrollmentId: 'E1', gradeLabel: '', appraisedOn: '' }] },
      {},
    ],
    [
      'the latest branch 鉴定; a returned one and other items do not count',
      {
        branchEntries: [
          entry('P2', '2026-06-01', '旧鉴定'),
          entry('P2', '2026-06-20', '政治坚定，作风扎实'),
          entry('P2', '2026-06-25', '退回的', 'returned'),
          entry('P3', '2026-06-20', '党性分析', 'verified', 'analysis'),
        ],
      },
      { E2: '党支部鉴定：政治坚定，作风扎实，2026-06-20' },
    ],
    [
      'both, and a 鉴定 without text awaiting review',
      {
        secondment: [{ enrollmentId: 'E3', gradeLabel: '优秀', appraisedOn: '2026-07-01' }],
        branchEntries: [entry('P3', '2026-07-02', '', 'submitted')],
      },
      { E3: '挂职锻炼鉴定：优秀，2026-07-01；党支部鉴定：已作鉴定，2026-07-02，待支部审核' },
    ],
  ])('%s', (_, given, want) => {
    const got = otherAppraisals({ students, secondment: [], branchEntries: [], ...given })
    expect(Object.fromEntries([...got].map(([id, list]) => [id, otherAppraisalText(list)]))).toEqual(want)
  })
})
