import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { leaveCoverage } from '@shared/attendance/leaveCoverage'
import { leaveRequestStatusLabel, leaveTypeLabel } from '@shared/attendance/leaveRequest'
import { formatHours } from '@shared/plan/hours'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import { sessionLabel } from '@shared/plan/sessionFormat'
import { seatName } from './RollCall'
import { StatusChip } from './StatusChip'

/** 个人考勤明细: every session not simply attended, the leave meter, the flags and the requests. */
export function StudentDetailDialog(props: {
  model: ClassAttendance
  enrollmentId: string
  onClose: () => void
}) {
  const { model } = props
  const student = model.studentById.get(props.enrollmentId)
  const row = model.rowById.get(props.enrollmentId)
  if (!student || !row) return null
  const m = row.standing.meter
  const requests = model.requests.filter((r) => r.enrollmentId === props.enrollmentId)
  const lines = row.cells
    .map((cell, i) => ({ cell, session: model.sessions[i]! }))
    .filter(({ cell }) => cell.status !== 'present' || cell.marked || cell.conflict)
  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth>
      <DialogTitle>{seatName(student)} 的考勤明细</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={1} sx={{ mb: 2 }}>
          <Typography>
            出勤 {row.attended} / {row.calledSessions} 次
            {row.calledSessions < row.cells.length
              ? `（另 ${row.cells.length - row.calledSessions} 节未点名，不计）`
              : ''}
            ；迟到 {row.counts.late} 次（{row.lateMinutes} 分钟）；早退 {row.counts.leftEarly} 次（
            {row.leftEarlyMinutes} 分钟）；旷课 {formatHours(row.absentHours)} 学时
          </Typography>
          <Typography>
            已请假 {formatHours(m.used)} 学时（公假 {formatHours(row.leaveHours.official)}，病假{' '}
            {formatHours(row.leaveHours.sick)}，事假 {formatHours(row.leaveHours.personal)}），可请假{' '}
            {formatHours(m.allowed)} 学时，剩余 {formatHours(m.remaining)} 学时
          </Typography>
          {row.standing.flags.map((f, i) => (
            <Alert
              key={i}
              severity={f.severity === 'withdraw' ? 'error' : f.severity === 'info' ? 'info' : 'warning'}
            >
              {f.message}
            </Alert>
          ))}
        </Stack>
        {lines.length === 0 ? (
          <Typography color="text.secondary">全部出勤。</Typography>
        ) : (
          <Table size="small" aria-label="考勤明细">
            <TableHead>
              <TableRow>
                <TableCell>课程</TableCell>
                <TableCell>时间</TableCell>
                <TableCell>考勤</TableCell>
                <TableCell>备注</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map(({ cell, session }) => (
                <TableRow key={session.id}>
                  <TableCell>{sessionLabel(session)}</TableCell>
                  <TableCell>
                    {session.start}–{session.end}
                  </TableCell>
                  <TableCell>
                    <StatusChip cell={cell} statuses={model.statuses} />
                  </TableCell>
                  <TableCell>{[cell.note, cell.conflict?.message].filter(Boolean).join('；')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {requests.length > 0 && (
          <>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              请假单
            </Typography>
            <Table size="small" aria-label="个人请假单">
              <TableHead>
                <TableRow>
                  <TableCell>类型</TableCell>
                  <TableCell>起止时间</TableCell>
                  <TableCell align="right">学时</TableCell>
                  <TableCell>状态</TableCell>
                  <TableCell>销假时间</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {requests.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{leaveTypeLabel(r.type)}</TableCell>
                    <TableCell>
                      {r.from.replace('T', ' ')} 至 {r.to.replace('T', ' ')}
                    </TableCell>
                    <TableCell align="right">
                      {formatHours(
                        leaveCoverage(
                          { ...r, status: r.status === 'returned' ? 'returned' : 'approved' },
                          model.sessions,
                        ).hours,
                      )}
                    </TableCell>
                    <TableCell>{leaveRequestStatusLabel(r.status)}</TableCell>
                    <TableCell>{r.returnedAt?.replace('T', ' ') ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  )
}
