import { useNavigate } from 'react-router'
import { ratingQuestions } from '@shared/evaluation/questionnaire'
import { dateSpan, fullDate } from '@shared/plan/sessionFormat'
import type { ClassRecord } from '../../db/core/database'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { DistributionBar, DistributionLegend } from './DistributionBar'
import { QUESTIONNAIRE_NAMES, questionnaireFromQuery } from './questionnaireChoice'
import { useEvaluation } from './useEvaluation'
import dayjs from 'dayjs'
import './evaluationPrint.css'

type SheetProps = { cls: ClassRecord; schoolName: string; query: URLSearchParams }

function useBack(cls: ClassRecord, questionnaireId: string) {
  const navigate = useNavigate()
  return () => void navigate(`/classes/${cls.id}/evaluation?questionnaire=${questionnaireId}`)
}

/** Blank questionnaires, one page each, numbered 1…class size, with no place for a name. */
export function BlankQuestionnaireSheet({ cls, schoolName, query }: SheetProps) {
  const questionnaireId = questionnaireFromQuery(query)
  const model = useEvaluation(cls.id, questionnaireId)
  const back = useBack(cls, questionnaireId)
  if (!model) return null
  const q = model.questionnaire
  const numbers = Array.from({ length: model.classSize }, (_, i) => i + 1)
  return (
    <PrintView
      title={`${QUESTIONNAIRE_NAMES[questionnaireId]}（空白）`}
      fileName={`${cls.name}-${QUESTIONNAIRE_NAMES[questionnaireId]}`}
      onBack={back}
    >
      {numbers.map((n) => (
        <div key={n} className={n < numbers.length ? 'print-page-break' : undefined}>
          <PrintSheet
            schoolName={schoolName}
            title={q.title}
            meta={
              <>
                <span>
                  班次：{cls.name}（{dateSpan(cls.startDate, cls.endDate)}）
                </span>
                <span data-testid="blank-number">编号：{n}</span>
              </>
            }
          >
            <p className="questionnaire-intro">本问卷不记名，请在每题所选等次的方框内打“√”。</p>
            <table className="questionnaire">
              <thead>
                <tr>
                  <th>序号</th>
                  <th>类别</th>
                  <th>题目</th>
                  {q.scale.map((p) => (
                    <th key={p.value}>{p.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ratingQuestions(q).map((x, i) => (
                  <tr key={x.code}>
                    <td className="c">{i + 1}</td>
                    <td className="c">{x.section}</td>
                    <td>{x.text}</td>
                    {q.scale.map((p) => (
                      <td key={p.value} className="c">
                        □
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {q.questions
              .filter((x) => x.kind === 'text')
              .map((x) => (
                <div key={x.code} className="free-text">
                  <div>{x.text}：</div>
                </div>
              ))}
          </PrintSheet>
        </div>
      ))}
    </PrintView>
  )
}

/** 评估结果汇总, one page: means, distributions, free text (when published). */
export function EvaluationSummarySheet({ cls, schoolName, query }: SheetProps) {
  const questionnaireId = questionnaireFromQuery(query)
  const model = useEvaluation(cls.id, questionnaireId)
  const back = useBack(cls, questionnaireId)
  if (!model) return null
  const { results, questionnaire: q } = model
  return (
    <PrintView
      title={`${QUESTIONNAIRE_NAMES[questionnaireId]}结果汇总`}
      fileName={`${cls.name}-${QUESTIONNAIRE_NAMES[questionnaireId]}结果汇总`}
      onBack={back}
    >
      {model.problem ? (
        <p style={{ textAlign: 'center' }}>答卷不足，暂不公布结果。</p>
      ) : (
        <PrintSheet
          schoolName={schoolName}
          title={`${q.title}结果汇总`}
          meta={
            <>
              <span>
                班次：{cls.name}（{dateSpan(cls.startDate, cls.endDate)}）
              </span>
              <span>
                答卷 {results.responses} 份 / 全班 {model.classSize} 人，总体平均分{' '}
                {results.overallMean ?? '—'}
              </span>
            </>
          }
        >
          <div style={{ marginBottom: '2mm' }}>
            <DistributionLegend labels={q.scale.map((p) => `${p.label}(${p.value})`)} />
          </div>
          <table className="summary" data-testid="evaluation-summary">
            <thead>
              <tr>
                <th>类别</th>
                <th>题目</th>
                <th>作答</th>
                <th>平均分</th>
                <th style={{ width: '38%' }}>分布</th>
              </tr>
            </thead>
            <tbody>
              {results.ratings.map((r) => (
                <tr key={r.question.code}>
                  <td className="c">{r.question.section}</td>
                  <td>{r.question.text}</td>
                  <td className="c">{r.answered}</td>
                  <td className="c">{r.mean ?? '—'}</td>
                  <td>
                    <DistributionBar result={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {results.texts.map((t) => (
            <div key={t.question.code} className="summary-texts">
              <div className="h">
                {t.question.text}（{t.answers.length} 条）
              </div>
              {t.answers.map((a, i) => (
                <div key={i}>
                  {i + 1}. {a}
                </div>
              ))}
            </div>
          ))}
          <div className="summary-date">{fullDate(dayjs().format('YYYY-MM-DD'))}</div>
        </PrintSheet>
      )}
    </PrintView>
  )
}
