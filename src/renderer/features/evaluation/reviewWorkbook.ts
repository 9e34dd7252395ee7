import { utils, write } from 'xlsx'
import type { HeadTeacherLine } from '@shared/evaluation/headTeacherReview'
import type { Ranked } from '@shared/evaluation/ranking'
import { exportSheet } from '@shared/roster/exportSafety'
import { classLine, weightingText } from './reviewText'
import type { ReviewWeighting } from '@shared/evaluation/review'

type Value = string | number | null

/** The ranked list and, on a second sheet, every class behind each figure (traceable). */
export function reviewWorkbook(year: number, ranked: readonly Ranked<HeadTeacherLine>[], w: ReviewWeighting) {
  const list: Value[][] = [
    [`${year}年度班主任带班情况综合评估`],
    [weightingText(w)],
    ['名次', '班主任', '带班数', '带班天数', '学时', '出勤率(%)', '学员评估均分', '得分'],
    ...ranked.map((r) => [
      r.rank,
      r.item.name,
      r.item.classes.length,
      r.item.days,
      r.item.hours,
      r.item.attendanceRate === null ? '—' : Math.round(r.item.attendanceRate * 10_000) / 100,
      r.item.evaluationMean ?? '—',
      r.item.score,
    ]),
  ]
  const detail: Value[][] = [['班主任', '班次', '带班情况']]
  for (const r of ranked)
    for (const c of r.item.classes) detail.push([r.item.name, c.className, classLine(c)])
  const book = utils.book_new()
  utils.book_append_sheet(book, exportSheet(list), '推荐名单')
  utils.book_append_sheet(book, exportSheet(detail), '各班明细')
  return write(book, { type: 'array', bookType: 'xlsx' }) as Uint8Array<ArrayBuffer>
}
