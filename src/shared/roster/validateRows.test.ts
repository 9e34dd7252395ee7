import { describe, expect, it } from 'vitest'
import { mapHeaders } from './headerMap'
import type { RawCell } from './parseWorkbook'
import { validateRows, type ProblemCode, type RosterValues } from './validateRows'

import { FEMALE_1992, id, MALE_1985, TODAY } from '../../../test/helpers/validateRowsTestIds'

const HEADER = ['序号', '姓名', '性别', '出生年月', '工作单位', '职务', '身份证号', '手机号码']

/** A sheet: header in row 1, then the given rows; raw values default to the text. */
function sheet(rows: (string | [string, RawCell])[][]) {
  const all = [HEADER, ...rows]
  const text = all.map((r) => r.map((c) => (Array.isArray(c) ? c[0] : c)))
  const raw = all.map((r) => r.map((c): RawCell => (Array.isArray(c) ? c[1] : c === '' ? null : c)))
  return { text, raw }
}
function validate(rows: (string | [string, RawCell])[][]) {
  const grid = sheet(rows)
  return validateRows(grid, mapHeaders(grid.text)!, { today: TODAY })
}
const person = (
  patch: Partial<Record<'name' | 'gender' | 'birth' | 'id' | 'phone', string | [string, RawCell]>>,
) => [
  '1',
  patch.name ?? '张三',
  patch.gender ?? '男',
  patch.birth ?? '1985.03',
  '区财政局',
  '科长',
  patch.id ?? MALE_1985,
  patch.phone ?? '13812345678',
]

// Issue 3 导入 lists the problems the preview must show; seed 000 附1 学员服务 is why:
// "提醒学员校对学员信息，尤其是姓名、身份证".
const SRC = '000 附1 学员服务 / issue 3 导入'

describe('validateRows: one problem per row', () => {
  const table: [
    string,
    ReturnType<typeof person>,
    ProblemCode[],
    'ok' | 'warning' | 'error',
    string[],
    string,
  ][] = [
    ['a clean row', person({}), [], 'ok', [], SRC],
    [
      'checksum fails',
      person({ id: MALE_1985.slice(0, 17) + (MALE_1985.endsWith('0') ? '1' : '0') }),
      ['idBadChecksum'],
      'error',
      [`第2行 身份证号(G列)：校验位错误，应为 ${MALE_1985[17]}，请核对原件`],
      `${SRC}: ID number fails the GB 11643 checksum`,
    ],
    [
      'impossible birth date in the ID',
      person({ id: id('31011719850230001') }),
      ['idImpossibleBirthDate'],
      'error',
      ['第2行 身份证号(G列)：出生日期 1985-02-30 不存在，请核对原件'],
      `${SRC}: birth date in the ID is impossible`,
    ],
    [
      'birth date in the future',
      person({ id: id('31011720990101001'), birth: '2099.01' }),
      ['idFutureBirthDate'],
      'error',
      ['第2行 身份证号(G列)：出生日期 2099-01-01 晚于今天，请核对原件'],
      `${SRC}: birth date in the ID is in the future`,
    ],
    [
      'gender contradicts the ID',
      person({ gender: '女' }),
      ['genderMismatch'],
      'warning',
      ['第2行 性别(C列)：填写为“女”，但身份证号显示为男，请核对'],
      `${SRC}: gender contradicts the ID`,
    ],
    [
      'birth-date column contradicts the ID',
      person({ birth: '1986.03' }),
      ['birthDateMismatch'],
      'warning',
      ['第2行 出生年月(D列)：填写为 1986.03，但身份证号显示为 1985年3月，请核对'],
      `${SRC}: birth date column contradicts the ID`,
    ],
    [
      'phone one digit short',
      person({ phone: '1381234567' }),
      ['phoneInvalid'],
      'warning',
      ['第2行 手机号码(H列)：手机号应为11位（现为10位），请核对'],
      `${SRC}: phone is not 11 digits`,
    ],
    [
      'name missing',
      person({ name: '' }),
      ['nameMissing'],
      'error',
      ['第2行 姓名(B列)：姓名为空'],
      `${SRC}: name missing`,
    ],
    [
      'ID typed as a number in Excel',
      person({ id: ['3.10117E+17', Number(MALE_1985)] }),
      ['idPrecisionLost'],
      'error',
      [
        '第2行 身份证号(G列)：单元格被 Excel 存成了数字（显示为 3.10117E+17），后几位已丢失，请把该列设为“文本”后按原件重新填写',
      ],
      `${SRC}: ID numbers that Excel turned into numbers`,
    ],
    [
      '17 characters',
      person({ id: MALE_1985.slice(0, 17) }),
      ['idBadLength'],
      'error',
      ['第2行 身份证号(G列)：应为18位（现为17位），请核对原件'],
      SRC,
    ],
    [
      'old 15-digit number',
      person({ id: '310117850312001' }),
      ['idConvertedFrom15'],
      'warning',
      ['第2行 身份证号(G列)：15位旧身份证号 310117850312001 已转换为18位，请核对原件'],
      `${SRC}: 15-digit old IDs`,
    ],
    [
      'ID empty',
      person({ id: '' }),
      ['idMissing'],
      'warning',
      ['第2行 身份证号(G列)：身份证号为空，无法与以往学员对应'],
      SRC,
    ],
    [
      'unreadable birth date',
      person({ birth: '八五年' }),
      ['birthDateUnreadable'],
      'warning',
      ['第2行 出生年月(D列)：无法识别“八五年”，请写成 1985.03 或 1985-03-12'],
      SRC,
    ],
    [
      'unknown gender',
      person({ gender: '未知' }),
      ['genderUnknown'],
      'warning',
      ['第2行 性别(C列)：无法识别的性别“未知”'],
      SRC,
    ],
  ]
  it.each(table)('%s → %j (%s)', (_what, row, codes, status, messages) => {
    const result = validate([row])
    const [r] = result.rows
    expect(r!.problems.map((p) => p.code)).toEqual(codes)
    expect(r!.status).toBe(status)
    expect(r!.problems.map((p) => p.message)).toEqual(messages)
  })
})

describe('validateRows: what is normalised, not reported', () => {
  const table: [string, ReturnType<typeof person>, RosterValues, string][] = [
    [
      'lower-case x and full-width digits in the ID, padded name, spaced phone',
      person({
        name: '郑  十一',
        gender: '女',
        birth: '1949.12',
        id: '１１０１０５１９４９１２３１００２x',
        phone: '138 1234 5678',
      }),
      {
        name: '郑十一',
        gender: '女',
        birthDate: '1949-12-31',
        unit: '区财政局',
        post: '科长',
        idNumber: '11010519491231002X',
        phone: '13812345678',
      },
      `${SRC}: lower-case x and full-width digits are normalised, not errors`,
    ],
    [
      'birth date written 1985年3月',
      person({ birth: '1985年3月' }),
      {
        name: '张三',
        gender: '男',
        birthDate: '1985-03-12',
        unit: '区财政局',
        post: '科长',
        idNumber: MALE_1985,
        phone: '13812345678',
      },
      `${SRC}: accept 1985年3月`,
    ],
    [
      'birth date as an Excel date serial, phone as a number',
      person({ birth: ['1985/3/12', '1985-03-12'], phone: ['13812345678', 13812345678] }),
      {
        name: '张三',
        gender: '男',
        birthDate: '1985-03-12',
        unit: '区财政局',
        post: '科长',
        idNumber: MALE_1985,
        phone: '13812345678',
      },
      `${SRC}: Excel date serials`,
    ],
    [
      'birth date 1985-03 and gender "男性"',
      person({ birth: '1985-03', gender: '男性' }),
      {
        name: '张三',
        gender: '男',
        birthDate: '1985-03-12',
        unit: '区财政局',
        post: '科长',
        idNumber: MALE_1985,
        phone: '13812345678',
      },
      `${SRC}: accept 1985-03`,
    ],
    [
      'no ID: gender and birth date from the columns',
      person({ id: '', gender: '女', birth: '1990.07' }),
      {
        name: '张三',
        gender: '女',
        birthDate: '1990-07',
        unit: '区财政局',
        post: '科长',
        phone: '13812345678',
      },
      SRC,
    ],
  ]
  it.each(table)('%s (%s)', (_what, row, values) => {
    const [r] = validate([row]).rows
    expect(r!.values).toEqual(values)
    expect(r!.problems.filter((p) => p.code !== 'idMissing')).toEqual([])
  })

  it('a year alone agrees with any month of that year', () => {
    const [r] = validate([person({ birth: ['1985', 1985] })]).rows
    expect(r!.problems).toEqual([])
    const [wrong] = validate([person({ birth: '1986' })]).rows
    expect(wrong!.problems.map((p) => p.code)).toEqual(['birthDateMismatch'])
  })

  it('a number cell 1985.1 may be October: no warning against an October ID', () => {
    const october = id('31011719851016001')
    const [r] = validate([person({ id: october, birth: ['1985.1', 1985.1] })]).rows
    expect(r!.problems).toEqual([])
  })

  it('but the text 1985.1 means January', () => {
    const october = id('31011719851016001')
    const [r] = validate([person({ id: october, birth: '1985.1' })]).rows
    expect(r!.problems.map((p) => p.code)).toEqual(['birthDateMismatch'])
  })
})

describe('validateRows: the file as a whole', () => {
  it('flags the same ID twice as an error on the later row, naming the first', () => {
    const result = validate([person({}), person({ name: '李四' }), person({ name: '王五' })])
    expect(result.rows.map((r) => r.problems.map((p) => p.message))).toEqual([
      [],
      ['第3行 身份证号(G列)：与第2行重复，同一人只能导入一次'],
      ['第4行 身份证号(G列)：与第2行重复，同一人只能导入一次'],
    ])
  })

  it('counts the same person even when one copy has a lower-case x', () => {
    const upper = person({ id: '11010519491231002X', gender: '女', birth: '1949.12' })
    const lower = person({ id: '11010519491231002x', gender: '女', birth: '1949.12' })
    const result = validate([upper, lower])
    expect(result.rows[1]!.problems.map((p) => p.code)).toEqual(['duplicateId'])
  })

  it('ignores blank rows and lists section rows, repeated headers and footers as skipped', () => {
    const text = [
      HEADER,
      [
        '一、区级机关',
        '一、区级机关',
        '一、区级机关',
        '一、区级机关',
        '一、区级机关',
        '一、区级机关',
        '一、区级机关',
        '一、区级机关',
      ],
      person({}).map((c) => (Array.isArray(c) ? c[0] : c)),
      ['', '', '', '', '', '', '', ''],
      HEADER,
      ['合计：1人', '', '', '', '', '', '', ''],
    ]
    const raw = text.map((r) => r.map((c): RawCell => c || null))
    const result = validateRows({ text, raw }, mapHeaders(text)!, { today: TODAY })
    expect(result.rows.map((r) => r.excelRow)).toEqual([3])
    expect(result.skipped).toEqual([
      {
        excelRow: 2,
        reason: 'section',
        text: '一、区级机关',
        message: '第2行是分组标题，已跳过（一、区级机关）',
      },
      {
        excelRow: 5,
        reason: 'repeatedHeader',
        text: HEADER.join(' '),
        message: `第5行是重复的表头，已跳过（${HEADER.join(' ')}）`,
      },
      {
        excelRow: 6,
        reason: 'noPersonData',
        text: '合计：1人',
        message: '第6行没有学员信息，已跳过（合计：1人）',
      },
    ])
  })

  it('counts rows by status', () => {
    const result = validate([
      person({}),
      person({ name: '', id: FEMALE_1992, gender: '女', birth: '1992.02' }),
      person({ id: '', phone: '123' }),
    ])
    expect(result.counts).toEqual({ ok: 1, warning: 1, error: 1 })
  })
})
