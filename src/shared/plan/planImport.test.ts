import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { readSchoolFixture } from '../../../test/helpers/readFixture'
import { formatHoursExact } from './hours'
import { importPlanRows, type ImportedSession } from './planImport'
import { planTotalHours } from './session'

/** A school sample workbook's first sheet as rows (test/fixtures/school). */
function readFixture(name: string): unknown[][] {
  const bytes = readSchoolFixture(name)
  const wb = XLSX.read(bytes)
  const sheet = wb.Sheets[wb.SheetNames[0] ?? '']
  if (!sheet) throw new Error(`no sheet in ${name}`)
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true })
}

describe('the school’s sample plan (schedule-zhongqing-2025.xlsx)', () => {
  const result = importPlanRows(readFixture('schedule-zhongqing-2025.xlsx'))
  const byRow = (row: number): ImportedSession | undefined => result.sessions.find((s) => s.sourceRow === row)

  it('finds the header under the title row and maps every column', () => {
    expect(result.headerRow).toBe(2)
    expect(result.columns.map((c) => [c.header, c.field])).toEqual([
      ['日期', 'date'],
      ['时段', 'slot'],
      ['时间', 'time'],
      ['课程内容', 'topic'],
      ['教学形式', 'form'],
      ['授课人', 'teacher'],
      ['地点', 'place'],
      ['学时', 'hours'],
    ])
    expect(result.unusedHeaders).toEqual([])
  })

  it('imports all 20 sessions, 63 学时 in all', () => {
    expect(result.sessions).toHaveLength(20)
    expect(formatHoursExact(planTotalHours(result.sessions))).toBe('63')
  })

  it.each([
    [
      3,
      {
        date: '2025-09-08',
        slot: 'morning',
        start: '09:00',
        end: '11:30',
        topic: '开班式暨入学教育',
        form: 'opening',
        teacher: '区委组织部 赵部长',
        place: '第一教室',
        hours: 3,
        note: '',
      },
    ],
    [
      4,
      {
        date: '2025-09-08',
        slot: 'afternoon',
        start: '13:30',
        end: '16:30',
        topic: '习近平新时代中国特色社会主义思想概论',
        form: 'lecture',
        teacher: '校长室',
        place: '第一教室',
        hours: 3,
        note: '',
      },
    ],
    [
      13,
      {
        date: '2025-09-15',
        slot: 'morning',
        start: '09:00',
        end: '11:30',
        topic: '现场教学：革命传统教育基地',
        form: 'fieldTeaching',
        teacher: '区纪委 刘处长',
        place: '教学点',
        hours: 6,
        note: '',
      },
    ],
    [
      16,
      {
        date: '2025-09-16',
        slot: 'afternoon',
        start: '13:30',
        end: '16:30',
        topic: '党性分析专题组织生活会',
        form: 'partySpiritAnalysis',
        teacher: '教研室 孙老师',
        place: '第二教室',
        hours: 3,
        note: '',
      },
    ],
    [
      22,
      {
        date: '2025-09-19',
        slot: 'afternoon',
        start: '13:30',
        end: '16:30',
        topic: '结业式',
        form: 'closing',
        teacher: '教研室 李教授',
        place: '第二教室',
        hours: 3,
        note: '',
      },
    ],
  ])('sheet row %i becomes exactly this session', (row, expected) => {
    expect(byRow(row)).toEqual({ ...expected, sourceRow: row })
  })

  it('questions the field trip: 6 学时 in a 150-minute morning', () => {
    expect(result.problems).toEqual([
      {
        row: 13,
        column: '学时',
        field: 'hours',
        severity: 'warning',
        message: '第13行「学时」：6 学时与时间 09:00-11:30（150 分钟）不符，请核对',
      },
    ])
  })
})

describe('date cells', () => {
  const sheet = (dates: unknown[], extra: { title?: string; year?: number } = {}) =>
    importPlanRows(
      [
        ...(extra.title ? [[extra.title]] : []),
        ['日期', '时间', '课程', '学时'],
        ...dates.map((d, i) => [d, '9:00-11:30', `课程${i + 1}`, 3]),
      ],
      extra.year ? { defaultYear: extra.year } : {},
    )

  it.each([
    [45908, '2025-09-08', 'an Excel date serial read raw'],
    ['2025-03-05', '2025-03-05', 'ISO text'],
    ['2025/3/5', '2025-03-05', 'slashes'],
    ['2025.3.5', '2025-03-05', 'dots'],
    ['2025年3月5日', '2025-03-05', 'Chinese with year'],
    ['20250305', '2025-03-05', 'eight digits'],
    ['3/5/25', '2025-03-05', 'SheetJS raw:false format m/d/yy'],
    ['3月5日', '2025-03-05', 'Chinese without year (year from the title)'],
    ['3.5（周三）', '2025-03-05', 'month.day with weekday in full-width brackets'],
    ['3.5(星期三)', '2025-03-05', 'month.day with weekday in ASCII brackets'],
    ['３月５日 周三', '2025-03-05', 'full-width digits'],
    ['3-5', '2025-03-05', 'month-day'],
    ['3.10', '2025-03-10', 'text keeps the trailing zero'],
  ] as [unknown, string, string][])('%s → %s (%s)', (cell, date) => {
    const r = sheet([cell], { title: '2025年春季处级班教学计划' })
    expect(r.problems).toEqual([])
    expect(r.sessions[0]?.date).toBe(date)
  })

  it('takes a blank (merged) date cell as the date above', () => {
    const r = sheet(['2025-09-08', null, '', '2025-09-09'])
    expect(r.sessions.map((s) => s.date)).toEqual(['2025-09-08', '2025-09-08', '2025-09-08', '2025-09-09'])
  })

  it('uses the import year when the sheet names none', () => {
    expect(sheet(['9月8日'], { year: 2026 }).sessions[0]?.date).toBe('2026-09-08')
  })

  it('rolls a year-less plan over New Year', () => {
    const r = sheet(['12月30日', '1月2日'], { year: 2025 })
    expect(r.sessions.map((s) => s.date)).toEqual(['2025-12-30', '2026-01-02'])
  })

  it('reads the number 3.1 after 3.9 as 3月10日, and says so', () => {
    const r = sheet([3.9, 3.1], { year: 2025 })
    expect(r.sessions.map((s) => s.date)).toEqual(['2025-03-09', '2025-03-10'])
    expect(r.problems.map((p) => p.message)).toEqual([
      '第3行「日期」：日期 3.1 按前一行理解为 3月10日，请核对',
    ])
  })

  it('warns that the number 3.2 may have been 3.20', () => {
    const r = sheet([3.2], { year: 2025 })
    expect(r.sessions[0]?.date).toBe('2025-03-02')
    expect(r.problems[0]?.severity).toBe('warning')
    expect(r.problems[0]?.message).toContain('也可能是 3月20日')
  })

  it.each([
    ['3月5日', '第2行「日期」：日期“3月5日”没有年份，请在导入时指定年份', 'no year anywhere'],
    ['2025-02-30', '第2行「日期」：无法识别日期“2025-02-30”', 'no such day'],
    ['下周一', '第2行「日期」：无法识别日期“下周一”', 'not a date'],
  ])('refuses %s: %s (%s)', (cell, message) => {
    const r = sheet([cell])
    expect(r.sessions).toEqual([])
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 2, column: '日期', severity: 'error', message }),
    ])
  })
})

describe('slots and times', () => {
  const rows = (header: string[], ...body: unknown[][]) =>
    importPlanRows([['2025年教学计划'], header, ...body])

  it.each([
    ['08:30', 'morning', '08:30', '11:30', 'start only: end from the slot default'],
    ['8:30-10:00', 'morning', '08:30', '10:00', 'range'],
    ['13:30-16:30', 'afternoon', '13:30', '16:30', 'afternoon by its start'],
    ['14：00—17：00', 'afternoon', '14:00', '17:00', 'full-width colon and dash'],
    ['19:00~21:00', 'evening', '19:00', '21:00', 'evening'],
    ['11:00-1:00', 'morning', '11:00', '13:00', 'the end crossed noon on a 12-hour clock'],
    ['8点半-11点', 'morning', '08:30', '11:00', 'Chinese o’clock'],
    [0.375, 'morning', '09:00', '11:30', 'an Excel time (9:00 as a day fraction)'],
    ['上午', 'morning', '09:00', '11:30', 'only the slot word: default times'],
  ] as [unknown, string, string, string, string][])('time %s → %s %s-%s (%s)', (time, slot, start, end) => {
    const r = rows(['日期', '时间', '专题', '学时'], ['2025-03-05', time, '讲座', 3])
    expect(r.sessions[0]).toMatchObject({ slot, start, end })
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('reads 2:00-4:30 under 下午 as 14:00-16:30', () => {
    const r = rows(
      ['日期', '上午下午', '时间', '内容', '学时'],
      ['2025-03-05', '下午', '2:00-4:30', '讲座', 3],
    )
    expect(r.sessions[0]).toMatchObject({ slot: 'afternoon', start: '14:00', end: '16:30' })
    expect(r.problems).toEqual([])
  })

  it('takes the slot written in the date cell ("3月5日上午")', () => {
    const r = rows(['日期', '课程', '学时'], ['3月5日上午', '讲座', 3], ['3月5日下午', '讨论', 3])
    expect(r.sessions.map((s) => [s.slot, s.start])).toEqual([
      ['morning', '09:00'],
      ['afternoon', '13:30'],
    ])
  })

  it('carries a merged 时段 cell down to sessions without times', () => {
    const r = rows(
      ['日期', '时段', '课程', '学时'],
      ['2025-03-05', '上午', '讲座一', 1.5],
      [null, null, '讲座二', 1.5],
    )
    expect(r.sessions.map((s) => s.slot)).toEqual(['morning', 'morning'])
  })

  it('flags a slot that disagrees with the time but keeps the written slot', () => {
    const r = rows(['日期', '时段', '时间', '课程', '学时'], ['2025-03-05', '上午', '14:00-16:00', '讲座', 3])
    expect(r.sessions[0]?.slot).toBe('morning')
    expect(r.problems.map((p) => p.message)).toEqual(['第3行「时间」：时间 14:00 与时段“上午”不符，请核对'])
  })

  it('reads separate start and end columns', () => {
    const r = rows(
      ['日期', '开始时间', '结束时间', '课程', '学时'],
      ['2025-03-05', '9:30', '11:00', '讲座', 2],
    )
    expect(r.sessions[0]).toMatchObject({ slot: 'morning', start: '09:30', end: '11:00' })
  })

  it.each([
    [['2025-03-05', null, '讲座', 3], '第3行「时间」：缺少时段或时间'],
    [['2025-03-05', '25:00', '讲座', 3], '第3行「时间」：无法识别时间“25:00”'],
    [['2025-03-05', '11:00-9:00', '讲座', 3], '第3行「时间」：无法识别时间“11:00-9:00”'],
  ])('refuses row %o: %s', (row, message) => {
    const r = rows(['日期', '时间', '课程', '学时'], row)
    expect(r.sessions).toEqual([])
    expect(r.problems.map((p) => p.message)).toContain(message)
  })

  it('warns about two sessions at the same time', () => {
    const r = rows(
      ['日期', '时间', '课程', '学时'],
      ['2025-03-05', '9:00-11:30', '甲', 3],
      [null, '10:00-11:00', '乙', 1],
    )
    expect(r.sessions).toHaveLength(2)
    expect(r.problems.map((p) => p.message)).toEqual(['第4行「时间」：与第3行的课程时间重叠'])
  })
})

describe('other columns', () => {
  const one = (header: string[], row: unknown[]) => importPlanRows([header, row])

  it.each([
    [
      ['日期', '时间', '专题名称', '主讲', '上课地点', '课时'],
      'topic, teacher, place and hours under other names',
    ],
    [
      ['日  期', '时 间', '课程内容（专题）', '授课教师', '教学地点', '学时（小时）'],
      'spaces and bracketed remarks',
    ],
  ])('maps headers %o (%s)', (header) => {
    const r = one(header, ['2025-03-05', '9:00-11:30', '法治政府建设', '王教授', '报告厅', '3学时'])
    expect(r.sessions[0]).toMatchObject({
      topic: '法治政府建设',
      teacher: '王教授',
      place: '报告厅',
      hours: 3,
    })
  })

  it.each([
    ['讲座', '法治政府建设', 'lecture', [], 'a known form word'],
    [null, '现场教学：革命传统教育基地', 'fieldTeaching', [], 'no form: the topic says 现场教学'],
    [null, '法治政府建设', 'lecture', [], 'no form, nothing in the topic: a lecture'],
    ['茶话会', '迎新', 'other', ['第2行「形式」：未识别的教学形式“茶话会”，按“其他”导入'], 'unknown form'],
  ] as [string | null, string, string, string[], string][])(
    'form %s with topic %s → %s',
    (form, topic, code, messages) => {
      const r = one(['日期', '时间', '课程', '形式', '学时'], ['2025-03-05', '9:00-11:30', topic, form, 3])
      expect(r.sessions[0]?.form).toBe(code)
      expect(r.problems.map((p) => p.message)).toEqual(messages)
    },
  )

  it.each([
    [1.5, 1.5, [], 'a number'],
    ['2', 2, [], 'text'],
    [null, 0, ['第2行「学时」：未填学时，按 0 学时导入'], 'blank: imported as 0 with a warning'],
  ] as [unknown, number, string[], string][])('hours cell %s → %s', (cell, hours, messages) => {
    const r = one(['日期', '时间', '课程', '学时'], ['2025-03-05', '9:00-11:30', '讲座', cell])
    expect(r.sessions[0]?.hours).toBe(hours)
    expect(r.problems.map((p) => p.message)).toEqual(messages)
  })

  it.each([
    ['三', '第2行「学时」：无法识别学时“三”'],
    [30, '第2行「学时」：学时 30 过大（一节课不超过 24 学时）'],
    [1.333, '第2行「学时」：学时 1.333 最多保留两位小数'],
  ])('refuses hours %s', (cell, message) => {
    const r = one(['日期', '时间', '课程', '学时'], ['2025-03-05', '9:00-11:30', '讲座', cell])
    expect(r.sessions).toEqual([])
    expect(r.problems.map((p) => p.message)).toEqual([message])
  })

  it('needs a topic', () => {
    const r = one(['日期', '时间', '课程', '学时'], ['2025-03-05', '9:00-11:30', ' ', 3])
    expect(r.problems.map((p) => p.message)).toEqual(['第2行「课程」：缺少课程内容'])
  })
})

describe('sheet shape', () => {
  it('reports a sheet without a recognisable header', () => {
    const r = importPlanRows([
      ['姓名', '单位'],
      ['张三', '区委'],
    ])
    expect(r.headerRow).toBeNull()
    expect(r.problems.map((p) => [p.row, p.severity, p.message])).toEqual([
      [null, 'error', '未找到表头：教学计划至少需要“日期”和“课程内容（课程/专题/内容）”两列'],
    ])
  })

  it('skips blank rows, day headers and section titles, and numbers rows from firstRowNumber', () => {
    const r = importPlanRows(
      [
        ['日期', '时间', '课程', '学时'],
        [null, null, null, null],
        ['9月8日（周一）', null, null, null],
        [null, '9:00-11:30', '开班式', 3],
        ['第二单元：专题教学', null, null, null],
        [null, '13:30-16:30', '专题讲座', 3],
      ],
      { defaultYear: 2025, firstRowNumber: 5 },
    )
    expect(r.headerRow).toBe(5)
    expect(r.sessions.map((s) => [s.sourceRow, s.date, s.start])).toEqual([
      [8, '2025-09-08', '09:00'],
      [10, '2025-09-08', '13:30'],
    ])
    expect(r.problems.map((p) => p.message)).toEqual(['第9行：“第二单元：专题教学”不是课程行，已跳过'])
  })
})
