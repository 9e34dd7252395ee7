import { describe, expect, it } from 'vitest'
import { cleanHeader, fieldForHeader, findPlanHeader, looksLikePlan, type PlanField } from './planHeaders'

describe('plan header words (issue 5: 日期/时间/上午下午/课程/专题/内容/形式/教学形式/授课人/主讲/教师/地点/学时)', () => {
  it.each([
    ['日期', 'date'],
    ['时段', 'slot'],
    ['上午下午', 'slot'],
    ['时间', 'time'],
    ['上课时间', 'time'],
    ['课程', 'topic'],
    ['专题', 'topic'],
    ['内容', 'topic'],
    ['课程内容', 'topic'],
    ['形式', 'form'],
    ['教学形式', 'form'],
    ['授课人', 'teacher'],
    ['主讲', 'teacher'],
    ['教师', 'teacher'],
    ['地点', 'place'],
    ['学时', 'hours'],
    ['学时（小时）', 'hours'],
    ['备 注', 'note'],
    ['课程内容及要求', 'topic'],
    ['序号', undefined],
    ['2025年秋季中青年干部培训班教学计划', undefined],
  ] as [string, PlanField | undefined][])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field)
  })

  it('cleans headers', () => {
    expect(cleanHeader(' 学 时\n(小时)：')).toBe('学时')
  })

  it('finds the header row under a title, and keeps unknown or repeated headers aside', () => {
    const m = findPlanHeader([['2025年教学计划'], [], ['序号', '日期', '课程', '专题', '学时']])
    expect(m?.rowIndex).toBe(2)
    expect(m?.columns.map((c) => [c.field, c.index])).toEqual([
      ['date', 1],
      ['topic', 2],
      ['hours', 4],
    ])
    expect(m?.unused).toEqual(['序号', '专题'])
  })

  it('needs a date and a topic column', () => {
    expect(findPlanHeader([['课程', '教师', '学时']])).toBeUndefined()
  })
})

describe('looksLikePlan (issue 11 point 10: a plan picked as a roster is named as a plan)', () => {
  it.each([
    [['日期', '时间', '课程内容', '授课人', '地点'], true],
    [['序号', '日期', '课程', '专题', '学时'], true],
    [['日期', '上午下午', '专题'], true],
    [['日期', '课程'], false],
    [['2025年秋季中青年干部培训班教学计划'], false],
    [['序号', '姓名', '性别', '工作单位', '职务', '联系电话'], false],
    [['学号', '姓名', '学院', '专业班级', '确定为积极分子时间'], false],
    [[], false],
  ] as [string[], boolean][])('%j → %s', (cells, expected) => {
    expect(looksLikePlan(cells)).toBe(expected)
  })
})
