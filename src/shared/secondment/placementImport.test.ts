import { describe, expect, it } from 'vitest'
import { readPlacements } from './placementImport'

const students = [
  { enrollmentId: 'E1', name: '姜敏', idNumber: '410105198811207532' },
  { enrollmentId: 'E2', name: '魏燕', idNumber: '440304198502268497' },
  { enrollmentId: 'E3', name: '王芳', idNumber: '110105198001010011' },
  { enrollmentId: 'E4', name: '王芳', idNumber: '110105198201010012' },
]
const header = ['序号', '姓名', '挂职单位', '挂职岗位', '联络人', '带教责任人', '派出单位']

describe('readPlacements (附4 第五条, 第七条)', () => {
  it('reads a list under a title row, names with padding spaces', () => {
    const r = readPlacements(
      '挂职安排.xlsx',
      [
        ['2026年中青班挂职安排表'],
        header,
        ['1', '姜  敏', '方松街道', '街道办事处主任助理', '李明', '张华', '区委组织部'],
        ['', '', '', '', '', '', ''],
        ['2', '魏燕', '新浜镇', '镇长助理', '赵强', '钱伟', '新浜镇'],
      ],
      students,
    )
    expect(r).toEqual({
      ok: true,
      rows: [
        {
          row: 3,
          name: '姜敏',
          enrollmentId: 'E1',
          hostUnit: '方松街道',
          post: '街道办事处主任助理',
          contact: '李明',
          mentor: '张华',
          dispatchingUnit: '区委组织部',
          note: '',
        },
        {
          row: 5,
          name: '魏燕',
          enrollmentId: 'E2',
          hostUnit: '新浜镇',
          post: '镇长助理',
          contact: '赵强',
          mentor: '钱伟',
          dispatchingUnit: '新浜镇',
          note: '',
        },
      ],
    })
  })

  it.each([
    [
      [['1', '张三', '方松街道', '', '', '', '']],
      '挂职安排.xlsx 第 2 行 B列“姓名”：本班花名册中没有“张三”，请先核对花名册或更正姓名',
    ],
    [[['1', '姜敏', '', '', '', '', '']], '挂职安排.xlsx 第 2 行 C列“挂职单位”：挂职单位为空，请填写'],
    [
      [['1', '王芳', '方松街道', '', '', '', '']],
      '挂职安排.xlsx 第 2 行 B列“姓名”：本班有 2 名学员叫“王芳”，请在表中加“身份证号码”列以区分',
    ],
    [
      [
        ['1', '姜敏', '方松街道', '', '', '', ''],
        ['2', '姜敏', '新浜镇', '', '', '', ''],
      ],
      '挂职安排.xlsx 第 3 行 B列“姓名”：“姜敏”在第 2 行已有挂职安排：一名学员只能有一个挂职岗位，请删除重复行',
    ],
  ])('refuses the whole file: %j', (rows, message) => {
    const r = readPlacements('挂职安排.xlsx', [header, ...rows], students)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.message)).toEqual([message])
  })

  it('tells namesakes apart by ID number', () => {
    const r = readPlacements(
      'a.xlsx',
      [
        ['姓名', '身份证号码', '挂职单位'],
        ['王芳', '110105198201010012', '泗泾镇'],
      ],
      students,
    )
    expect(r.ok && r.rows[0]!.enrollmentId).toBe('E4')
  })

  it('names the missing header', () => {
    const r = readPlacements('a.xlsx', [['姓名', '单位']], students)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems[0]!.message).toContain('至少需要“姓名”和“挂职单位”两列')
  })
})
