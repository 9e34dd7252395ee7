import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { leaveTypeLabel, missingDocuments } from '@shared/attendance/leaveRequest'
import { formatHours } from '@shared/plan/hours'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { useNotify } from '../../ui/Notifier'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { LeaveRequestRecord } from '../../db/attendance/attendanceRecords'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import { previewLeave } from './leavePreview'
import { secondmentPeriod } from '@shared/secondment/period'
import { SECONDMENT_LEAVE_RULE, secondmentLeaveApprover } from '@shared/secondment/leaveApproval'
import { useClassSecondment } from '../../db/secondment/secondmentHooks'

export type Decision =
  | { kind: 'approve'; request: LeaveRequestRecord }
  | { kind: 'reject'; request: LeaveRequestRecord }
  | { kind: 'return'; request: LeaveRequestRecord }

/** 批准 / 不批准 with the approver's name, or 销假 with the time the student reported back. */
export function DecisionDialog(props: {
  decision: Decision
  cls: ClassRecord
  model: ClassAttendance
  onClose: () => void
}) {
  const { decision, model } = props
  const r = decision.request
  const { leaveRequests } = useData()
  const settings = useSettings()
  const notify = useNotify()
  // During a secondment the host unit's leader and the 带教责任人 approve (附4 第六条(五)).
  const secondment = useClassSecondment(props.cls.id)
  const hostApprover = secondmentLeaveApprover(
    secondment?.schedule ? secondmentPeriod(secondment.schedule.deploymentDate) : null,
    secondment?.placements.find((p) => p.enrollmentId === r.enrollmentId) ?? null,
    r,
  )
  const [edited, setApprover] = useState<string>()
  const approver =
    edited ?? (r.approver || hostApprover || props.cls.headTeachers[0] || settings?.currentUser || '')
  // 销假 entered after the fact defaults to the approved end, not to today: a later time is 无故超假.
  const [at, setAt] = useState(() => {
    const now = dayjs().format('YYYY-MM-DDTHH:mm')
    return now < r.to ? now : r.to
  })
  const student = model.studentById.get(r.enrollmentId)
  const preview =
    decision.kind === 'approve'
      ? previewLeave({
          request: r,
          requestId: r.id,
          requests: model.requests.filter((x) => x.enrollmentId === r.enrollmentId),
          marks: model.marks.filter((m) => m.enrollmentId === r.enrollmentId),
          sessions: model.sessions,
          totalHours: model.hours.effective,
        })
      : null
  const title = { approve: '批准请假', reject: '不批准请假', return: '销假' }[decision.kind]
  return (
    <FormDialog
      title={title}
      submitLabel={decision.kind === 'approve' ? '批准' : decision.kind === 'reject' ? '不批准' : '销假'}
      submitColor={decision.kind === 'reject' ? 'error' : 'primary'}
      onClose={props.onClose}
      onSubmit={async () => {
        if (decision.kind === 'return') await leaveRequests.recordReturn(r.id, at)
        else await leaveRequests.decide(r.id, decision.kind === 'approve' ? 'approved' : 'rejected', approver)
        notify(`已${title === '销假' ? '销假' : title.replace('请假', '')}`)
        props.onClose()
      }}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography>
          {student?.name}，{leaveTypeLabel(r.type)}，{r.from.replace('T', ' ')} 至 {r.to.replace('T', ' ')}，
          {r.reason}
        </Typography>
        {decision.kind === 'return' ? (
          <PickerField
            type="datetime-local"
            label="销假时间"
            value={at}
            onChange={(v) => setAt(v)}
            helperText="晚于请假结束时间销假的，超出部分按无故超假计"
          />
        ) : (
          <TextField
            label="审批人"
            value={approver}
            onChange={(e) => setApprover(e.target.value)}
            autoFocus
            helperText={hostApprover ? SECONDMENT_LEAVE_RULE : undefined}
          />
        )}
        {decision.kind === 'return' && at > r.to && (
          <Alert severity="warning">
            销假时间晚于请假结束时间（{r.to.replace('T', ' ')}），其间的课程将按无故超假计。
          </Alert>
        )}
        {preview && (
          <Alert
            severity={
              preview.meterIfApproved.level === 'overLimit'
                ? 'error'
                : preview.meterIfApproved.level === 'none' || preview.meterIfApproved.level === 'notice50'
                  ? 'info'
                  : 'warning'
            }
          >
            批准后：
            {preview.message ||
              `累计请假 ${formatHours(preview.meterIfApproved.used)} 学时，未达到可请假学时（${formatHours(preview.meterIfApproved.allowed)} 学时）的一半`}
          </Alert>
        )}
        {decision.kind === 'approve' &&
          missingDocuments(r).map((m) => (
            <Alert key={m} severity="warning">
              {m}
            </Alert>
          ))}
        {decision.kind === 'approve' && props.cls.noLeave && (
          <Alert severity="warning">本班次原则上不得请假，批准后请报学员工作科。</Alert>
        )}
      </Stack>
    </FormDialog>
  )
}
