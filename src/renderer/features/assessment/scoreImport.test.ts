import { describe, expect, it } from 'vitest'
import { read, utils } from 'xlsx'
import { readScoreSheet } from '@shared/assessment/scoreSheet'
import { DEFAULT_SCHEME } from '@shared/assessment/scheme'
import { classStudent } from '../../../../test/helpers/classStudent'
import { scoreTemplate } from './scoreImport'
import { parsePoints } from './gridKeys'

describe('scoreTemplate (下载录入表)', () => {
  const students = [classStudent(1, '张三'), classStudent(2, '=HYPERLINK("x")')]

  it('heads 座号, 姓名 and every typed item (not 学员考勤), and reads back through the import', () => {
    const wb = read(scoreTemplate(students, DEFAULT_SCHEME))
    const rows = utils.sheet_to_json<unknown[]>(wb.Sheets['平时考核']!, { header: 1 })
    expect(rows[0]).toEqual([
      '座号',
      '姓名',
      '课堂纪律',
      '互动提问',
      '小组研讨',
      '班级活动',
      '学习作业',
      '结业答辩',
      '结业小结',
    ])
    // A name that could start a formula is neutralised (architecture: Excel exports).
    expect(rows[2]![1]).toBe(`'=HYPERLINK("x")`)
    rows[1]!.push(8, 9)
    const read1 = readScoreSheet(
      rows,
      [{ enrollmentId: 'E1', name: '张三', seat: '1' }],
      DEFAULT_SCHEME.quantitative,
    )
    expect(read1.problems).toEqual([`第3行 B列：本班没有学员“'=HYPERLINK("x")”`])
    expect(
      readScoreSheet(rows.slice(0, 2), [{ enrollmentId: 'E1', name: '张三' }], DEFAULT_SCHEME.quantitative)
        .entries,
    ).toEqual([
      { enrollmentId: 'E1', itemCode: 'classDiscipline', points: 8 },
      { enrollmentId: 'E1', itemCode: 'questions', points: 9 },
    ])
  })
})

describe('parsePoints (a typed cell)', () => {
  it.each([
    ['', { ok: true, value: null }],
    [' 8.5 ', { ok: true, value: 8.5 }],
    ['八', { ok: false, message: '“八”不是数字' }],
  ])('%j', (text, out) => expect(parsePoints(text)).toEqual(out))
})
