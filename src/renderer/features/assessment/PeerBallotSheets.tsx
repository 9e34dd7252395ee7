import { useNavigate } from 'react-router'
import { EVALUATION_RATINGS, EVALUATION_RATING_LABELS } from '@shared/assessment/evaluation'
import { dateSpan } from '@shared/plan/sessionFormat'
import type { ClassRecord } from '../../db/core/database'
import { useClassAssessment } from '../../db/assessment/assessmentHooks'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'

type Props = { cls: ClassRecord; schoolName: string }

const DATE_BLANK = '＿＿＿＿年＿＿月＿＿日'

function useBack(cls: ClassRecord) {
  const navigate = useNavigate()
  return () => void navigate(`/classes/${cls.id}/assessment?part=evaluations`)
}

/**
 * The blank 学员互评票 (附3 第七条 学员互评): every classmate by seat with a box per rating of the
 * qualitative scale (evaluation.ts). No ID numbers. The collected ballots are counted into the
 * tallies of the 定性评价 tab.
 */
export function PeerBallotSheet({ cls, schoolName }: Props) {
  const view = useClassAssessment(cls)
  const back = useBack(cls)
  if (!view) return null
  return (
    <PrintView title={`${cls.name} 学员互评票`} fileName={`${cls.name}-学员互评票`} pageNumbers onBack={back}>
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}学员互评票`}
        meta={<span>培训时间：{dateSpan(cls.startDate, cls.endDate)}</span>}
      >
        <table className="peer-ballot">
          <thead>
            <tr>
              <th style={{ width: '12mm' }}>序号</th>
              <th>姓名</th>
              {EVALUATION_RATINGS.map((r) => (
                <th key={r} style={{ width: '16mm' }}>
                  {EVALUATION_RATING_LABELS[r]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.students.map((s, i) => (
              <tr key={s.enrollmentId}>
                <td>{i + 1}</td>
                <td>{s.name}</td>
                {EVALUATION_RATINGS.map((r) => (
                  <td key={r} style={{ textAlign: 'center' }}>
                    □
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ textAlign: 'right', marginTop: '6mm' }}>填票日期：{DATE_BLANK}</p>
      </PrintSheet>
    </PrintView>
  )
}

/**
 * The blank 学员评议表 for a source of 第七条 (党小组, 党支部（班委）, 项目组 …): every student with
 * the rating boxes and room for the 评议意见; the source and the signature are written by hand.
 */
export function PeerReviewFormSheet({ cls, schoolName }: Props) {
  const view = useClassAssessment(cls)
  const back = useBack(cls)
  if (!view) return null
  return (
    <PrintView title={`${cls.name} 学员评议表`} fileName={`${cls.name}-学员评议表`} pageNumbers onBack={back}>
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}学员评议表`}
        meta={
          <>
            <span>培训时间：{dateSpan(cls.startDate, cls.endDate)}</span>
            <span>评议单位：＿＿＿＿＿＿＿＿</span>
          </>
        }
      >
        <table className="peer-ballot">
          <thead>
            <tr>
              <th style={{ width: '12mm' }}>序号</th>
              <th>姓名</th>
              {EVALUATION_RATINGS.map((r) => (
                <th key={r} style={{ width: '16mm' }}>
                  {EVALUATION_RATING_LABELS[r]}
                </th>
              ))}
              <th style={{ width: '70mm' }}>评议意见</th>
            </tr>
          </thead>
          <tbody>
            {view.students.map((s, i) => (
              <tr key={s.enrollmentId}>
                <td>{i + 1}</td>
                <td>{s.name}</td>
                {EVALUATION_RATINGS.map((r) => (
                  <td key={r} style={{ textAlign: 'center' }}>
                    □
                  </td>
                ))}
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ display: 'flex', justifyContent: 'space-between', marginTop: '6mm' }}>
          <span>评议人（签名）：</span>
          <span>日期：{DATE_BLANK}</span>
        </p>
      </PrintSheet>
    </PrintView>
  )
}
