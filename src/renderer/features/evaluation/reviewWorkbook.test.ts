import { describe, expect, it } from 'vitest'
import { read, utils } from 'xlsx'
import { headTeacherReview, type ClassFigures } from '@shared/evaluation/headTeacherReview'
import { DEFAULT_REVIEW_WEIGHTING } from '@shared/evaluation/review'
import { parseIpcRequest } from '@shared/ipc'
import { reviewWorkbook } from './reviewWorkbook'

const figures: ClassFigures = {
  classId: 'A',
  className: '2026年春季中青班',
  headTeachers: ['王老师'],
  startDate: '2026-03-02',
  endDate: '2026-03-27',
  hours: 100,
  attendance: { expected: 100, attended: 95 },
  assessment: { finalised: true, excellent: 2, pass: 7, fail: 1 },
  checklist: { due: 10, onTime: 8 },
  evaluation: { published: true, responses: 10, sum: 450, count: 100, min: 1, max: 5 },
  satisfaction: { published: false, responses: 1, sum: 8, count: 2, min: 1, max: 5 },
}

// Seed 000 正文三(二): the list for the 班务管理工作会议, each figure traced to its classes.
describe('reviewWorkbook', () => {
  it('lists the ranked head teachers and, per class, every figure behind them', () => {
    const bytes = reviewWorkbook(
      2026,
      headTeacherReview([figures], 2026, DEFAULT_REVIEW_WEIGHTING),
      DEFAULT_REVIEW_WEIGHTING,
    )
    expect(
      parseIpcRequest('file:save', { suggestedName: '2026年度班主任带班情况综合评估.xlsx', bytes }).ok,
    ).toBe(true)
    const book = read(bytes, { type: 'array' })
    const list = utils.sheet_to_json<unknown[]>(book.Sheets['推荐名单']!, { header: 1, defval: null })
    expect(list[3]).toEqual([
      '名次',
      '班主任',
      '带班数',
      '天数',
      '学时',
      '出勤率',
      '考核（优秀/合格/不合格）',
      '合格率',
      '事项按时完成',
      '学员评估均分',
      '满意度测评均分',
      '得分',
    ])
    expect(list[4]!.slice(0, 11)).toEqual([
      1,
      '王老师',
      1,
      26,
      100,
      '95%',
      '2/7/1',
      '90%',
      '8/10（80%）',
      4.5,
      '—',
    ])
    const detail = utils.sheet_to_json<unknown[]>(book.Sheets['各班明细']!, { header: 1, defval: null })
    expect(detail[1]).toEqual([
      '王老师',
      '2026年春季中青班',
      '2026年3月2日至27日，26 天，100 学时，出勤 95/100 人次，考核 优秀 2、合格 7、不合格 1（合格率 90%），事项按时完成 8/10，学员评估 10 份，均分 4.5，满意度测评 1 份（未达公布条件，不计）',
    ])
  })
})
