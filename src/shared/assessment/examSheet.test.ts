import { describe, expect, it } from 'vitest'
import { readExamSheet } from './examSheet'

/** Exam scores from Excel (附2 第十九条; seed 001 7.7: written exam, make-up for who failed or missed it). */
const students = [
  { enrollmentId: 'E1', name: '张三', seat: '1' },
  { enrollmentId: 'E2', name: '李四', seat: '2' },
  { enrollmentId: 'E3', name: '李四', seat: '3' },
]

describe('readExamSheet', () => {
  it('reads 成绩 and 补考成绩, 缺考 as a missed sitting, blanks as unchanged', () => {
    const r = readExamSheet(
      [
        ['结业考试成绩'],
        ['座号', '姓名', '成绩', '补考成绩'],
        ['1', '张三', 55, 72],
        ['3', '李四', '缺考', ''],
        ['2', '李四', '', ''],
      ],
      students,
      100,
    )
    expect(r.problems).toEqual([])
    expect(r.rows).toEqual([
      { enrollmentId: 'E1', first: { score: 55, absent: false }, makeUp: { score: 72, absent: false } },
      { enrollmentId: 'E3', first: { score: null, absent: true } },
    ])
  })

  it.each([
    [['张三', 101], '第2行 成绩(C列)：成绩应在 0 到 100 之间'],
    [['张三', 'A'], '第2行 成绩(C列)：“A”不是分数（缺考请填“缺考”）'],
    [['张三', 85.3], '第2行 成绩(C列)：成绩最多保留半分（如 85.5）'],
    [['王五', 80], '第2行 B列：本班没有学员“王五”'],
    [['李四', 80], '第2行 B列：本班有 2 位“李四”，请在表中加上座号或学号'],
  ])('refuses %j: %s, and takes nothing', (row, problem) => {
    const r = readExamSheet(
      [
        ['座号', '姓名', '成绩'],
        ['', ...row],
        ['2', '李四', 90],
      ],
      students,
      100,
    )
    expect(r.problems).toEqual([problem])
    expect(r.rows).toEqual([])
  })

  it('needs a 姓名 and a score column', () => {
    expect(readExamSheet([['学员', '成绩']], students, 100).problems).toEqual([
      '没有找到“姓名”列：表头应含“姓名”和“成绩”',
    ])
    expect(readExamSheet([['姓名', '备注']], students, 100).problems).toEqual([
      '表头中没有“成绩”或“补考成绩”列',
    ])
  })
})
