import { Fragment, useMemo } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import Alert from '@mui/material/Alert'
import { branchOverview, type OverviewRow } from '@shared/ledger/overview'
import { OUTCOME_LABELS } from '@shared/ledger/quantified'
import {
  DEMOCRATIC_RESULT_LABELS,
  MEMBER_STATUS_LABELS,
  REVIEW_STATE_LABELS,
  ledgerReviewId,
} from '@shared/ledger/records'
import { entryItemLabels } from '@shared/ledger/scheme'
import { ITEM_STATE_LABELS } from '@shared/ledger/standing'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { todayIso } from '../../ui/dates'
import { useSettings } from '../../db/core/settingsHooks'
import { useData } from '../../db/core/DataProvider'
import FormControlLabel from '@mui/material/FormControlLabel'
import Switch from '@mui/material/Switch'
import { quarterSummary } from '@shared/ledger/quarter'
import { useBranchData } from '../../db/ledger/ledgerHooks'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'
import { LEDGER_SHEETS, type LedgerSheetId } from './ledgerPrintPath'
import './ledgerPrint.css'

type Row = OverviewRow<LedgerMemberRecord>

/** The print route of a branch's sheets: /ledger/:branchId/print/:sheet (?member=ID for one member). */
export function LedgerPrintRoute() {
  const { branchId, sheet = '' } = useParams()
  const [query] = useSearchParams()
  const data = useBranchData(branchId)
  const settings = useSettings()
  const navigate = useNavigate()
  const { ledger } = useData()
  const today = todayIso()
  const rows = useMemo(
    () =>
      data
        ? branchOverview(data.scheme, data.members, data.entries, data.reviews, data.branch.year, today)
        : [],
    [data, today],
  )
  if (data === undefined || settings === undefined) return null
  const title = Object.hasOwn(LEDGER_SHEETS, sheet) ? LEDGER_SHEETS[sheet as LedgerSheetId] : undefined
  if (!data || !settings || !title)
    return (
      <Alert severity="warning" action={<a href="#/ledger">返回党性锻炼</a>}>
        找不到要打印的内容（{sheet}）。
      </Alert>
    )
  const id = sheet as LedgerSheetId
  const memberId = query.get('member')
  const back = () =>
    void navigate(memberId ? `/ledger/${data.branch.id}/members/${memberId}` : `/ledger/${data.branch.id}`)
  // Printed in the roster's order (the member list), not the screen's attention order.
  const order = new Map(data.members.map((m, i) => [m.id, i]))
  const listed = [...rows].sort((a, b) => order.get(a.member.id)! - order.get(b.member.id)!)
  const chosen = memberId ? listed.filter((r) => r.member.id === memberId) : listed
  const props = { data, rows: chosen, schoolName: settings.schoolName, today }
  const landscape = id === 'ledger'
  const quarter = /^\d{4}-Q[1-4]$/.test(query.get('quarter') ?? '') ? query.get('quarter')! : null
  const reported = quarter !== null && (data.branch.reportedQuarters ?? []).includes(quarter)
  const member = memberId ? chosen[0]?.member.name : undefined
  return (
    <PrintView
      title={title}
      fileName={`${data.branch.name}-${data.branch.year}年${title}${member ? `-${member}` : ''}`}
      landscape={landscape}
      pageNumbers
      onBack={back}
      options={
        id === 'quarter' && quarter ? (
          <FormControlLabel
            control={
              <Switch
                checked={reported}
                onChange={(e) => void ledger.setQuarterReported(data.branch, quarter, e.target.checked)}
              />
            }
            label="已上报"
          />
        ) : undefined
      }
    >
      {id === 'ledger' && <LedgerSheet {...props} />}
      {id === 'appraisal' && <AppraisalSheets {...props} />}
      {id === 'register' && <RegisterSheets {...props} />}
      {id === 'publish' && <PublishSheet {...props} />}
      {(id === 'survey' || id === 'satisfaction') && <BlankSurveySheet {...props} kind={id} />}
      {id === 'quarter' && quarter && <QuarterSheet {...props} quarter={quarter} />}
    </PrintView>
  )
}

interface SheetProps {
  data: BranchData
  rows: Row[]
  schoolName: string
  today: string
}

const cn = (iso: string) =>
  iso ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : ''

function Meta({ data, today }: { data: BranchData; today: string }) {
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

function Signature({ today }: { today: string }) {
  return (
    <div className="ledger-sign">
      <span>党支部书记（签字）：＿＿＿＿＿＿</span>
      <span>{today.slice(0, 4)}年＿＿月＿＿日</span>
    </div>
  )
}

function LedgerSheet({ data, rows, schoolName, today }: SheetProps) {
  const { scheme, branch } = data
  return (
    <PrintSheet
      schoolName={schoolName}
      title={`${branch.year}年度党员党性锻炼台账`}
      meta={<Meta data={data} today={today} />}
      landscape
    >
      <table className="ledger-table" data-testid="print-ledger">
        <thead>
          {scheme.kind === 'items' ? (
            <tr>
              <th>序号</th>
              <th>姓名</th>
              <th>类别</th>
              <th>党内职务</th>
              {scheme.items.map((i) => (
                <th key={i.code}>{i.label}</th>
              ))}
              <th>完成项目</th>
            </tr>
          ) : (
            <tr>
              <th>序号</th>
              <th>姓名</th>
              <th>类别</th>
              <th>考核类别</th>
              {(scheme.forms[0]?.categories ?? []).map((c) => (
                <th key={c.code}>{c.label}</th>
              ))}
              <th>量化得分</th>
              <th>民主测评</th>
              <th>总分</th>
              <th>考核结果</th>
            </tr>
          )}
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.member.id}>
              <td className="num">{i + 1}</td>
              <td className="name">{r.member.name}</td>
              <td>{MEMBER_STATUS_LABELS[r.member.status]}</td>
              {scheme.kind === 'items' ? (
                <>
                  <td>{r.member.partyPost}</td>
                  {r.standing!.items.map((s) => (
                    <td key={s.code} className="cell">
                      {s.volunteer
                        ? `${s.volunteer.hours}小时/${s.volunteer.times}次${s.state === 'met' ? ' ✓' : ''}`
                        : s.state === 'met'
                          ? '✓'
                          : ''}
                    </td>
                  ))}
                  <td className="num">
                    {r.standing!.met}/{scheme.items.length}
                  </td>
                </>
              ) : (
                <>
                  <td>{r.sheet!.form.label}</td>
                  {r.sheet!.categories.map((c) => (
                    <td key={c.code} className="num">
                      {r.sheet!.vetoed ? '—' : c.score}
                    </td>
                  ))}
                  <td className="num">{r.sheet!.vetoed ? '—' : r.sheet!.score.quantified}</td>
                  <td className="num">{r.sheet!.score.survey ?? ''}</td>
                  <td className="num">{r.sheet!.score.total ?? ''}</td>
                  <td>{outcomeText(r)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {scheme.kind === 'items' && scheme.volunteer && (
        <p className="ledger-note">
          做好一周义工：全年工作总时间达 {scheme.volunteer.hours} 小时且工作次数不少于{' '}
          {scheme.volunteer.times} 次为完成（✓）。
        </p>
      )}
      {scheme.kind === 'quantified' && scheme.thresholds && (
        <p className="ledger-note">
          总分＝量化得分×{scheme.quantifiedPercent}%＋民主测评得分×{100 - scheme.quantifiedPercent}%。
        </p>
      )}
      <Signature today={today} />
    </PrintSheet>
  )
}

function outcomeText(r: Row): string {
  const s = r.sheet
  if (!s) return ''
  if (s.vetoed) return OUTCOME_LABELS.vetoed
  return s.surveyMissing ? '' : OUTCOME_LABELS[s.score.outcome]
}

function MemberFacts({ m }: { m: LedgerMemberRecord }) {
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

function AppraisalSheets({ data, rows, schoolName, today }: SheetProps) {
  const { scheme, branch } = data
  return (
    <>
      {rows.map((r) => {
        const review = data.reviews.find((x) => x.id === ledgerReviewId(r.member.id, branch.year))
        return (
          <PrintSheet
            key={r.member.id}
            schoolName={schoolName}
            title={`${branch.year}年度党员年度考核表`}
            meta={<Meta data={data} today={today} />}
          >
            <div data-testid="print-appraisal">
              <MemberFacts m={r.member} />
              {r.sheet ? (
                <table className="ledger-score">
                  <thead>
                    <tr>
                      <th>考核项目</th>
                      <th>标准分</th>
                      <th>加分</th>
                      <th>减分</th>
                      <th>得分</th>
                      <th>加减分依据</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.sheet.categories.map((c) => (
                      <tr key={c.code}>
                        <td>{c.label}</td>
                        <td className="num">{c.standard}</td>
                        <td className="num">{c.bonuses || ''}</td>
                        <td className="num">{c.deductions || ''}</td>
                        <td className="num">{r.sheet!.vetoed ? '—' : c.score}</td>
                        <td className="basis">
                          {c.lines
                            .map(
                              (l) =>
                                `${cn(l.date)} ${l.rule.label}${l.amount !== 1 ? `×${l.amount}` : ''}（${l.points > 0 ? '+' : ''}${l.points}）`,
                            )
                            .join('；')}
                        </td>
                      </tr>
                    ))}
                    <tr>
                      <th>量化得分</th>
                      <td className="num">{r.sheet.vetoed ? '—' : r.sheet.score.quantified}</td>
                      <th>民主测评</th>
                      <td className="num">{r.sheet.score.survey ?? ''}</td>
                      <th>总分</th>
                      <td className="num total">{r.sheet.score.total ?? ''}</td>
                    </tr>
                    <tr>
                      <th>民主评议</th>
                      <td colSpan={2}>{DEMOCRATIC_RESULT_LABELS[review?.democratic ?? '']}</td>
                      <th>考核结果</th>
                      <td colSpan={2}>{outcomeText(r)}</td>
                    </tr>
                  </tbody>
                </table>
              ) : (
                <table className="ledger-score">
                  <thead>
                    <tr>
                      <th>项目</th>
                      <th>要求</th>
                      <th>完成情况</th>
                      <th>记录</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.standing!.items.map((s) => {
                      const item = scheme.items.find((i) => i.code === s.code)!
                      return (
                        <tr key={s.code}>
                          <td>{item.label}</td>
                          <td className="basis">{item.requirement}</td>
                          <td>{ITEM_STATE_LABELS[s.state]}</td>
                          <td>
                            {s.volunteer
                              ? `${s.volunteer.hours}小时，${s.volunteer.times}次`
                              : `${s.entryIds.length}条`}
                          </td>
                        </tr>
                      )
                    })}
                    <tr>
                      <th>完成项目</th>
                      <td colSpan={3}>
                        {r.standing!.met}/{scheme.items.length}
                      </td>
                    </tr>
                  </tbody>
                </table>
              )}
              <table className="ledger-facts opinion">
                <tbody>
                  <tr>
                    <th>党支部意见</th>
                    <td>
                      <div className="ledger-sign">
                        <span>党支部书记（签字）：＿＿＿＿＿＿</span>
                        <span>{today.slice(0, 4)}年＿＿月＿＿日</span>
                      </div>
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
          </PrintSheet>
        )
      })}
    </>
  )
}

function RegisterSheets({ data, rows, schoolName, today }: SheetProps) {
  const { scheme, branch } = data
  const label = entryItemLabels(scheme)
  return (
    <>
      {rows.map((r) => (
        <PrintSheet
          key={r.member.id}
          schoolName={schoolName}
          title={`党性锻炼登记本（${branch.year}年）`}
          meta={<Meta data={data} today={today} />}
        >
          <MemberFacts m={r.member} />
          <table className="ledger-score">
            <thead>
              <tr>
                <th>日期</th>
                <th>项目</th>
                <th>数量</th>
                <th>内容</th>
                <th>支部审核</th>
              </tr>
            </thead>
            <tbody>
              {[...r.entries]
                .sort((a, b) => a.date.localeCompare(b.date))
                .map((e) => {
                  const full = data.entries.find((x) => x.id === e.id)
                  return (
                    <tr key={e.id}>
                      <td>{cn(e.date)}</td>
                      <td>{label.get(e.item) ?? e.item}</td>
                      <td className="num">{e.amount}</td>
                      <td className="basis">{full?.note}</td>
                      <td>{REVIEW_STATE_LABELS[e.review]}</td>
                    </tr>
                  )
                })}
            </tbody>
          </table>
        </PrintSheet>
      ))}
    </>
  )
}

function PublishSheet({ data, rows, schoolName, today }: SheetProps) {
  const { scheme, branch } = data
  return (
    <PrintSheet
      schoolName={schoolName}
      title={`${branch.year}年度党员考核结果公示`}
      meta={<Meta data={data} today={today} />}
    >
      <table className="ledger-table">
        <thead>
          <tr>
            <th>序号</th>
            <th>姓名</th>
            <th>类别</th>
            {scheme.kind === 'items' ? <th>完成项目</th> : <th>总分</th>}
            <th>考核结果</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.member.id}>
              <td className="num">{i + 1}</td>
              <td className="name">{r.member.name}</td>
              <td>{MEMBER_STATUS_LABELS[r.member.status]}</td>
              {scheme.kind === 'items' ? (
                <>
                  <td className="num">
                    {r.standing!.met}/{scheme.items.length}
                  </td>
                  <td>{r.standing!.open === 0 ? '完成' : `${r.standing!.open}项未完成`}</td>
                </>
              ) : (
                <>
                  <td className="num">{r.sheet!.score.total ?? ''}</td>
                  <td>{outcomeText(r)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ledger-sign">
        <span>{branch.name}</span>
        <span>{cn(today)}</span>
      </div>
    </PrintSheet>
  )
}

function BlankSurveySheet({
  data,
  rows,
  schoolName,
  kind,
}: SheetProps & { kind: 'survey' | 'satisfaction' }) {
  const grades = kind === 'survey' ? ['优秀', '合格', '基本合格', '不合格'] : ['满意', '基本满意', '不满意']
  const title =
    kind === 'survey'
      ? `${data.branch.year}年度党员民主测评表`
      : `${data.branch.year}年度党员党性锻炼满意度测评表`
  return (
    <PrintSheet schoolName={schoolName} title={title} meta={<span>党支部：{data.branch.name}</span>}>
      <table className="ledger-table">
        <thead>
          <tr>
            <th>序号</th>
            <th>姓名</th>
            {grades.map((g) => (
              <th key={g}>{g}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <Fragment key={r.member.id}>
              <tr>
                <td className="num">{i + 1}</td>
                <td className="name">{r.member.name}</td>
                {grades.map((g) => (
                  <td key={g} className="tick" />
                ))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      <p className="ledger-note">在相应栏内划“✓”，每人只选一项。</p>
      <div className="ledger-sign">
        <span>测评日期：{data.branch.year}年＿＿月＿＿日</span>
      </div>
    </PrintSheet>
  )
}

function QuarterSheet({ data, schoolName, today, quarter }: SheetProps & { quarter: string }) {
  const { scheme, branch, members } = data
  const year = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(6))
  const s = quarterSummary(
    scheme,
    members.map((m) => m.id),
    data.entries,
    year,
    q,
  )
  const name = new Map(members.map((m) => [m.id, m.name]))
  return (
    <PrintSheet
      schoolName={schoolName}
      title={`党员党性锻炼阶段性总结（${year}年第${q}季度）`}
      meta={
        <>
          <span>党支部：{branch.name}</span>
          <span>
            统计期间：{cn(s.from)}至{cn(s.to)}
          </span>
          <span>党员 {s.members} 人</span>
        </>
      }
    >
      <table className="ledger-table" data-testid="print-quarter">
        <thead>
          <tr>
            <th>项目</th>
            <th>本季度记录（条）</th>
            <th>本季度参加（人）</th>
            <th>截至季度末已完成（人）</th>
          </tr>
        </thead>
        <tbody>
          {s.lines.map((l) => (
            <tr key={l.code}>
              <td>{l.label}</td>
              <td className="num">{l.entries}</td>
              <td className="num">{l.members}</td>
              <td className="num">
                {l.metByEnd}/{s.members}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ledger-note">
        本季度义工时长合计 {s.volunteerHours} 小时。截至{cn(s.to)}落后进度 {s.behindAtEnd.length} 人
        {s.behindAtEnd.length > 0 ? `：${s.behindAtEnd.map((id) => name.get(id) ?? '').join('、')}` : ''}。
        {s.pending > 0 ? `本季度尚有 ${s.pending} 条记录待支部审核。` : ''}
      </p>
      <table className="ledger-facts opinion">
        <tbody>
          <tr>
            <th>主要做法与下季度安排</th>
            <td />
          </tr>
        </tbody>
      </table>
      <Signature today={today} />
    </PrintSheet>
  )
}
