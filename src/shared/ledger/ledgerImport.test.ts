import { describe, expect, it } from 'vitest'
import { importMemberList, importVolunteerHours } from './ledgerImport'

const grid = (rows: (string | number | null)[][]) => ({
  text: rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
  raw: rows.map((r) => r.map((c) => c)),
})

describe('importMemberList (a branch’s own Excel member list)', () => {
  it('finds the header under a title and reads members', () => {
    const r = importMemberList(
      grid([
        ['计算机学院学生第一党支部党员名单'],
        ['序号', '姓名', '学号/工号', '党员/预备党员', '入党日期', '转正日期', '党内职务'],
        [1, '张 三', '２０２１０１', '党员', '2021.06', '2022-06-30', '支部书记'],
        [2, '李四', '202102', '预备党员', '2025-05-20', '', ''],
        [null, null, null, null, null, null, null],
      ]),
      '名单.xlsx',
    )
    expect(r).toEqual({
      ok: true,
      members: [
        {
          excelRow: 3,
          name: '张三',
          staffNo: '202101',
          status: 'full',
          joinedOn: '2021-06',
          fullOn: '2022-06-30',
          partyPost: '支部书记',
          form: 'member',
        },
        {
          excelRow: 4,
          name: '李四',
          staffNo: '202102',
          status: 'probationary',
          joinedOn: '2025-05-20',
          fullOn: '',
          partyPost: '',
          form: 'member',
        },
      ],
    })
  })
  it('refuses the whole file, naming every row and column at fault', () => {
    const r = importMemberList(
      grid([
        ['姓名', '工号', '党员类别', '入党时间', '转正时间'],
        ['王五', '1', '群众', '2020-01-01', ''],
        ['', '2', '党员', '', ''],
        ['赵六', '1', '预备党员', '昨天', '2021-01-01'],
      ]),
      '名单.xlsx',
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => p.message)).toEqual([
      '第2行 C列「党员类别」：“群众”无法识别，应填“党员”或“预备党员”',
      '第3行 A列「姓名」：姓名为空，请填写或删除这一行',
      '第4行 B列「工号」：学号/工号“1”与第2行重复，请核对',
      '第4行 D列「入党时间」：“昨天”不是日期，请写成 2020-06-01 或 2020.06',
      '第4行 E列「转正时间」：预备党员不应有转正日期：请核对“党员/预备党员”或转正日期',
    ])
  })
  it('says which file has no header', () => {
    const r = importMemberList(
      grid([
        ['a', 'b'],
        ['c', 'd'],
      ]),
      '课表.xlsx',
    )
    expect(r.ok || r.problems[0]!.message).toMatch(/课表\.xlsx.*找不到表头/)
  })
})

describe('importVolunteerHours (姓名/学号, 日期, 时长)', () => {
  const members = [
    { id: 'm1', name: '张三', staffNo: '202101' },
    { id: 'm2', name: '李四', staffNo: '' },
    { id: 'm3', name: '王五', staffNo: '' },
    { id: 'm4', name: '王五', staffNo: '' },
  ]
  it('matches by 学号 or by a unique name', () => {
    const r = importVolunteerHours(
      grid([
        ['学号', '姓名', '服务日期', '服务时长', '活动名称'],
        ['202101', '张三', '2026-03-05', '2.5', '社区服务'],
        ['', '李四', '2026/3/6', '3小时', ''],
      ]),
      'v.xlsx',
      members,
    )
    expect(r).toEqual({
      ok: true,
      rows: [
        { excelRow: 2, memberId: 'm1', date: '2026-03-05', hours: 2.5, note: '社区服务' },
        { excelRow: 3, memberId: 'm2', date: '2026-03-06', hours: 3, note: '' },
      ],
    })
  })
  it('refuses unknown, ambiguous and malformed rows by row', () => {
    const r = importVolunteerHours(
      grid([
        ['姓名', '日期', '时长'],
        ['王五', '2026-03-05', '2'],
        ['钱七', '2026-03', '2'],
        ['李四', '2026-03-05', '30'],
      ]),
      'v.xlsx',
      members,
    )
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      '第2行 A列「姓名」：本支部有 2 名“王五”，请在文件中加上学号/工号',
      '第3行 A列「姓名」：“钱七”不是本支部的党员，请核对姓名或先把此人加入支部',
      '第3行 B列「日期」：“2026-03”不是完整的日期，请写成 2025-03-05',
      '第4行 C列「时长」：“30”不是 0–24 之间的小时数',
    ])
  })
})
