import { useNavigate } from 'react-router'
import dayjs from 'dayjs'
import { withdrawalNotice } from '@shared/attendance/withdrawalNotice'
import { useClassAttendance } from '../../db/attendance/attendanceModel'
import type { ClassRecord } from '../../db/core/database'
import { useSettings } from '../../db/core/settingsHooks'
import { sessionSheetLabel } from '@shared/plan/sessionFormat'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { incidentLines } from './leavePreview'
import './leavePrint.css'

/**
 * 关于学员应作退学处理的报告 (?enrollment=ID): prepared from the student's standing, for the head
 * teacher to check, sign and send to 学员工作科 — a report, not a decision (seed 000 附2 第九条 3:
 * "学员退学须逐级报批并通报有关单位").
 */
export function WithdrawalNoticeSheet(props: {
  cls: ClassRecord
  schoolName: string
  query: URLSearchParams
}) {
  const model = useClassAttendance(props.cls)
  const settings = useSettings()
  const navigate = useNavigate()
  if (!model || !settings) return null
  const enrollmentId = props.query.get('enrollment') ?? ''
  const student = model.studentById.get(enrollmentId)
  const row = model.rowById.get(enrollmentId)
  const back = () => void navigate(`/classes/${props.cls.id}/leave`)
  if (!student || !row || !row.standing.withdraw) {
    return (
      <PrintView title="退学处理报告" fileName="退学处理报告" onBack={back}>
        <p style={{ textAlign: 'center' }}>该学员目前没有应作退学处理的情形。</p>
      </PrintView>
    )
  }
  const m = row.standing.meter
  const overLimit = m.level === 'overLimit'
  const sessionName = (id: string) => {
    const s = model.sessions.find((x) => x.id === id)
    return s ? sessionSheetLabel(s) : ''
  }
  const notice = withdrawalNotice({
    reason: overLimit ? 'overLimit' : 'unapprovedAbsence',
    studentName: student.name,
    unitAndPost: [student.unit, student.post].filter(Boolean).join(' '),
    className: props.cls.name,
    totalHours: m.total,
    leaveHours: m.used,
    allowedHours: m.allowed,
    ...(overLimit
      ? {}
      : {
          unapprovedHours: row.standing.unapproved.hours,
          afterCriticism: model.rules.unapproved.afterCriticismOnly,
          incidents: incidentLines(row.standing.unapproved.incidents, sessionName),
        }),
    headTeacher: props.cls.headTeachers.join('、') || settings.currentUser || '＿＿＿＿',
    date: dayjs().format('YYYY-MM-DD'),
  })
  return (
    <PrintView title={notice.title} fileName={`${props.cls.name}-${notice.title}`} onBack={back}>
      <PrintSheet schoolName={props.schoolName} title={notice.title}>
        <div className="notice-body" data-testid="withdrawal-notice">
          <p style={{ textIndent: 0 }}>{notice.addressee}：</p>
          {notice.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        <div className="notice-sign">
          {notice.signature.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      </PrintSheet>
    </PrintView>
  )
}
