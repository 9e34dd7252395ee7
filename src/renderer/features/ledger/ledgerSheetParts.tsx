import { type OverviewRow } from '@shared/ledger/overview'
import { OUTCOME_LABELS } from '@shared/ledger/quantified'
import { MEMBER_STATUS_LABELS } from '@shared/ledger/records'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

/** Pieces the branch and member sheets share (LedgerPrint.tsx gathers the sheets). */

export type Row = OverviewRow<LedgerMemberRecord>

export interface SheetProps {
  data: BranchData
  rows: Row[]
  schoolName: string
  today: string
}

export const cn = (iso: string) =>
  iso ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : ''

export function Meta({ data, today }: { data: BranchData; today: string }) {
  return (
    <>
      <span>党支部：{data.branch.name}</span>
      <span>
        方案：{data.scheme.name}（第 {data.scheme.version} 版）
      </span>
      <span>统计截至：{cn(today)}</span>
    </>
  )
}

export function Signature({ today }: { today: string }) {
  return (
    <div className="ledger-sign">
      <span>党支部书记（签字）：＿＿＿＿＿＿</span>
      <span>{today.slice(0, 4)}年＿＿月＿＿日</span>
    </div>
  )
}

export function outcomeText(r: Row): string {
  const s = r.sheet
  if (!s) return ''
  if (s.vetoed) return OUTCOME_LABELS.vetoed
  return s.surveyMissing ? '' : OUTCOME_LABELS[s.score.outcome]
}

export function MemberFacts({ m }: { m: LedgerMemberRecord }) {
  return (
    <table className="ledger-facts">
      <tbody>
        <tr>
          <th>姓名</th>
          <td>{m.name}</td>
          <th>学号/工号</th>
          <td>{m.staffNo}</td>
          <th>类别</th>
          <td>{MEMBER_STATUS_LABELS[m.status]}</td>
        </tr>
        <tr>
          <th>入党日期</th>
          <td>{m.joinedOn}</td>
          <th>转正日期</th>
          <td>{m.fullOn}</td>
          <th>党内职务</th>
          <td>{m.partyPost}</td>
        </tr>
      </tbody>
    </table>
  )
}
