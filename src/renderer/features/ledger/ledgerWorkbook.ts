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
import { quarterKey, quarterRange, quarterSummary } from '@shared/ledger/quarter'
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
  if (scheme.kind === 'items' && scheme.period === 'year') {
    utils.book_append_sheet(book, exportSheet(quarterRows(data, asOf)), '阶段性总结')
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

/**
 * The 阶段性总结 of every quarter of the branch's year that has begun by `asOf`, as the printed
 * sheet shows them (quarter.ts); a quarter still running says so, since its figures will change.
 */
function quarterRows(data: BranchData, asOf: string): Value[][] {
  const { branch, scheme, members } = data
  const name = new Map(members.map((m) => [m.id, m.name]))
  const reported = new Set(branch.reportedQuarters ?? [])
  const rows: Value[][] = [
    [`${branch.name} ${branch.year}年党性锻炼阶段性总结（截至 ${asOf}）`],
    ['季度', '统计期间', '项目', '本季度记录（条）', '本季度参加（人）', '截至季度末已完成（人）'],
  ]
  for (let q = 1; q <= 4; q++) {
    const range = quarterRange(branch.year, q)
    if (range.from > asOf) break
    const s = quarterSummary(
      scheme,
      members.map((m) => m.id),
      data.entries,
      branch.year,
      q,
    )
    const label = `${branch.year}年第${q}季度`
    const period = `${s.from}至${s.to}${s.to >= asOf ? '（进行中）' : ''}`
    for (const l of s.lines)
      rows.push([label, period, l.label, l.entries, l.members, `${l.metByEnd}/${s.members}`])
    const behind = s.behindAtEnd.map((id) => name.get(id) ?? '').join('、')
    rows.push([
      label,
      period,
      `义工时长合计 ${s.volunteerHours} 小时；落后进度 ${s.behindAtEnd.length} 人${behind ? `（${behind}）` : ''}；待审核 ${s.pending} 条；${reported.has(quarterKey(branch.year, q)) ? '已上报' : '未上报'}`,
    ])
  }
  return rows
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
