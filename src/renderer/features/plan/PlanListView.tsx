import { Fragment } from 'react'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import EditIcon from '@mui/icons-material/Edit'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Tooltip from '@mui/material/Tooltip'
import { formatHours } from '@shared/plan/hours'
import { hoursByDate, slotLabel } from '@shared/plan/session'
import { needsHeadCount, sessionFormLabel } from '@shared/plan/sessionForm'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { fullDateWithWeekday } from '@shared/plan/sessionFormat'

/** The plan as a list, one block per day with the day's hours and a copy button. */
export function PlanListView(props: {
  sessions: readonly SessionRecord[]
  onEdit: (s: SessionRecord) => void
  onDelete: (s: SessionRecord) => void
  onCopyDay: (date: string) => void
}) {
  const perDay = hoursByDate(props.sessions)
  const days = [...new Set(props.sessions.map((s) => s.date))]
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="教学计划">
        <TableHead>
          <TableRow>
            <TableCell>时段</TableCell>
            <TableCell>时间</TableCell>
            <TableCell>课程内容</TableCell>
            <TableCell>教学形式</TableCell>
            <TableCell>授课人</TableCell>
            <TableCell>地点</TableCell>
            <TableCell align="right">学时</TableCell>
            <TableCell align="right">操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {days.map((date) => (
            <Fragment key={date}>
              <TableRow sx={{ bgcolor: 'grey.100' }}>
                <TableCell colSpan={6} sx={{ fontWeight: 700 }}>
                  {fullDateWithWeekday(date)}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 700 }}>
                  {formatHours(perDay.get(date)!)}
                </TableCell>
                <TableCell align="right">
                  <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => props.onCopyDay(date)}>
                    复制此日
                  </Button>
                </TableCell>
              </TableRow>
              {props.sessions
                .filter((s) => s.date === date)
                .map((s) => (
                  <TableRow key={s.id} hover data-testid="plan-session-row">
                    <TableCell>{slotLabel(s.slot)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {s.start}–{s.end}
                    </TableCell>
                    <TableCell>{s.topic}</TableCell>
                    <TableCell>
                      {sessionFormLabel(s.form)}
                      {needsHeadCount(s.form) && (
                        <Chip size="small" variant="outlined" label="需清点人数" sx={{ ml: 1 }} />
                      )}
                    </TableCell>
                    <TableCell>{s.teacher}</TableCell>
                    <TableCell>{s.place}</TableCell>
                    <TableCell align="right">{s.hours}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Tooltip title="编辑">
                        <IconButton
                          size="small"
                          aria-label={`编辑“${s.topic}”`}
                          onClick={() => props.onEdit(s)}
                        >
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title="删除">
                        <IconButton
                          size="small"
                          aria-label={`删除“${s.topic}”`}
                          onClick={() => props.onDelete(s)}
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                ))}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
