import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import AddIcon from '@mui/icons-material/Add'
import TuneIcon from '@mui/icons-material/Tune'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Collapse from '@mui/material/Collapse'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { allowedLeaveHours } from '@shared/attendance/leaveLimit'
import { defaultApproverFor, type LeaveRequestFields } from '@shared/attendance/leaveRequest'
import { describeLeaveRules } from '@shared/attendance/leaveRuleSettings'
import { formatHours, isZeroHours } from '@shared/plan/hours'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useNotify } from '../../ui/Notifier'
import { useClassAttendance } from '../../db/attendance/attendanceModel'
import { useStoredLeaveRules } from '../../db/attendance/attendanceSettingsHooks'
import type { LeaveRequestRecord } from '../../db/attendance/attendanceRecords'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { fieldsOf } from '../../db/attendance/leaveRepository'
import { DecisionDialog, type Decision } from './DecisionDialog'
import { DisciplineDialog, DisciplineList } from './DisciplineDialog'
import { LeaveMeterTable } from './LeaveMeterTable'
import { LeaveRequestDialog } from './LeaveRequestDialog'
import { LeaveRequestTable } from './LeaveRequestTable'
import { LeaveRulesDialog } from './LeaveRulesDialog'
import { printPath } from '../../ui/print/printPath'

type Editing = { id: string | null; initial: LeaveRequestFields }

/**
 * The tab's warnings as one alert (issue 11): with more than one, a single line shows the first and
 * 展开 shows them all, so the class list is not pushed off the screen.
 */
function LeaveBanners(props: { items: (ReactNode | false)[]; severity: 'error' | 'warning' }) {
  const [open, setOpen] = useState(false)
  const items = props.items.filter(Boolean)
  if (items.length === 0) return null
  const folded = items.length > 1 && !open
  return (
    <Alert
      severity={props.severity}
      sx={{
        mb: 1,
        py: 0,
        '& .MuiAlert-icon, & .MuiAlert-message': { py: 0.75 },
        '& .MuiAlert-message': { minWidth: 0 },
      }}
      data-testid="leave-banners"
      action={
        items.length > 1 && (
          <Button color="inherit" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '收起' : `展开（共 ${items.length} 条）`}
          </Button>
        )
      }
    >
      <Collapse in={!folded} collapsedSize={20}>
        {items.map((item, i) => (
          <Box
            key={i}
            sx={folded ? { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } : undefined}
          >
            {item}
          </Box>
        ))}
      </Collapse>
    </Alert>
  )
}

/** The class's 请假 tab: the 1/7 meter per student, the leave requests, and discipline records. */
export function LeaveTab({ cls }: { cls: ClassRecord }) {
  const model = useClassAttendance(cls)
  const { leaveRequests } = useData()
  const notify = useNotify()
  const navigate = useNavigate()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [decision, setDecision] = useState<Decision | null>(null)
  const [deleting, setDeleting] = useState<LeaveRequestRecord | null>(null)
  const [discipline, setDiscipline] = useState<string | null>(null)
  const [onlyFlagged, setOnlyFlagged] = useState(false)
  const [editingRules, setEditingRules] = useState(false)
  const storedRules = useStoredLeaveRules()
  if (!model) return null

  const total = model.hours.effective
  const rows = model.register.rows
  const withdraw = rows.filter((r) => r.standing.withdraw)
  const office = rows.filter((r) => r.standing.reportToOffice && !r.standing.withdraw)
  const newRequest = (enrollmentId = '') => {
    const today = dayjs().format('YYYY-MM-DD')
    setEditing({
      id: null,
      initial: {
        enrollmentId,
        type: 'personal',
        from: `${today}T08:00`,
        to: `${today}T17:00`,
        reason: '',
        approver: defaultApproverFor('personal'),
        status: 'pending',
        returnedAt: null,
        unitRequestNoted: false,
        hospitalCertificateNoted: false,
        note: '',
      },
    })
  }

  return (
    <Box data-testid="leave-tab">
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }} data-testid="leave-policy">
          <Typography>
            {isZeroHours(total)
              ? '班次尚未确定总学时（教学计划为空且未设定总学时），无法计算请假上限。'
              : `总学时 ${formatHours(total)}，每人累计请假不得超过 ${formatHours(allowedLeaveHours(total))} 学时（总学时的1/7）；超过的应作退学处理。`}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {describeLeaveRules(model.rules)}
          </Typography>
        </Box>
        <Button
          size="small"
          startIcon={<TuneIcon />}
          disabled={!storedRules}
          onClick={() => setEditingRules(true)}
        >
          请假规则设置
        </Button>
        <Button size="small" variant="outlined" onClick={() => setDiscipline('')}>
          记录批评教育 / 擅自离校
        </Button>
        <Button size="small" variant="contained" startIcon={<AddIcon />} onClick={() => newRequest()}>
          登记请假
        </Button>
      </Stack>
      <LeaveBanners
        items={[
          withdraw.length > 0 && (
            <span data-testid="withdraw-alert">
              {withdraw.map((r) => model.studentById.get(r.enrollmentId)?.name).join('、')}{' '}
              应作退学处理，请打印报告报学员工作科。
            </span>
          ),
          office.length > 0 && (
            <span>
              需报学员工作科：{office.map((r) => model.studentById.get(r.enrollmentId)?.name).join('、')}
            </span>
          ),
          cls.noLeave && (
            <span>
              本班次为脱产封闭培训班次（{cls.name}），原则上不得请假。登记的请假都会提示报学员工作科。
            </span>
          ),
        ]}
        severity={withdraw.length > 0 ? 'error' : 'warning'}
      />

      <Paper sx={{ px: 1.5, py: 1, mb: 1 }}>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 0.5 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
            学员请假情况
          </Typography>
          <FormControlLabel
            control={
              <Switch size="small" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
            }
            label="只看有请假或提示的学员"
          />
        </Stack>
        <LeaveMeterTable
          model={model}
          onlyFlagged={onlyFlagged}
          onNewRequest={newRequest}
          onDiscipline={setDiscipline}
          onNotice={(id) => void navigate(printPath(cls.id, 'withdrawal-notice', { enrollment: id }))}
        />
      </Paper>

      <Paper sx={{ px: 1.5, py: 1, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
          请假单
        </Typography>
        <LeaveRequestTable
          model={model}
          onEdit={(r) => setEditing({ id: r.id, initial: fieldsOf(r) })}
          onDecide={setDecision}
          onDelete={setDeleting}
        />
      </Paper>

      <Paper sx={{ p: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
          批评教育与擅自离校记录
        </Typography>
        <DisciplineList model={model} />
      </Paper>

      {editing && (
        <LeaveRequestDialog
          title={editing.id ? '修改请假单' : '登记请假'}
          model={model}
          noLeaveClass={cls.noLeave}
          initial={editing.initial}
          requestId={editing.id}
          onClose={() => setEditing(null)}
          onSubmit={async (value) => {
            if (editing.id) await leaveRequests.updateRequest(editing.id, value)
            else await leaveRequests.createRequest(cls.id, value)
            setEditing(null)
            notify('已保存请假单')
          }}
        />
      )}
      {decision && (
        <DecisionDialog decision={decision} cls={cls} model={model} onClose={() => setDecision(null)} />
      )}
      {discipline !== null && (
        <DisciplineDialog
          classId={cls.id}
          model={model}
          enrollmentId={discipline}
          onClose={() => setDiscipline(null)}
        />
      )}
      {editingRules && storedRules && (
        <LeaveRulesDialog initial={storedRules} onClose={() => setEditingRules(false)} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="删除请假单"
        message={
          deleting
            ? `删除${model.studentById.get(deleting.enrollmentId)?.name ?? ''}的请假单（${deleting.from.replace('T', ' ')} 至 ${deleting.to.replace('T', ' ')}）？删除后不再计入请假学时。`
            : ''
        }
        confirmLabel="删除"
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          await leaveRequests.softDelete(deleting!.id)
          setDeleting(null)
          notify('已删除请假单')
        }}
      />
    </Box>
  )
}
