import { useState } from 'react'
import { safeFileName } from '@shared/fileName'
import { useNavigate } from 'react-router'
import DownloadIcon from '@mui/icons-material/Download'
import PrintIcon from '@mui/icons-material/Print'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { allowedLeaveHours } from '@shared/attendance/leaveLimit'
import { formatHours, isZeroHours } from '@shared/plan/hours'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { ClassRecord } from '../../db/core/database'
import { sessionLabel } from '@shared/plan/sessionFormat'
import { platform } from '../../platform'
import { RateChart } from './RateChart'
import { registerLines } from './registerLines'
import { registerWorkbook } from './registerWorkbook'
import { StudentDetailDialog } from './StudentDetailDialog'
import { printPath } from '../../ui/print/printPath'

/** 考勤统计: the register per student, the rate per session, the conflicts; export and print. */
export function RegisterView(props: { cls: ClassRecord; schoolName: string; model: ClassAttendance }) {
  const { cls, model } = props
  const navigate = useNavigate()
  const notify = useNotify()
  const [detail, setDetail] = useState<string | null>(null)
  const lines = registerLines(model.students, model.rowById, model.sessions, model.statuses)
  const total = model.hours.effective
  const conflicts = model.register.conflicts
  const uncounted = model.uncountedNotice

  const exportXlsx = async () => {
    try {
      const bytes = registerWorkbook({
        className: cls.name,
        schoolName: props.schoolName,
        totalHours: total,
        allowedHours: isZeroHours(total) ? null : allowedLeaveHours(total),
        exportedAt: dayjs().format('YYYY-MM-DD HH:mm'),
        lines,
        rows: model.register.rows,
        sessions: model.sessions,
        sessionTotals: model.register.sessions,
        statuses: model.statuses,
      })
      const r = await platform.saveFile({
        suggestedName: `${safeFileName(cls.name)}-考勤登记表.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        bytes,
      })
      if (r.ok) notify(platform.kind === 'browser' ? `已下载：${r.value.path}` : `已保存：${r.value.path}`)
      else if (r.error.code !== 'cancelled') notify(r.error.message, 'error')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  return (
    <Box data-testid="register-view">
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography sx={{ flexGrow: 1 }}>
          总学时 {formatHours(total)}
          {isZeroHours(total)
            ? ''
            : `，每人累计请假不超过 ${formatHours(allowedLeaveHours(total))} 学时（1/7）`}
        </Typography>
        <Button variant="contained" startIcon={<DownloadIcon />} onClick={() => void exportXlsx()}>
          导出考勤登记表
        </Button>
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          onClick={() => void navigate(printPath(cls.id, 'attendance-register'))}
        >
          打印考勤登记表
        </Button>
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          onClick={() => void navigate(printPath(cls.id, 'attendance-notice'))}
        >
          打印考勤公布表
        </Button>
      </Stack>

      {uncounted && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="register-uncalled">
          {uncounted}：出勤栏只数已点名的课。请在“点名”中完成点名。
        </Alert>
      )}

      {conflicts.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="register-conflicts">
          有 {conflicts.length} 处考勤与请假冲突，请核实：
          {conflicts.slice(0, 8).map((c) => {
            const s = model.studentById.get(c.enrollmentId)
            const session = model.sessions.find((x) => x.id === c.sessionId)
            return (
              <div key={`${c.enrollmentId}:${c.sessionId}`}>
                {s?.name} · {session ? sessionLabel(session) : ''}：{c.message}
              </div>
            )
          })}
          {conflicts.length > 8 && <div>……</div>}
        </Alert>
      )}

      <Paper sx={{ p: 2, mb: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
          各课程出勤率
        </Typography>
        <RateChart sessions={model.sessions} totals={model.register.sessions} />
      </Paper>

      <TableContainer component={Paper}>
        <Table size="small" aria-label="考勤登记表">
          <TableHead>
            <TableRow>
              <TableCell>座号</TableCell>
              <TableCell>姓名</TableCell>
              <TableCell align="right">出勤/已点名</TableCell>
              <TableCell>迟到</TableCell>
              <TableCell>早退</TableCell>
              <TableCell align="right">公假</TableCell>
              <TableCell align="right">病假</TableCell>
              <TableCell align="right">事假</TableCell>
              <TableCell align="right">请假/可请</TableCell>
              <TableCell align="right">旷课</TableCell>
              <TableCell>提示</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => (
              <TableRow
                key={l.enrollmentId}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => setDetail(l.enrollmentId)}
              >
                <TableCell>{l.seat}</TableCell>
                <TableCell>{l.name}</TableCell>
                <TableCell align="right">
                  {l.attended}/{l.sessions}
                </TableCell>
                <TableCell>{l.late}</TableCell>
                <TableCell>{l.leftEarly}</TableCell>
                <TableCell align="right">{l.officialLeave}</TableCell>
                <TableCell align="right">{l.sickLeave}</TableCell>
                <TableCell align="right">{l.personalLeave}</TableCell>
                <TableCell align="right">
                  {l.leaveUsed}/{l.allowed}
                </TableCell>
                <TableCell align="right">{l.absent}</TableCell>
                <TableCell sx={{ color: l.withdraw ? 'error.main' : undefined, maxWidth: 360 }}>
                  {l.remarks}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {detail && <StudentDetailDialog model={model} enrollmentId={detail} onClose={() => setDetail(null)} />}
    </Box>
  )
}
