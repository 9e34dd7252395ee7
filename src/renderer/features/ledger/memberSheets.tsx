import { cn, Meta, MemberFacts, outcomeText, type SheetProps } from './ledgerSheetParts'
import { DEMOCRATIC_RESULT_LABELS, REVIEW_STATE_LABELS, ledgerReviewId } from '@shared/ledger/records'
import { entryItemLabels } from '@shared/ledger/scheme'
import { orgLifeSummary } from '@shared/ledger/orgLife'
import { ITEM_STATE_LABELS } from '@shared/ledger/standing'
import { YEAR_END_OUTCOME_LABELS } from '@shared/ledger/yearEnd'
import { PrintSheet } from '../../ui/print/PrintView'

/** Sheets with one page per member: 党员年度考核表 and 登记本. */

export function AppraisalSheets({ data, rows, schoolName, today }: SheetProps) {
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
                              : s.attendance
                                ? orgLifeSummary(s.attendance)
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
                    {scheme.period === 'year' && (
                      <>
                        <tr>
                          <th>自我评议</th>
                          <td colSpan={3}>{review?.selfReview}</td>
                        </tr>
                        <tr>
                          <th>民主评议</th>
                          <td>{DEMOCRATIC_RESULT_LABELS[review?.democratic ?? '']}</td>
                          <th>满意度测评</th>
                          <td>{review?.satisfaction == null ? '' : `${review.satisfaction}%`}</td>
                        </tr>
                        <tr>
                          <th>考核结果</th>
                          <td colSpan={3}>{YEAR_END_OUTCOME_LABELS[review?.outcome ?? '']}</td>
                        </tr>
                      </>
                    )}
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

export function RegisterSheets({ data, rows, schoolName, today }: SheetProps) {
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
