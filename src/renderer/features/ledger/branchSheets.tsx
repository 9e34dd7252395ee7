import { cn, Meta, outcomeText, Signature, type SheetProps } from './ledgerSheetParts'
import { Fragment } from 'react'
import { MEMBER_STATUS_LABELS, ledgerReviewId } from '@shared/ledger/records'
import { YEAR_END_OUTCOME_LABELS } from '@shared/ledger/yearEnd'
import { PrintSheet } from '../../ui/print/PrintView'
import { quarterSummary } from '@shared/ledger/quarter'

/** Sheets of the whole branch: 台账, 张榜公布, blank 测评表, 季度阶段性总结. */

export function LedgerSheet({ data, rows, schoolName, today }: SheetProps) {
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
                        : s.attendance
                          ? `出席${s.attendance.attended}/${s.attendance.held}${s.state === 'met' ? ' ✓' : ''}`
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

export function PublishSheet({ data, rows, schoolName, today }: SheetProps) {
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
                  <td>
                    {/* The branch's recorded outcome (考核评比); until then, how far the member got. */}
                    {yearEndOutcomeOf(data, r.member.id) ||
                      (r.standing!.open === 0 ? '完成' : `${r.standing!.open}项未完成`)}
                  </td>
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

export function BlankSurveySheet({
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

export function QuarterSheet({ data, schoolName, today, quarter }: SheetProps & { quarter: string }) {
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

/** The recorded year-end outcome's label, '' when none was recorded. */
function yearEndOutcomeOf(data: SheetProps['data'], memberId: string): string {
  const outcome = data.reviews.find((x) => x.id === ledgerReviewId(memberId, data.branch.year))?.outcome
  return outcome ? YEAR_END_OUTCOME_LABELS[outcome] : ''
}
