import { utils, write } from 'xlsx'
import type { QuestionnaireResults } from '@shared/evaluation/results'
import { exportSheet } from '@shared/roster/exportSafety'

/**
 * The results of a class's questionnaire as a workbook: per question the mean and the count at each
 * point; then the free-text answers, one per row, without names or sheet numbers. Text is
 * neutralised against formulas (exportSafety.ts).
 */
type Value = string | number | null

export function evaluationWorkbook(input: {
  className: string
  title: string
  classSize: number
  results: QuestionnaireResults
}): Uint8Array<ArrayBuffer> {
  const { results } = input
  const labels = results.ratings[0]?.counts.map((c) => `${c.label}(${c.value})`) ?? []
  const rows: Value[][] = [
    [`${input.className} ${input.title} 结果`],
    [`答卷 ${results.responses} 份，全班 ${input.classSize} 人；总体平均分 ${results.overallMean ?? '—'}`],
    ['序号', '类别', '题目', '作答', '平均分', ...labels],
    ...results.ratings.map((r, i) => [
      i + 1,
      r.question.section,
      r.question.text,
      r.answered,
      r.mean,
      ...r.counts.map((c) => c.count),
    ]),
  ]
  const texts: Value[][] = [['题目', '意见建议']]
  for (const t of results.texts) for (const a of t.answers) texts.push([t.question.text, a])
  const book = utils.book_new()
  utils.book_append_sheet(book, exportSheet(rows), '评分结果')
  utils.book_append_sheet(book, exportSheet(texts), '意见建议')
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
