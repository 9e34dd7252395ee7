import { useMemo } from 'react'
import Alert from '@mui/material/Alert'
import Autocomplete from '@mui/material/Autocomplete'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Grid from '@mui/material/Grid'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  defaultApproverFor,
  LEAVE_REQUEST_STATUSES,
  LEAVE_TYPES,
  type LeaveRequestFields,
  type LeaveType,
} from '@shared/attendance/leaveRequest'
import { statusOf } from '@shared/attendance/status'
import { formatHours } from '@shared/plan/hours'
import { buildSearchKey, compileSearch } from '@shared/roster/pinyinSearch'
import { CodeSelect } from '../../ui/CodeSelect'
import { FormDialog } from '../../ui/FormDialog'
import { useFormState } from '../../ui/useFormState'
import { PickerField } from '../../ui/PickerField'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { ClassStudent } from '../../db/roster/classStudents'
import { sessionLabel } from '@shared/plan/sessionFormat'
import { previewLeave } from './leavePreview'

/**
 * 请假报告单: who, which kind, from when to when, why, who approved, the documents the seed asks
 * for, and 销假. While it is filled in, the form shows the sessions and class hours the leave
 * covers and where the student's 1/7 meter would stand once it is approved.
 */
export function LeaveRequestDialog(props: {
  title: string
  model: ClassAttendance
  noLeaveClass: boolean
  initial: LeaveRequestFields
  requestId: string | null
  onClose: () => void
  onSubmit: (value: LeaveRequestFields) => Promise<void>
}) {
  const { model } = props
  const { value, setValue, set, errors, setErrors } = useFormState(props.initial)
  const keys = useMemo(
    () =>
      new Map(model.students.map((s) => [s.enrollmentId, buildSearchKey({ name: s.name, unit: s.unit })])),
    [model.students],
  )
  const student = model.studentById.get(value.enrollmentId) ?? null
  const preview = useMemo(
    () =>
      previewLeave({
        request: value,
        requestId: props.requestId,
        requests: model.requests.filter((r) => r.enrollmentId === value.enrollmentId),
        marks: model.marks.filter((m) => m.enrollmentId === value.enrollmentId),
        sessions: model.sessions,
        totalHours: model.hours.effective,
      }),
    [value, props.requestId, model],
  )
  const sessionById = new Map(model.sessions.map((s) => [s.id, s]))
  const level = preview.meterIfApproved.level
  const ruleErrors = Object.entries(errors).filter(([k]) => k.startsWith('rule'))

  const changeType = (type: LeaveType) =>
    setValue((old) => ({
      ...old,
      type,
      approver:
        !old.approver || old.approver === defaultApproverFor(old.type)
          ? defaultApproverFor(type)
          : old.approver,
    }))

  return (
    <FormDialog
      title={props.title}
      maxWidth="md"
      dividers
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={() => props.onSubmit(value)}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Autocomplete<ClassStudent>
            options={model.students}
            value={student}
            onChange={(_, s) => set('enrollmentId', s?.enrollmentId ?? '')}
            getOptionLabel={(s) => (s.seat !== null ? `${s.seat}号 ${s.name}` : s.name)}
            isOptionEqualToValue={(a, b) => a.enrollmentId === b.enrollmentId}
            filterOptions={(options, state) => {
              const q = state.inputValue.trim()
              const matches = compileSearch(q)
              return options.filter((s) => {
                const key = keys.get(s.enrollmentId)
                return !q || (key ? matches(key) : false) || String(s.seat ?? '') === q
              })
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                label="学员"
                autoFocus
                error={Boolean(errors.enrollmentId)}
                helperText={errors.enrollmentId ?? '可输入姓名或拼音首字母'}
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <CodeSelect
            label="请假类型"
            fullWidth
            options={LEAVE_TYPES}
            value={value.type}
            onChange={(v) => v && changeType(v)}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <CodeSelect
            label="审批状态"
            fullWidth
            options={LEAVE_REQUEST_STATUSES}
            value={value.status}
            onChange={(v) => v && set('status', v)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <PickerField
            type="datetime-local"
            label="请假开始"
            fullWidth
            value={value.from}
            onChange={(v) => set('from', v)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <PickerField
            type="datetime-local"
            label="请假结束"
            fullWidth
            value={value.to}
            onChange={(v) => set('to', v)}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            label="请假事由"
            fullWidth
            value={value.reason}
            onChange={(e) => set('reason', e.target.value)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            label="审批人"
            fullWidth
            value={value.approver}
            onChange={(e) => set('approver', e.target.value)}
            helperText={value.type === 'official' ? '因公请假报区委组织部审批' : undefined}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          {value.type === 'official' && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={value.unitRequestNoted}
                  onChange={(e) => set('unitRequestNoted', e.target.checked)}
                />
              }
              label="已收到单位组织（干部）部门的书面申请"
            />
          )}
          {value.type === 'sick' && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={value.hospitalCertificateNoted}
                  onChange={(e) => set('hospitalCertificateNoted', e.target.checked)}
                />
              }
              label="已查验医院证明"
            />
          )}
        </Grid>
        {value.status === 'returned' && (
          <Grid size={{ xs: 12, sm: 6 }}>
            <PickerField
              type="datetime-local"
              label="销假时间"
              fullWidth
              value={value.returnedAt ?? ''}
              onChange={(v) => set('returnedAt', v || null)}
            />
          </Grid>
        )}
        <Grid size={value.status === 'returned' ? { xs: 12, sm: 6 } : 12}>
          <TextField
            label="备注"
            fullWidth
            value={value.note}
            onChange={(e) => set('note', e.target.value)}
          />
        </Grid>
      </Grid>

      <Stack spacing={1} sx={{ mt: 2 }} data-testid="leave-preview">
        {ruleErrors.map(([k, m]) => (
          <Alert key={k} severity="error">
            {m}
          </Alert>
        ))}
        <Typography variant="subtitle2">
          {preview.coverage.sessions.length > 0
            ? `覆盖 ${preview.coverage.sessions.length} 门课程，计 ${formatHours(preview.coverage.hours)} 学时：`
            : '请假时间内没有课程，不计学时'}
        </Typography>
        {preview.coverage.sessions.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            {preview.coverage.sessions
              .map((c) => {
                const s = sessionById.get(c.sessionId)
                const part = c.full ? '' : `（部分，${formatHours(c.hours)}学时）`
                return s ? `${sessionLabel(s)}${part}` : ''
              })
              .join('；')}
          </Typography>
        )}
        {student && (
          <Alert
            severity={
              level === 'overLimit' ? 'error' : level === 'atLimit' || level === 'warn80' ? 'warning' : 'info'
            }
            data-testid="leave-meter-preview"
          >
            批准后：{student.name}累计请假 {formatHours(preview.meterIfApproved.used)} 学时，可请假{' '}
            {formatHours(preview.meterIfApproved.allowed)} 学时。{preview.message}
          </Alert>
        )}
        {props.noLeaveClass && value.status !== 'rejected' && (
          <Alert severity="warning">
            本班次为脱产封闭培训班次，原则上不得请假；登记后将提示报学员工作科。
          </Alert>
        )}
        {preview.missing.map((m) => (
          <Alert key={m} severity="warning">
            {m}
          </Alert>
        ))}
        {preview.conflicts.map((c) => {
          const s = sessionById.get(c.sessionId)
          return (
            <Alert key={c.sessionId} severity="error">
              与考勤记录冲突：{s ? sessionLabel(s) : ''} 已记为“{statusOf(model.statuses, c.status).label}”
            </Alert>
          )
        })}
      </Stack>
    </FormDialog>
  )
}
