import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Autocomplete from '@mui/material/Autocomplete'
import Button from '@mui/material/Button'
import Grid from '@mui/material/Grid'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { countsAsAttended } from '@shared/attendance/status'
import { sessionFormLabel } from '@shared/plan/sessionForm'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { HeadCount, SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassStudent } from '../../db/roster/classStudents'
import { useData } from '../../db/core/DataProvider'
import { seatName } from './RollCall'

/**
 * 现场教学/外出考察: count heads at departure and before the return (seed 000 附1 现场教学:
 * "清点人数及请假情况 … 返程前清点人数"). Expected is everyone the register has attending this
 * session — those on leave or marked absent are not expected. A short count names who is missing.
 */
export function HeadCountPanel(props: { model: ClassAttendance; session: SessionRecord }) {
  const { model, session } = props
  const column = model.sessions.findIndex((s) => s.id === session.id)
  const expected = model.register.rows.filter((r) => {
    const cell = r.cells[column]
    return cell ? countsAsAttended(cell.status) : true
  }).length
  return (
    <Paper sx={{ p: 2, mb: 2 }} data-testid="head-count">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
        {sessionFormLabel(session.form)}清点人数
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        应到 {expected} 人（已除去请假和旷课的学员）。出发时和返程前各清点一次，人数不符时登记缺少的学员。
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <CountForm label="出发清点" which="departure" model={model} session={session} expected={expected} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <CountForm label="返程清点" which="return" model={model} session={session} expected={expected} />
        </Grid>
      </Grid>
    </Paper>
  )
}

function CountForm(props: {
  label: string
  which: 'departure' | 'return'
  model: ClassAttendance
  session: SessionRecord
  expected: number
}) {
  const { sessions } = useData()
  const notify = useNotify()
  const recorded =
    (props.which === 'departure' ? props.session.departureCount : props.session.returnCount) ?? null
  const [counted, setCounted] = useState('')
  const [missing, setMissing] = useState<ClassStudent[]>([])
  const [note, setNote] = useState('')
  const n = counted.trim() === '' ? null : Number(counted)
  const short = n !== null && Number.isFinite(n) && n < props.expected

  const save = async () => {
    if (n === null || !Number.isInteger(n) || n < 0) {
      notify('请填写清点到的人数', 'error')
      return
    }
    const count: HeadCount = {
      expected: props.expected,
      counted: n,
      at: dayjs().format('YYYY-MM-DDTHH:mm'),
      missing: missing.map((s) => s.enrollmentId),
      note: note.trim(),
    }
    try {
      await sessions.recordHeadCount(props.session.id, props.which, count)
      setCounted('')
      setMissing([])
      setNote('')
      notify(`${props.label}已登记`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  if (recorded) {
    const names = recorded.missing.map((id) => props.model.studentById.get(id)?.name ?? '（已不在名单）')
    const ok = recorded.counted >= recorded.expected
    return (
      <Alert
        severity={ok ? 'success' : 'warning'}
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => void sessions.clearHeadCount(props.session.id, props.which)}
          >
            重新清点
          </Button>
        }
        data-testid={`head-count-${props.which}`}
      >
        {props.label}：{recorded.at.replace('T', ' ')} 实到 {recorded.counted} / 应到 {recorded.expected} 人
        {names.length > 0 && `，缺：${names.join('、')}`}
        {recorded.note && `（${recorded.note}）`}
      </Alert>
    )
  }
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1}>
        <TextField
          type="number"
          label={`${props.label}实到人数`}
          value={counted}
          onChange={(e) => setCounted(e.target.value)}
          sx={{ width: 160 }}
          slotProps={{ htmlInput: { min: 0 } }}
        />
        <Button variant="outlined" onClick={() => setCounted(String(props.expected))}>
          全部到齐
        </Button>
        <Button variant="contained" onClick={() => void save()}>
          登记
        </Button>
      </Stack>
      {short && (
        <>
          <Alert severity="warning">少 {props.expected - n} 人，请登记缺少的学员并核实去向</Alert>
          <Autocomplete
            multiple
            options={props.model.students}
            getOptionLabel={seatName}
            value={missing}
            onChange={(_, v) => setMissing(v)}
            renderInput={(params) => <TextField {...params} label="缺少的学员" />}
          />
          <TextField label="说明" value={note} onChange={(e) => setNote(e.target.value)} />
        </>
      )}
    </Stack>
  )
}
