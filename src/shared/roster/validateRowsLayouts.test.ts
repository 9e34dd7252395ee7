import { describe, expect, it } from 'vitest'
import { mapHeaders } from './headerMap'
import type { RawCell } from './parseWorkbook'
import { validateRows } from './validateRows'
import { FEMALE_1992, MALE_1985, TODAY } from '../../../test/helpers/validateRowsTestIds'

// validateRows on the other layouts rosters arrive in (issue 3 导入).

describe('validateRows: university rosters (学号, no ID number)', () => {
  const text = [
    ['学号', '姓名', '性别', '学院', '专业班级', '联系电话'],
    ['202261957', '龙立', '女', '文理学院', '计算机2301', '13902030372'],
    ['202240258', '严浩立', '男', '经济管理学院', '英语2302', '15978465390'],
    ['202261957', '龙立', '女', '文理学院', '计算机2301', '13902030372'],
  ]
  const raw = text.map((r) => r.map((c): RawCell => c))
  const result = validateRows({ text, raw }, mapHeaders(text)!, { today: TODAY })

  it('are valid without an ID column and match by 学号 + name (001 7.2 人员名单)', () => {
    expect(result.rows[0]).toMatchObject({
      status: 'ok',
      matchKey: { kind: 'studentNo', studentNo: '202261957', name: '龙立' },
      values: {
        studentNo: '202261957',
        name: '龙立',
        gender: '女',
        college: '文理学院',
        major: '计算机2301',
      },
    })
  })

  it('flag a repeated 学号', () => {
    expect(result.rows[2]!.problems.map((p) => p.message)).toEqual([
      '第4行 学号(A列)：与第2行重复，同一人只能导入一次',
    ])
  })

  it('only warn when the same 学号 comes with another name: two people, one typo somewhere', () => {
    const t = [
      ['学号', '姓名'],
      ['202293552', '黎刚胜'],
      ['202293552', '郭涵'],
    ]
    const r = validateRows({ text: t, raw: t }, mapHeaders(t)!, { today: TODAY })
    expect(r.rows[1]!.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['sharedStudentNo', 'warning', '第3行 学号(A列)：与第2行（黎刚胜）学号相同但姓名不同，请核对'],
    ])
    expect(r.rows.map((row) => row.matchKey)).toEqual([
      { kind: 'studentNo', studentNo: '202293552', name: '黎刚胜' },
      { kind: 'studentNo', studentNo: '202293552', name: '郭涵' },
    ])
  })

  it('with a 学号 a missing ID number is not a problem', () => {
    const t = [
      ['学号', '姓名', '身份证号'],
      ['202261957', '龙立', ''],
    ]
    const r = validateRows(
      { text: t, raw: t.map((row) => row.map((c): RawCell => c || null)) },
      mapHeaders(t)!,
      { today: TODAY },
    )
    expect(r.rows[0]!.problems).toEqual([])
  })

  it('a 学号 typed as a number is written out whole', () => {
    const t = [
      ['学号', '姓名'],
      ['2.02262E+11', '龙立'],
    ]
    const r = validateRows({ text: t, raw: [t[0]!, [202261957001, '龙立']] }, mapHeaders(t)!, {
      today: TODAY,
    })
    expect(r.rows[0]!.values.studentNo).toBe('202261957001')
  })
})

describe('validateRows: 工作单位及职务 in one column', () => {
  const text = [
    ['姓名', '工作单位及职务', '身份证号'],
    ['周建国', '区委组织部副部长', MALE_1985],
    ['王丽华', '区档案馆', FEMALE_1992],
  ]
  const raw = text.map((r) => r.map((c): RawCell => c))
  const result = validateRows({ text, raw }, mapHeaders(text)!, { today: TODAY })

  it('splits into unit and post and keeps the guess for review', () => {
    expect(result.rows[0]!.values).toMatchObject({ unit: '区委组织部', post: '副部长' })
    expect(result.rows[0]!.unitPostGuess).toEqual({ unit: '区委组织部', post: '副部长', confidence: 'high' })
    expect(result.rows[0]!.status).toBe('ok')
  })

  it('warns when no post can be told apart', () => {
    expect(result.rows[1]!.values).toMatchObject({ unit: '区档案馆' })
    expect(result.rows[1]!.values.post).toBeUndefined()
    expect(result.rows[1]!.problems.map((p) => p.message)).toEqual([
      '第3行 工作单位及职务(B列)：未能区分单位和职务，请核对',
    ])
  })

  it('own unit and post columns win over the combined one', () => {
    const t = [
      ['姓名', '单位', '职务', '工作单位及职务'],
      ['周建国', '区委组织部', '部务委员', '区委组织部副部长'],
    ]
    const r = validateRows({ text: t, raw: t.map((row) => row.map((c): RawCell => c)) }, mapHeaders(t)!, {
      today: TODAY,
    })
    expect(r.rows[0]!.values).toMatchObject({ unit: '区委组织部', post: '部务委员' })
    expect(r.rows[0]!.unitPostGuess).toBeUndefined()
  })
})
