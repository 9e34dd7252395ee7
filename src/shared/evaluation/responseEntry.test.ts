import { describe, expect, it } from 'vitest'
import { DEFAULT_CLASS_QUESTIONNAIRE as Q } from './questionnaire'
import { guessSurveyMapping, parseTally, readSurveyAnswers, surveyHeaderRow, tallyOf } from './responseEntry'

describe('parseTally (one digit per rating question)', () => {
  it.each([
    ['54453 4433', { m1: 5, m2: 4, m3: 4, h1: 5, h2: 3, t1: 4, t2: 4, l1: 3, l2: 3 }],
    ['500000000', { m1: 5 }],
  ])('%s', (digits, answers) => {
    expect(parseTally(digits, Q)).toEqual({ ok: true, answers })
  })
  it.each([
    ['5445', '应输入 9 位数字（每题一位），现有 4 位'],
    ['54455 44331', '应输入 9 位数字（每题一位），现有 10 位'],
    ['544564433', '第 5 题“班主任组织协调与沟通”的 6 不在评分范围内（5、4、3、2、1）'],
    ['5a4', '只能输入数字（0 表示未作答）'],
  ])('%s refused', (digits, message) => {
    expect(parseTally(digits, Q)).toEqual({ ok: false, message })
  })
  it('round-trips', () => {
    expect(tallyOf({ m1: 5, l2: 1, f1: 'x' }, Q)).toBe('500000001')
  })
})

describe('survey export import', () => {
  const header = [
    '序号',
    '提交答卷时间',
    '1、班级管理工作总体评价',
    '2、学员考勤与纪律管理',
    '8、伙食',
    '9、住宿',
    '10、对本班次管理工作的意见和建议',
  ]
  it('maps numbered headers to questions, labels and numbers to points', () => {
    const mapping = guessSurveyMapping(header, Q)
    expect(mapping).toEqual({ 0: null, 1: null, 2: 'm1', 3: 'm2', 4: 'l1', 5: 'l2', 6: 'f1' })
    const grid = [
      header,
      ['1', '2026/5/1', '很满意', '4', '5分', '(跳过)', '希望增加研讨'],
      ['2', '2026/5/1', '满意', '满意', '3', '2', ''],
    ]
    expect(surveyHeaderRow(grid, Q)).toBe(0)
    expect(readSurveyAnswers('问卷星.xlsx', grid, 0, mapping, Q)).toEqual({
      ok: true,
      sheets: [
        { row: 2, answers: { m1: 5, m2: 4, l1: 5, f1: '希望增加研讨' } },
        { row: 3, answers: { m1: 4, m2: 4, l1: 3, l2: 2 } },
      ],
    })
  })
  it('refuses a value off the scale, naming row and column', () => {
    const grid = [header, ['1', '', '非常好', '4', '5', '5', '']]
    const r = readSurveyAnswers('问卷星.xlsx', grid, 0, guessSurveyMapping(header, Q), Q)
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          row: 2,
          column: 'C列“1、班级管理工作总体评价”',
          message:
            '问卷星.xlsx 第 2 行 C列“1、班级管理工作总体评价”：“非常好”不是评分（应为 5/很满意、4/满意、3/基本满意、2/不满意、1/很不满意），请更正后重新导入',
        },
      ],
    })
  })
})
