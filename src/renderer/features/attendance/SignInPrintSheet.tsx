import { Fragment } from 'react'
import { useNavigate } from 'react-router'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { slotLabel } from '@shared/plan/session'
import { useClassSessions, useClassStudents } from '../../db/attendance/attendanceHooks'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassStudent } from '../../db/roster/classStudents'
import type { ClassRecord } from '../../db/core/database'
import { formAndTopic, fullDateWithWeekday } from '@shared/plan/sessionFormat'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { printPath } from '../../ui/print/printPath'
import { sessionCode } from './sessionCode'
import { showsSeatColumn, signInBlocks, type SheetOrder } from './signInSheet'
import './attendancePrint.css'

/**
 * 签到表: one page per session — ?session=ID for one, ?date=YYYY-MM-DD for a whole day — with the
 * class, date, time, topic, the session's code (typed back on the tick-back screen) and a
 * signature column; students by seat or by group (?order=group). Every date carries its year; a
 * sheet over a page is numbered (第 1 页 共 N 页); the 座号 column is left out while no student has
 * a seat, and the preview offers to assign seats.
 */
export function SignInPrintSheet(props: { cls: ClassRecord; schoolName: string; query: URLSearchParams }) {
  const sessions = useClassSessions(props.cls.id)
  const students = useClassStudents(props.cls.id)
  const navigate = useNavigate()
  if (!sessions || !students) return null
  const sessionId = props.query.get('session')
  const date = props.query.get('date')
  const order: SheetOrder = props.query.get('order') === 'group' ? 'group' : 'seat'
  const chosen = sessions.filter((s) => (sessionId ? s.id === sessionId : s.date === date))
  const setOrder = (o: string) => {
    const options = {
      order: o === 'group' ? ('group' as const) : ('seat' as const),
      ...(sessionId ? { session: sessionId } : {}),
      ...(date ? { date } : {}),
      ...(props.query.get('view') ? { view: props.query.get('view')! } : {}),
      ...(props.query.get('current') ? { current: props.query.get('current')! } : {}),
    }
    void navigate(printPath(props.cls.id, 'signin', options), { replace: true })
  }
  const seated = showsSeatColumn(students)
  const what = sessionId ? (chosen[0] ? `${chosen[0].date}${slotLabel(chosen[0].slot)}` : '') : (date ?? '')
  return (
    <PrintView
      pageNumbers
      title={`${props.cls.name} 签到表`}
      fileName={`${props.cls.name}-签到表-${what}`}
      onBack={() => {
        // Back to the view the sheet was printed from, in the order chosen here.
        const back = new URLSearchParams({ order, view: props.query.get('view') ?? 'rollcall' })
        const current = sessionId ?? props.query.get('current') ?? chosen[0]?.id
        if (current) back.set('session', current)
        void navigate(`/classes/${props.cls.id}/attendance?${back.toString()}`)
      }}
      options={
        <>
          {!seated && students.length > 0 && (
            <>
              <Typography variant="body2" color="text.secondary" data-testid="signin-no-seats">
                未编排座号，不印座号列
              </Typography>
              <Button onClick={() => void navigate(`/classes/${props.cls.id}/roster`)}>编排座号</Button>
            </>
          )}
          <TextField
            select
            size="small"
            label="排列"
            value={order}
            onChange={(e) => setOrder(e.target.value)}
          >
            <MenuItem value="seat">按座号</MenuItem>
            <MenuItem value="group">按小组</MenuItem>
          </TextField>
        </>
      }
    >
      {chosen.length === 0 && <p style={{ textAlign: 'center' }}>没有要打印的课程。</p>}
      {chosen.map((s) => (
        <SessionSheet
          key={s.id}
          cls={props.cls}
          schoolName={props.schoolName}
          session={s}
          students={students}
          order={order}
          seated={seated}
        />
      ))}
    </PrintView>
  )
}

function SessionSheet(props: {
  cls: ClassRecord
  schoolName: string
  session: SessionRecord
  students: readonly ClassStudent[]
  order: SheetOrder
  /** Print the 座号 column. */
  seated: boolean
}) {
  const s = props.session
  const blocks = signInBlocks(props.students, props.order)
  const columns = props.seated ? 6 : 5
  // The session line sits in the table's header, which the browser repeats on every printed page:
  // a second page that comes loose from the first still says which session it is, and its code.
  return (
    <PrintSheet schoolName={props.schoolName} title={`${props.cls.name}签到表`}>
      <table className="signin-table">
        <thead>
          <tr className="signin-session">
            <th colSpan={columns}>
              <div>
                <span>
                  {fullDateWithWeekday(s.date)} {slotLabel(s.slot)} {s.start}–{s.end}
                </span>
                <span>{formAndTopic(s.form, s.topic)}</span>
                <span>
                  签到码 <span className="signin-code">{sessionCode(s.id)}</span>
                </span>
              </div>
            </th>
          </tr>
          <tr>
            <th className="no">序号</th>
            {props.seated && <th className="seat">座号</th>}
            <th className="name">姓名</th>
            <th>单位及职务</th>
            <th className="sign">签名</th>
            <th className="remark">备注</th>
          </tr>
        </thead>
        <tbody>
          {blocks.map((b) => (
            <Fragment key={b.groupName ?? 'all'}>
              {b.groupName && (
                <tr className="group-row">
                  <td colSpan={columns}>{b.groupName}</td>
                </tr>
              )}
              {b.lines.map(({ no, student }) => (
                <tr key={student.enrollmentId}>
                  <td className="no">{no}</td>
                  {props.seated && <td className="seat">{student.seat ?? ''}</td>}
                  <td className="name">{student.name}</td>
                  <td>{[student.unit, student.post].filter(Boolean).join(' ')}</td>
                  <td className="sign" />
                  <td />
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="signin-foot">
        <span>
          应到 {props.students.length} 人{'\u3000'}实到＿＿＿人
        </span>
        <span>{s.place ? `地点：${s.place}` : ''}</span>
        <span>考勤人：＿＿＿＿＿＿</span>
      </div>
    </PrintSheet>
  )
}
