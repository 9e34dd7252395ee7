import { useNavigate } from 'react-router'
import { allowedLeaveHours } from '@shared/attendance/leaveLimit'
import { formatHours, isZeroHours } from '@shared/plan/hours'
import { useClassAttendance } from '../../db/attendance/attendanceModel'
import type { ClassRecord } from '../../db/core/database'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { registerLines } from './registerLines'
import './attendancePrint.css'

/**
 * 学员考勤登记表 on paper (seed 000 附2 第十八条: "考勤情况应记入《学员考勤登记表》"), landscape:
 * per student the sessions attended, each kind of absence with its hours, leave against the 1/7
 * limit, and the sessions missed. 备注 carries facts only: the app's reminders stay on screen
 * (RegisterView 提示). With `publish`, the 考勤公布表 for the class (定期公布): no ID
 * numbers, phones or units, and no remarks about withdrawal.
 */
export function RegisterPrintSheet(props: { cls: ClassRecord; schoolName: string; publish?: boolean }) {
  const model = useClassAttendance(props.cls)
  const navigate = useNavigate()
  if (!model) return null
  const lines = registerLines(model.students, model.rowById, model.sessions, model.statuses)
  const total = model.hours.effective
  const title = props.publish ? '学员考勤情况公布' : '学员考勤登记表'
  const first = model.sessions[0]?.date
  const last = model.sessions[model.sessions.length - 1]?.date
  return (
    <PrintView
      title={`${props.cls.name} ${title}`}
      fileName={`${props.cls.name}-${title}`}
      landscape
      pageNumbers
      onBack={() => void navigate(`/classes/${props.cls.id}/attendance?view=register`)}
    >
      <PrintSheet
        schoolName={props.schoolName}
        title={`${props.cls.name}${title}`}
        landscape
        meta={
          <>
            <span>
              统计范围：{first ?? '—'} 至 {last ?? '—'}，共 {model.sessions.length} 次课
            </span>
            {model.uncountedNotice && <span data-testid="register-uncalled">{model.uncountedNotice}</span>}
            <span>
              总学时 {formatHours(total)}
              {isZeroHours(total) ? '' : `，累计请假不得超过 ${formatHours(allowedLeaveHours(total))} 学时`}
            </span>
          </>
        }
      >
        <table className="register-table">
          {/* Fixed widths: the table fits the page at any class size, 单位及职务 in at most two lines. */}
          <colgroup>
            <col className="seat" />
            <col className="name" />
            {!props.publish && <col className="unit" />}
            <col className="count" />
            <col className="times" />
            <col className="times" />
            <col className="hours" span={3} />
            <col className="total" />
            <col className="hours" />
            {!props.publish && <col className="hours" />}
            <col />
            {!props.publish && <col className="remarks" />}
          </colgroup>
          <thead>
            <tr>
              <th>座号</th>
              <th>姓名</th>
              {!props.publish && <th>单位及职务</th>}
              <th>出勤</th>
              <th>迟到</th>
              <th>早退</th>
              <th>公假</th>
              <th>病假</th>
              <th>事假</th>
              <th>请假合计</th>
              <th>旷课</th>
              {!props.publish && <th>超假</th>}
              <th>考勤异常</th>
              {!props.publish && <th>备注</th>}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.enrollmentId}>
                <td>{l.seat}</td>
                <td className="text name">{l.name}</td>
                {!props.publish && <td className="text">{l.unitAndPost}</td>}
                <td>
                  {l.attended}/{l.sessions}
                </td>
                <td className="nowrap">{l.late}</td>
                <td className="nowrap">{l.leftEarly}</td>
                <td>{l.officialLeave}</td>
                <td>{l.sickLeave}</td>
                <td>{l.personalLeave}</td>
                <td>{l.leaveUsed === '0' ? '' : l.leaveUsed}</td>
                <td>{l.absent}</td>
                {!props.publish && <td>{l.overstay}</td>}
                <td className="text">{(props.publish ? l.publicExceptions : l.exceptions).join('；')}</td>
                {!props.publish && <td className="text">{l.sheetRemarks}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="register-note">
          说明：请假、旷课以学时计；迟到、早退记次数和分钟数，计入出勤。
          {props.publish ? '如有异议，请向班主任反映。' : ''}
        </div>
        <div className="signin-foot">
          <span>班主任：{props.cls.headTeachers.join('、')}</span>
          <span>制表日期：＿＿＿＿年＿＿月＿＿日</span>
        </div>
      </PrintSheet>
    </PrintView>
  )
}
