import { describe, expect, it } from 'vitest'
import { readScoreSheet } from './scoreSheet'

const students = [
  { enrollmentId: 'e1', name: '姜敏', seat: '1', studentNo: 'A01' },
  { enrollmentId: 'e2', name: '王强', seat: '2', studentNo: 'A02' },
  { enrollmentId: 'e3', name: '王强', seat: '3', studentNo: 'A03' },
]
const items = [
  { code: 'attendance', label: '学员考勤', maxPoints: 10 },
  { code: 'questions', label: '互动提问', maxPoints: 10 },
  { code: 'defence', label: '结业答辩', maxPoints: 20 },
]

describe('readScoreSheet (issue 13: bulk entry, one column per 附3 第八条 item)', () => {
  it('reads points by name, namesakes told apart by 座号', () => {
    const result = readScoreSheet(
      [
        ['某某班平时考核'],
        ['座号', '姓名', '互动提问', '结业答辩'],
        [1, '姜敏', 8, 18.5],
        [3, '王强', '', 15],
      ],
      students,
      items,
    )
    expect(result.problems).toEqual([])
    expect(result.items).toEqual(['questions', 'defence'])
    expect(result.entries).toEqual([
      { enrollmentId: 'e1', itemCode: 'questions', points: 8 },
      { enrollmentId: 'e1', itemCode: 'defence', points: 18.5 },
      { enrollmentId: 'e3', itemCode: 'defence', points: 15 },
    ])
  })

  it('names the row and column of every problem and takes nothing', () => {
    const result = readScoreSheet(
      [
        ['姓名', '学员考勤', '互动提问', '结业答辩'],
        ['姜敏', 10, '八', 25],
        ['王强', '', 5, 5],
        ['李四', '', 5, 5],
        ['姜敏', '', -1, 5],
        ['', '', 3, ''],
      ],
      students,
      items,
    )
    expect(result.entries).toEqual([])
    expect(result.problems).toEqual([
      'B列“学员考勤”由考勤自动计算，不能导入，请删除这一列',
      '第2行 互动提问(C列)：“八”不是数字',
      '第2行 结业答辩(D列)：25 分超过本项满分 20 分',
      '第3行 A列：本班有 2 位“王强”，请在表中加上座号或学号',
      '第4行 A列：本班没有学员“李四”',
      '第5行 A列：“姜敏”与第2行重复',
      '第6行 A列：姓名为空',
    ])
  })

  it('says what the header must hold', () => {
    expect(readScoreSheet([['序号', '名字']], students, items).problems).toEqual([
      '没有找到“姓名”列：第一行应为表头，含“姓名”和各考核项目的名称',
    ])
    expect(readScoreSheet([['姓名', '备注']], students, items).problems).toEqual([
      '表头中没有考核项目：列名应为 互动提问、结业答辩 之一',
    ])
  })
})
