import { useState } from 'react'
import { useNavigate } from 'react-router'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import PrintIcon from '@mui/icons-material/Print'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { slotLabel } from '@shared/plan/session'
import { needsHeadCount, sessionFormLabel } from '@shared/plan/sessionForm'
import { useClassAttendance } from '../../db/attendance/attendanceModel'
import type { ClassRecord } from '../../db/core/database'
import { useSettings } from '../../db/core/settingsHooks'
import { dateWithWeekday } from '@shared/plan/sessionFormat'
import { AttendanceGrid } from './AttendanceGrid'
import { HeadCountPanel } from './HeadCountPanel'
import { RegisterView } from './RegisterView'
import { RollCall } from './RollCall'
import { normalizeSessionCode, sessionCode } from './sessionCode'
import { currentSessionId, SessionPicker } from './SessionPicker'
import type { SheetOrder } from './signInSheet'
import { StatusSettingsButton } from './StatusSettingsDialog'
import { TickBack } from './TickBack'
import { useTabQuery } from './useTabQuery'
import { printPath } from '../../ui/print/printPath'

type View = 'rollcall' | 'tickback' | 'grid' | 'register'
const VIEWS: { value: View; label: string }[] = [
  { value: 'rollcall', label: '点名' },
  { value: 'tickback', label: '签到表回录' },
  { value: 'grid', label: '考勤总表' },
  { value: 'register', label: '统计与登记表' },
]

/** The class's 考勤 tab: roll call per session, the paper round trip, the class grid, the registers. */
export function AttendanceTab({ cls }: { cls: ClassRecord }) {
  const model = useClassAttendance(cls)
  const settings = useSettings()
  // Not useSearchParams directly: a click right after a choice must see it (useTabQuery.ts).
  const [query, set] = useTabQuery()
  const navigate = useNavigate()
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string>()
  if (!model || !settings) return null

  const view = VIEWS.find((v) => v.value === query.get('view'))?.value ?? 'rollcall'
  const sessionId = query.get('session') ?? currentSessionId(model.sessions, model.now)
  const index = model.sessions.findIndex((s) => s.id === sessionId)
  const session = model.sessions[index]
  const order: SheetOrder = query.get('order') === 'group' ? 'group' : 'seat'
  const findByCode = () => {
    const wanted = normalizeSessionCode(code)
    const found = model.sessions.find((s) => sessionCode(s.id) === wanted)
    if (found) {
      set({ session: found.id })
      setCode('')
      setCodeError(undefined)
    } else setCodeError('没有这个签到码的课程')
  }
  const perSession = view === 'rollcall' || view === 'tickback'

  return (
    <Box data-testid="attendance-tab">
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v: View | null) => v && set({ view: v })}
          aria-label="考勤视图"
        >
          {VIEWS.map((v) => (
            <ToggleButton key={v.value} value={v.value}>
              {v.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box sx={{ flexGrow: 1 }} />
        <StatusSettingsButton />
      </Stack>

      {model.sessions.length === 0 && (
        <Alert severity="info">还没有教学计划。请先在“教学计划”中导入或新增课程，考勤按课程记录。</Alert>
      )}

      {perSession && session && (
        <Paper sx={{ px: 1.5, py: 1, mb: 1 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <IconButton
              size="small"
              aria-label="上一节课"
              disabled={index <= 0}
              onClick={() => set({ session: model.sessions[index - 1]!.id })}
            >
              <ChevronLeftIcon />
            </IconButton>
            <SessionPicker
              sessions={model.sessions}
              value={session.id}
              onChange={(id) => set({ session: id })}
            />
            <IconButton
              size="small"
              aria-label="下一节课"
              disabled={index >= model.sessions.length - 1}
              onClick={() => set({ session: model.sessions[index + 1]!.id })}
            >
              <ChevronRightIcon />
            </IconButton>
            {view === 'tickback' && (
              <TextField
                label="按签到码查找"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault()
                    findByCode()
                  }
                }}
                error={Boolean(codeError)}
                helperText={codeError}
                size="small"
                sx={{ width: 160 }}
              />
            )}
            <Box sx={{ flexGrow: 1 }} />
            <Button
              size="small"
              startIcon={<PrintIcon />}
              onClick={() => void navigate(printPath(cls.id, 'signin', { session: session.id, order, view }))}
            >
              打印本节签到表
            </Button>
            <Button
              size="small"
              startIcon={<PrintIcon />}
              onClick={() =>
                void navigate(
                  printPath(cls.id, 'signin', { date: session.date, order, view, current: session.id }),
                )
              }
            >
              打印当天签到表
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="session-info">
            {dateWithWeekday(session.date)} {slotLabel(session.slot)} {session.start}–{session.end} ·{' '}
            {sessionFormLabel(session.form)} · {session.topic}
            {session.teacher && ` · ${session.teacher}`}
            {session.place && ` · ${session.place}`} · {session.hours} 学时 · 签到码 {sessionCode(session.id)}
          </Typography>
        </Paper>
      )}

      {view === 'rollcall' && session && (
        <>
          {needsHeadCount(session.form) && <HeadCountPanel model={model} session={session} />}
          <RollCall key={session.id} classId={cls.id} model={model} session={session} />
        </>
      )}
      {view === 'tickback' && session && (
        <TickBack
          key={session.id}
          classId={cls.id}
          className={cls.name}
          model={model}
          session={session}
          order={order}
          onOrderChange={(o) => set({ order: o })}
        />
      )}
      {view === 'grid' && <AttendanceGrid classId={cls.id} model={model} />}
      {view === 'register' && <RegisterView cls={cls} schoolName={settings.schoolName} model={model} />}
    </Box>
  )
}
