import { useNavigate } from 'react-router'
import { fridayMeetings, MEETING_KIND_LABELS } from '@shared/secondment/fridayMeetings'
import { APPRAISAL_GRADES, APPRAISAL_QUALITIES } from '@shared/secondment/records'
import { dateSpan, fullDate, fullDateWithWeekday } from '@shared/plan/sessionFormat'
import type { ClassRecord } from '../../db/core/database'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { meetingSessions } from './secondmentRows'
import { useSecondmentRows } from './useSecondmentRows'
import './secondmentPrint.css'

/** A date line to fill in by hand. */
const BLANK_DATE_LINE = '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日'

type SheetProps = { cls: ClassRecord; schoolName: string }

function useBack(cls: ClassRecord) {
  const navigate = useNavigate()
  return () => void navigate(`/classes/${cls.id}/secondment`)
}

const span = (p: { from: string; to: string } | null) => (p ? dateSpan(p.from, p.to) : '')

/** 挂职安排表, for the organisation department (附4 第四条). */
export function PlacementListSheet({ cls, schoolName }: SheetProps) {
  const model = useSecondmentRows(cls.id)
  const back = useBack(cls)
  if (!model) return null
  const rows = model.rows.filter((r) => r.placement)
  return (
    <PrintView title="挂职安排表" fileName={`${cls.name}-挂职安排表`} onBack={back} landscape pageNumbers>
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}学员挂职安排表`}
        landscape
        meta={
          <>
            <span>挂职时间：{span(model.period) || '未定'}</span>
            <span>共 {rows.length} 人</span>
          </>
        }
      >
        <table data-testid="placement-sheet">
          <thead>
            <tr>
              <th>序号</th>
              <th>姓名</th>
              <th>派出单位</th>
              <th>挂职单位</th>
              <th>挂职岗位</th>
              <th>联络人</th>
              <th>带教责任人</th>
              <th>备注</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.student.enrollmentId}>
                <td className="num">{i + 1}</td>
                <td className="name">{r.student.name}</td>
                <td>{r.placement!.dispatchingUnit}</td>
                <td>{r.placement!.hostUnit}</td>
                <td>{r.placement!.post}</td>
                <td>{r.placement!.contact}</td>
                <td>{r.placement!.mentor}</td>
                <td>{r.placement!.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintSheet>
    </PrintView>
  )
}

/** 挂职座谈会安排 (附4 第六条(四)): the meetings in the plan, else those the period gives. */
export function MeetingScheduleSheet({ cls, schoolName }: SheetProps) {
  const model = useSecondmentRows(cls.id)
  const back = useBack(cls)
  if (!model) return null
  const inPlan = meetingSessions(cls.id, model.sessions)
  const computed = model.period
    ? fridayMeetings(model.period, new Set(model.data.schedule?.skippedFridays ?? []))
    : []
  const lines = computed.map((m) => {
    const s = inPlan.find((x) => x.date === m.date)
    return {
      ...m,
      time: s ? `${s.start}–${s.end}` : '下午',
      place: s?.place ?? '区委党校',
    }
  })
  return (
    <PrintView title="挂职座谈会安排" fileName={`${cls.name}-挂职座谈会安排`} onBack={back}>
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}挂职座谈会安排`}
        meta={<span>挂职时间：{span(model.period)}</span>}
      >
        <table data-testid="meeting-sheet">
          <thead>
            <tr>
              <th>周次</th>
              <th>日期</th>
              <th>时间</th>
              <th>形式</th>
              <th>地点</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((m) => (
              <tr key={m.date}>
                <td className="num">第{m.week}周</td>
                <td>{fullDateWithWeekday(m.date)}</td>
                <td>{m.time}</td>
                <td>{MEETING_KIND_LABELS[m.kind]}</td>
                <td>{m.place}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintSheet>
    </PrintView>
  )
}

/** 《中青班学员挂职锻炼鉴定表》, one page per placed student (附4 第九条(二)). */
export function AppraisalSheets({ cls, schoolName }: SheetProps) {
  const model = useSecondmentRows(cls.id)
  const back = useBack(cls)
  if (!model) return null
  const rows = model.rows.filter((r) => r.placement)
  return (
    <PrintView title="挂职锻炼鉴定表" fileName={`${cls.name}-挂职锻炼鉴定表`} onBack={back}>
      {rows.map((r, i) => {
        const p = r.placement!
        const a = r.appraisal
        return (
          <div key={r.student.enrollmentId} className={i < rows.length - 1 ? 'print-page-break' : undefined}>
            <PrintSheet schoolName={schoolName} title="中青班学员挂职锻炼鉴定表">
              <table className="appraisal" data-testid="appraisal-sheet">
                <tbody>
                  <tr>
                    <th>姓名</th>
                    <td>{r.student.name}</td>
                    <th>性别</th>
                    <td>{r.student.gender}</td>
                    <th>班次</th>
                    <td>{cls.name}</td>
                  </tr>
                  <tr>
                    <th>派出单位</th>
                    <td colSpan={2}>{p.dispatchingUnit}</td>
                    <th>挂职单位</th>
                    <td colSpan={2}>{p.hostUnit}</td>
                  </tr>
                  <tr>
                    <th>挂职岗位</th>
                    <td colSpan={2}>{p.post}</td>
                    <th>挂职时间</th>
                    <td colSpan={2}>{span(model.period)}</td>
                  </tr>
                  <tr>
                    <th>本人挂职总结</th>
                    <td colSpan={5} className="tall">
                      {a?.selfSummary}
                      <div className="sign">本人签名：</div>
                    </td>
                  </tr>
                  {APPRAISAL_QUALITIES.map((q, qi) => (
                    <tr key={q.code}>
                      {qi === 0 && <th rowSpan={APPRAISAL_QUALITIES.length}>考核鉴定</th>}
                      <th>{q.label}</th>
                      <td colSpan={4}>{a?.qualities[q.code]}</td>
                    </tr>
                  ))}
                  <tr>
                    <th>挂职单位意见</th>
                    <td colSpan={5} className="mid">
                      {a?.hostOpinion}
                      <div className="sign">{`挂职单位（盖章）\u3000\u3000${BLANK_DATE_LINE}`}</div>
                    </td>
                  </tr>
                  <tr>
                    <th>鉴定等次</th>
                    <td colSpan={5}>
                      {APPRAISAL_GRADES.map((g) => (
                        <span key={g.code} className="grade">
                          {a?.grade === g.code ? '☑' : '☐'} {g.label}
                        </span>
                      ))}
                    </td>
                  </tr>
                  <tr>
                    <th>考核鉴定单位</th>
                    <td colSpan={5} className="mid">
                      {'区委组织部（盖章）\u3000\u3000\u3000区委党校（盖章）'}
                      <div className="sign">{a?.appraisedOn ? fullDate(a.appraisedOn) : BLANK_DATE_LINE}</div>
                    </td>
                  </tr>
                </tbody>
              </table>
            </PrintSheet>
          </div>
        )
      })}
    </PrintView>
  )
}

/** 挂职材料提醒单: each placed student's missing deliverables on a date (附4 第七条(一), 第八条). */
export function ReminderSheet({ cls, schoolName }: SheetProps) {
  const model = useSecondmentRows(cls.id)
  const back = useBack(cls)
  if (!model) return null
  const rows = model.rows.filter((r) => r.placement && r.progress && r.progress.missing.length > 0)
  return (
    <PrintView title="挂职材料提醒单" fileName={`${cls.name}-挂职材料提醒单`} onBack={back} pageNumbers>
      <PrintSheet
        schoolName={schoolName}
        title={`${cls.name}挂职材料提醒单`}
        meta={
          <>
            <span>挂职时间：{span(model.period)}</span>
            <span>统计日期：{fullDate(model.today)}</span>
          </>
        }
      >
        <table data-testid="reminder-sheet">
          <thead>
            <tr>
              <th>序号</th>
              <th>姓名</th>
              <th>挂职单位</th>
              <th>尚缺材料</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.student.enrollmentId}>
                <td className="num">{i + 1}</td>
                <td className="name">{r.student.name}</td>
                <td className="name">{r.placement!.hostUnit}</td>
                <td>{r.progress!.missing.join('；')}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4}>无</td>
              </tr>
            )}
          </tbody>
        </table>
      </PrintSheet>
    </PrintView>
  )
}
