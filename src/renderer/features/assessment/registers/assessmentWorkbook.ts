import { utils, write, type WorkSheet } from 'xlsx'
import {
  excellentRows,
  makeUpLines,
  type RegisterInput,
  type RegisterRow,
} from '@shared/assessment/registers'
import { exportSheet } from '@shared/roster/exportSafety'

/**
 * The whole assessment of a class as a workbook (issue 13): 考核汇总 (every item, the qualitative
 * summary, exams with make-ups, the grade and the certificate number), 成绩证书登记表 (seed 001
 * 7.8), 优秀学员名单 and 补考名单. The same rows as the printed registers (registers.ts); ID
 * numbers masked, certificate numbers and ID numbers as text cells, formula-like text neutralised
 * (exportSafety.ts), as in the attendance register's workbook.
 */
export interface AssessmentWorkbookInput {
  className: string
  schoolName: string
  /** '2026年3月2日至7月3日'. */
  period: string
  exportedAt: string
  items: RegisterInput['items']
  /** The class's exams, in order (columns). */
  exams: readonly string[]
  rows: readonly RegisterRow[]
  source: RegisterInput
}

type Value = string | number | null

/**
 * A sheet of head()'s title and subtitle, the column headings, then the rows: the title merged
 * across, textColumns (numbers that are identifiers) as text cells below the headings.
 */
function sheetOf(rows: Value[][], textColumns: readonly number[] = []): WorkSheet {
  return exportSheet(rows, { textColumns, headRows: 3, mergeTitle: true })
}

const examHeader = (exams: readonly string[]) => exams.flatMap((e) => [`${e}成绩`, `${e}补考`, `${e}结果`])
const examCells = (r: RegisterRow, exams: readonly string[]): Value[] =>
  exams.flatMap((name) => {
    const e = r.exams.find((x) => x.name === name)
    return [score(e?.first), score(e?.makeUp), e?.result ?? null]
  })

/** '85' → 85 (a number cell), '缺考' stays text, '' → empty. */
function score(text: string | undefined): Value {
  if (!text) return null
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text
}

export const SUMMARY_FIXED_HEADER = [
  '序号',
  '座号',
  '姓名',
  '性别',
  '单位及职务',
  '身份证号码',
  '小组',
  '缺勤情况',
]

export function assessmentWorkbook(input: AssessmentWorkbookInput): Uint8Array<ArrayBuffer> {
  const book = utils.book_new()
  const subtitle = `${input.schoolName}\u3000培训时间 ${input.period}\u3000导出时间 ${input.exportedAt}`
  const head = (title: string) => [[`${input.className}${title}`], [subtitle]]

  const summaryHeader = [
    ...SUMMARY_FIXED_HEADER,
    ...input.items.map((i) => i.label),
    '定量合计',
    '定性评价',
    '党小组评议鉴定',
    ...examHeader(input.exams),
    '考核等次',
    '证书编号',
  ]
  const summary = sheetOf(
    [
      ...head('学员考核汇总表'),
      summaryHeader,
      ...input.rows.map((r) => [
        r.no,
        r.seat,
        r.name,
        r.gender,
        r.unitAndPost,
        r.idNumber,
        r.groupName,
        r.absence,
        ...r.items,
        r.total,
        r.qualitative,
        r.appraisal,
        ...examCells(r, input.exams),
        r.grade,
        r.certificateNumber,
      ]),
    ],
    [5, summaryHeader.length - 1],
  )
  summary['!cols'] = summaryHeader.map((h) => ({
    wch: /单位|缺勤|定性|鉴定/.test(h) ? 30 : h === '证书编号' || h === '身份证号码' ? 20 : 10,
  }))
  utils.book_append_sheet(book, summary, '考核汇总')

  const registerHeader = [
    '序号',
    '姓名',
    '性别',
    '单位及职务',
    ...examHeader(input.exams),
    '考核等次',
    '证书编号',
  ]
  utils.book_append_sheet(
    book,
    sheetOf(
      [
        ...head('学员成绩、证书登记表'),
        registerHeader,
        ...input.rows.map((r) => [
          r.no,
          r.name,
          r.gender,
          r.unitAndPost,
          ...examCells(r, input.exams),
          r.grade,
          r.certificateNumber,
        ]),
      ],
      [registerHeader.length - 1],
    ),
    '成绩证书登记表',
  )

  utils.book_append_sheet(
    book,
    sheetOf(
      [
        ...head('优秀学员名单'),
        ['序号', '姓名', '性别', '单位及职务', '证书编号'],
        ...excellentRows(input.rows).map((r, i) => [
          i + 1,
          r.name,
          r.gender,
          r.unitAndPost,
          r.certificateNumber,
        ]),
      ],
      [4],
    ),
    '优秀学员名单',
  )

  utils.book_append_sheet(
    book,
    sheetOf([
      ...head('补考名单'),
      ['序号', '姓名', '单位及职务', '考试', '首次成绩', '补考成绩', '结果'],
      ...makeUpLines(input.source, input.rows).map((m) => [
        m.no,
        m.name,
        m.unitAndPost,
        m.exam,
        score(m.first),
        score(m.makeUp),
        m.result,
      ]),
    ]),
    '补考名单',
  )
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
