import { utils, write } from 'xlsx'
import { exportSheet } from '@shared/roster/exportSafety'
import type { OverviewRow } from '@shared/ledger/overview'
import { OUTCOME_LABELS } from '@shared/ledger/quantified'
import {
  DEMOCRATIC_RESULT_LABELS,
  MEMBER_STATUS_LABELS,
  REVIEW_STATE_LABELS,
  ledgerReviewId,
} from '@shared/ledger/records'
import { YEAR_END_OUTCOME_LABELS } from '@shared/ledger/yearEnd'
import { entryItemLabels } from '@shared/ledger/scheme'
import { ITEM_STATE_LABELS } from '@shared/ledger/standing'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

type Value = string | number | null

/** Sheets: text cells everywhere but numbers, formula-safe (exportSafety.ts). */

/** The branch 台账 as a workbook: the overview (members × items, or scores) and every entry. */
export function ledgerWorkbook(
  data: BranchData,
  rows: readonly OverviewRow<LedgerMemberRecord>[],
  asOf: string,
): Uint8Array<ArrayBuffer> {
  const { branch, scheme } = data
  const book = utils.book_new()
  const title = `${branch.name} ${branch.year}年党性锻炼台账（截至 ${asOf}）`
  const head = ['序号', '姓名', '学号/工号', '党员/预备党员', '党内职务']
  const base = (m: LedgerMemberRecord, i: number): Value[] => [
    i + 1,
    m.name,
    m.staffNo,
    MEMBER_STATUS_LABELS[m.status],
    m.partyPost,
  ]
  let overview: Value[][]
  // Scheme 1's 考核评比 (自我评议 stays on the 考核表: it is prose).
  const yearEnd = scheme.period === 'year'
  if (scheme.kind === 'items') {
    overview = [
      [title],
      [
        ...head,
        ...scheme.items.map((i) => i.label),
        '义工时长(小时)',
        '义工次数',
        '完成项目',
        '落后进度',
        '待审核',
        ...(yearEnd ? ['民主评议', '满意度(%)', '考核结果'] : []),
      ],
      ...rows.map((r, i) => {
        const v = r.standing!.items.find((s) => s.volunteer)?.volunteer
        return [
          ...base(r.member, i),
          ...r.standing!.items.map((s) =>
            s.attendance
              ? `${ITEM_STATE_LABELS[s.state]}（出席${s.attendance.attended}/${s.attendance.held}）`
              : ITEM_STATE_LABELS[s.state],
          ),
          v?.hours ?? null,
          v?.times ?? null,
          `${r.standing!.met}/${scheme.items.length}`,
          r.standing!.behind ? '是' : '',
          r.standing!.pending,
          ...(yearEnd ? yearEndCells(data, r.member.id) : []),
        ]
      }),
    ]
  } else {
    const cats = scheme.forms[0]?.categories ?? []
    overview = [
      [title],
      [...head, '考核类别', ...cats.map((c) => c.label), '量化得分', '民主测评', '总分', '结果'],
      ...rows.map((r, i) => {
        const s = r.sheet!
        return [
          ...base(r.member, i),
          s.form.label,
          ...s.categories.map((c) => (s.vetoed ? null : c.score)),
          s.vetoed ? null : s.score.quantified,
          s.score.survey,
          s.score.total,
          s.surveyMissing ? '待民主测评' : OUTCOME_LABELS[s.score.outcome],
        ]
      }),
    ]
  }
  utils.book_append_sheet(
    book,
    exportSheet(overview, { fields: [null, null, 'studentNo'], headRows: 2 }),
    '台账',
  )
  const label = entryItemLabels(scheme)
  const name = new Map(data.members.map((m) => [m.id, m.name]))
  const entries = [...data.entries].sort((a, b) => a.date.localeCompare(b.date))
  utils.book_append_sheet(
    book,
    exportSheet([
      [`${branch.name} 台账记录`],
      ['日期', '姓名', '项目', '数量', '说明', '支部审核', '退回原因'],
      ...entries.map((e) => [
        e.date,
        name.get(e.memberId) ?? '',
        label.get(e.item) ?? e.item,
        e.amount,
        e.note,
        REVIEW_STATE_LABELS[e.review],
        e.returnReason,
      ]),
    ]),
    '记录明细',
  )
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/** 民主评议, 满意度 and the outcome of a member's year-end review (blank when not recorded). */
function yearEndCells(data: BranchData, memberId: string): Value[] {
  const r = data.reviews.find((x) => x.id === ledgerReviewId(memberId, data.branch.year))
  return [
    r?.democratic ? DEMOCRATIC_RESULT_LABELS[r.democratic] : '',
    r?.satisfaction ?? null,
    r?.outcome ? YEAR_END_OUTCOME_LABELS[r.outcome] : '',
  ]
}
