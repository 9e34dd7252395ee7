import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { leaveCoverage } from '@shared/attendance/leaveCoverage'
import {
  isReturnOverdue,
  leaveRequestStatusLabel,
  leaveTypeLabel,
  missingDocuments,
  type LeaveRequestStatus,
} from '@shared/attendance/leaveRequest'
import { formatHours } from '@shared/plan/hours'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { LeaveRequestRecord } from '../../db/attendance/attendanceRecords'
import type { Decision } from './DecisionDialog'

const STATUS_COLOUR: Record<LeaveRequestStatus, 'default' | 'success' | 'error' | 'info'> = {
  pending: 'default',
  approved: 'success',
  rejected: 'error',
  returned: 'info',
}

/** The class's 请假报告单, newest span last, with approval and 销假 at hand. */
export function LeaveRequestTable(props: {
  model: ClassAttendance
  onEdit: (r: LeaveRequestRecord) => void
  onDecide: (d: Decision) => void
  onDelete: (r: LeaveRequestRecord) => void
}) {
  const { model } = props
  if (model.requests.length === 0) return <Typography color="text.secondary">还没有请假单。</Typography>
  return (
    <Table size="small" aria-label="请假单">
      <TableHead>
        <TableRow>
          <TableCell>学员</TableCell>
          <TableCell>类型</TableCell>
          <TableCell>起止时间</TableCell>
          <TableCell align="right">课程/学时</TableCell>
          <TableCell>事由</TableCell>
          <TableCell>审批</TableCell>
          <TableCell>销假</TableCell>
          <TableCell align="right">操作</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {model.requests.map((r) => {
          const student = model.studentById.get(r.enrollmentId)
          // What the request covers as written (pending ones too), so the office sees its weight.
          const c = leaveCoverage(
            { ...r, status: r.status === 'returned' ? 'returned' : 'approved' },
            model.sessions,
          )
          const missing = missingDocuments(r)
          const overdue = isReturnOverdue(r, model.now)
          return (
            <TableRow key={r.id} data-testid="leave-request-row">
              <TableCell>{student?.name ?? '（已不在名单）'}</TableCell>
              <TableCell>{leaveTypeLabel(r.type)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {r.from.replace('T', ' ')} 至 {r.to.replace('T', ' ')}
              </TableCell>
              <TableCell align="right">
                {c.sessions.length} / {formatHours(c.hours)}
              </TableCell>
              <TableCell>{r.reason}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={STATUS_COLOUR[r.status]}
                  label={leaveRequestStatusLabel(r.status)}
                />
                {r.approver && (
                  <Typography variant="caption" sx={{ ml: 1 }}>
                    {r.approver}
                  </Typography>
                )}
                {missing.length > 0 && r.status !== 'rejected' && (
                  <Chip
                    size="small"
                    color="warning"
                    variant="outlined"
                    label="材料未登记"
                    title={missing.join('；')}
                    sx={{ ml: 1 }}
                  />
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {r.returnedAt ? (
                  r.returnedAt.replace('T', ' ')
                ) : overdue ? (
                  <Chip size="small" color="warning" label="到期未销假" />
                ) : (
                  ''
                )}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {r.status === 'pending' && (
                  <>
                    <Button size="small" onClick={() => props.onDecide({ kind: 'approve', request: r })}>
                      批准
                    </Button>
                    <Button size="small" onClick={() => props.onDecide({ kind: 'reject', request: r })}>
                      不批准
                    </Button>
                  </>
                )}
                {r.status === 'approved' && (
                  <Button size="small" onClick={() => props.onDecide({ kind: 'return', request: r })}>
                    销假
                  </Button>
                )}
                <Button size="small" onClick={() => props.onEdit(r)}>
                  修改
                </Button>
                <Button size="small" color="error" onClick={() => props.onDelete(r)}>
                  删除
                </Button>
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
