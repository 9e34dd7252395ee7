import { utils, write } from 'xlsx'
import type { HeadTeacherLine } from '@shared/evaluation/headTeacherReview'
import type { Ranked } from '@shared/evaluation/ranking'
import type { ReviewWeighting } from '@shared/evaluation/review'
import { exportSheet } from '@shared/roster/exportSafety'
import { classLine, REVIEW_COLUMNS, REVIEW_READING, weightingText } from './reviewText'

type Value = string | number | null

/** The ranked list and, on a second sheet, every class behind each figure (traceable). */
export function reviewWorkbook(year: number, ranked: readonly Ranked<HeadTeacherLine>[], w: ReviewWeighting) {
  const list: Value[][] = [
    [`${year}年度班主任带班情况综合评估`],
    [weightingText(w)],
    [REVIEW_READING],
    ['名次', ...REVIEW_COLUMNS.map((c) => c.label)],
    ...ranked.map((r) => [r.rank, ...REVIEW_COLUMNS.map((c) => c.value(r.item))]),
  ]
  const detail: Value[][] = [['班主任', '班次', '带班情况']]
  for (const r of ranked)
    for (const c of r.item.classes) detail.push([r.item.name, c.className, classLine(c)])
  const book = utils.book_new()
  utils.book_append_sheet(book, exportSheet(list), '推荐名单')
  utils.book_append_sheet(book, exportSheet(detail), '各班明细')
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
