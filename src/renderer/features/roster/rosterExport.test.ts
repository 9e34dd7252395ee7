import { describe, expect, it } from 'vitest'
import { read, utils, type CellObject } from 'xlsx'
import { mapHeaders } from '@shared/roster/headerMap'
import { buildSearchKey } from '@shared/roster/pinyinSearch'
import { buildRosterWorkbook } from './rosterExport'
import type { RosterGridRow } from './rosterGridRows'

function row(extra: Partial<RosterGridRow>): RosterGridRow {
  const base: RosterGridRow = {
    id: 'e1',
    personId: 'p1',
    seat: null,
    name: '张三',
    gender: '男',
    idNumber: '11010519491231002X',
    ethnicity: '',
    birthDate: '1949-12-31',
    politicalStatus: '',
    unit: '区委组织部',
    post: '科员',
    phone: '13812345678',
    studentNo: '',
    college: '',
    major: '',
    groupName: '',
    partyGroupName: '',
    roles: [],
    leads: [],
    dormRoom: '',
    status: 'enrolled',
    withdrawReason: '',
    withdrawDate: '',
    note: '',
    searchKey: buildSearchKey({ name: '张三' }),
  }
  return { ...base, ...extra }
}

describe('buildRosterWorkbook (issue 3: 导出 .xlsx)', () => {
  const bytes = buildRosterWorkbook([
    row({ seat: 1, roles: ['班长'], groupName: '第1组' }),
    row({
      id: 'e2',
      name: '=HYPERLINK("http://x")',
      idNumber: '110105194912310037',
      phone: '+8613812345678',
    }),
  ])
  const book = read(bytes, { type: 'array', cellText: true })
  const ws = book.Sheets['花名册']!

  it('writes ID and phone numbers as text cells and leaves empty columns out', () => {
    const grid = utils.sheet_to_json<string[]>(ws, { header: 1, raw: true })
    expect(grid[0]).toEqual([
      '序号',
      '座号',
      '姓名',
      '性别',
      '出生日期',
      '身份证号',
      '工作单位',
      '职务',
      '手机号码',
      '小组',
      '支委班委职务',
    ])
    expect(ws.F2).toMatchObject({ t: 's', v: '11010519491231002X' })
    expect(ws.F3).toMatchObject({ t: 's', v: '110105194912310037' })
    expect(ws.I2).toMatchObject({ t: 's', v: '13812345678' })
    expect(grid[1]).toEqual([
      1,
      1,
      '张三',
      '男',
      '1949-12-31',
      '11010519491231002X',
      '区委组织部',
      '科员',
      '13812345678',
      '第1组',
      '班长',
    ])
  })

  it('neutralises text that would run as a formula (= + - @)', () => {
    expect(ws.C3).toMatchObject({ t: 's', v: `'=HYPERLINK("http://x")` })
    expect((ws.C3 as CellObject | undefined)?.f).toBeUndefined()
    expect(ws.I3).toMatchObject({ t: 's', v: `'+8613812345678` })
  })

  it('uses headers the import recognises, so the file can be imported again', () => {
    const grid = utils.sheet_to_json<string[]>(ws, { header: 1, raw: false })
    expect(mapHeaders(grid)?.byField).toMatchObject({
      name: 2,
      idNumber: 5,
      unit: 6,
      post: 7,
      phone: 8,
      seat: 1,
    })
  })
})
