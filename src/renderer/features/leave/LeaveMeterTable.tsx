import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import LinearProgress from '@mui/material/LinearProgress'
import Table from '@mui/material/Table'
import TableContainer from '@mui/material/TableContainer'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { LeaveFlag, LeaveLevel } from '@shared/attendance/leaveLimit'
import { formatHours, hoursToNumber } from '@shared/plan/hours'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import { groupedFlags } from './leaveFlags'

const LEVEL_COLOUR: Record<LeaveLevel, 'inherit' | 'info' | 'warning' | 'error' | 'success'> = {
  noTotal: 'inherit',
  none: 'success',
  notice50: 'info',
  warn80: 'warning',
  atLimit: 'warning',
  overLimit: 'error',
}

const FLAG_COLOUR: Record<LeaveFlag['severity'], 'error' | 'warning' | 'info' | 'secondary'> = {
  withdraw: 'error',
  office: 'secondary',
  warning: 'warning',
  info: 'info',
}

/**
 * Per student: approved leave used against the allowance (1/7 of the total hours), what is left,
 * a bar, and the flags the rules raise (50 %, 80 %, at the limit, over it, unapproved absence,
 * no-leave class, missing documents, overdue 销假).
 */
export function LeaveMeterTable(props: {
  model: ClassAttendance
  onlyFlagged: boolean
  onNewRequest: (enrollmentId: string) => void
  onDiscipline: (enrollmentId: string) => void
  onNotice: (enrollmentId: string) => void
}) {
  const { model } = props
  const students = model.students.filter((s) => {
    if (!props.onlyFlagged) return true
    const row = model.rowById.get(s.enrollmentId)
    return row
      ? row.standing.flags.length > 0 || model.requests.some((r) => r.enrollmentId === s.enrollmentId)
      : false
  })
  if (model.students.length === 0) return <Typography color="text.secondary">本班还没有学员。</Typography>
  // The class list scrolls in its own box, so the requests below stay a short scroll away.
  return (
    <TableContainer sx={{ maxHeight: 'max(360px, calc(100vh - 300px))' }}>
      <Table
        size="small"
        stickyHeader
        aria-label="学员请假情况"
        sx={{
          '& th, & td:nth-of-type(-n+5)': { whiteSpace: 'nowrap' },
          // Compact rows (issue 11): most of a 50-person class on one 1366×768 screen.
          '& .MuiTableCell-root': { py: 0.25, lineHeight: 1.4 },
          '& td .MuiButton-root': { py: 0, minWidth: 0 },
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell>座号</TableCell>
            <TableCell>姓名</TableCell>
            <TableCell align="right">已请假</TableCell>
            <TableCell align="right">可请假</TableCell>
            <TableCell align="right">剩余</TableCell>
            <TableCell sx={{ width: 160 }}>用量</TableCell>
            <TableCell>提示</TableCell>
            <TableCell align="right">操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {students.map((s) => {
            const row = model.rowById.get(s.enrollmentId)
            if (!row) return null
            const m = row.standing.meter
            const percent = m.ratio ? Math.min(100, hoursToNumber(m.ratio) * 100) : 0
            return (
              <TableRow key={s.enrollmentId} data-testid="leave-meter-row" data-level={m.level}>
                <TableCell>{s.seat ?? '—'}</TableCell>
                <TableCell>{s.name}</TableCell>
                <TableCell align="right">{formatHours(m.used)}</TableCell>
                <TableCell align="right">{m.level === 'noTotal' ? '—' : formatHours(m.allowed)}</TableCell>
                <TableCell align="right">{m.level === 'noTotal' ? '—' : formatHours(m.remaining)}</TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <LinearProgress
                      variant="determinate"
                      value={percent}
                      color={LEVEL_COLOUR[m.level]}
                      sx={{ flexGrow: 1, height: 8, borderRadius: 4 }}
                      aria-label={`${s.name}请假用量`}
                    />
                    <Typography variant="caption" sx={{ minWidth: 36, textAlign: 'right' }}>
                      {m.percent !== null ? `${m.percent}%` : ''}
                    </Typography>
                  </Box>
                </TableCell>
                <TableCell>
                  {groupedFlags(row.standing.flags).map((f, i) => (
                    <Chip
                      key={i}
                      size="small"
                      color={FLAG_COLOUR[f.severity]}
                      variant={f.severity === 'info' ? 'outlined' : 'filled'}
                      label={f.message}
                      sx={{
                        m: 0.125,
                        maxWidth: 420,
                        height: 'auto',
                        fontSize: 12,
                        '& .MuiChip-label': { whiteSpace: 'normal', py: 0.125, px: 0.75 },
                      }}
                      data-testid="leave-flag"
                      data-code={f.code}
                    />
                  ))}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => props.onNewRequest(s.enrollmentId)}>
                    请假
                  </Button>
                  <Button size="small" onClick={() => props.onDiscipline(s.enrollmentId)}>
                    记录
                  </Button>
                  {row.standing.withdraw && (
                    <Button size="small" color="error" onClick={() => props.onNotice(s.enrollmentId)}>
                      退学处理报告
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
