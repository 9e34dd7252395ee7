import { describe, expect, it } from 'vitest'
import { mapHeaders } from './headerMap'
import type { RawCell } from './parseWorkbook'
import { validateRows, type ProblemCode, type RosterValues } from './validateRows'

/** ID numbers with a correct check character, computed independently of idCard.ts. */
function id(first17: string): string {
  let s = 0
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * (2 ** (17 - i) % 11)
  const v = (12 - (s % 11)) % 11
  return first17 + (v === 10 ? 'X' : String(v))
}

const TODAY = '2025-09-01'
const HEADER = ['序号', '姓名', '性别', '出生年月', '工作单位', '职务', '身份证号', '手机号码']
const MALE_1985 = id('31011719850312001') // born 1985-03-12, male
const FEMALE_1992 = id('31011719920202002') // born 1992-02-02, female

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
