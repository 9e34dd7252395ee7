import { useCallback, useMemo, useReducer, useRef, type KeyboardEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { RegisterCell } from '@shared/attendance/register'
import { statusOf } from '@shared/attendance/status'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassStudent } from '../../db/roster/classStudents'
import { useData } from '../../db/core/DataProvider'
import { MarkDialog, type MarkValue } from './MarkDialog'
import { searchEntries, searchStudents, statusToStore } from './rollCall'
import {
  initialRollCallState,
  rollCallReducer,
  rollCallStep,
  seatName,
  type RollCallCommand,
  type RollCallEvent,
} from './rollCallReducer'
import { SessionPointsProvider } from '../assessment'
import { RollCallList } from './RollCallList'
import { SessionCallBar } from './SessionCallBar'

// Other screens name students the roll call's way.
export { seatName }

/**
 * The keyboard roll call of one session. The keys' logic is rollCallReducer's: this screen shows
 * its state, sends it the events and carries out what it asks (writing marks, warnings, focus).
 */
export function RollCall(props: { classId: string; model: ClassAttendance; session: SessionRecord }) {
  const { model, session } = props
  const { attendance } = useData()
  const notify = useNotify()
  const input = useRef<HTMLInputElement>(null)
  const [state, dispatch] = useReducer(rollCallReducer, initialRollCallState)
  const { query, highlight, mode, minutes, last, dialog } = state
  const entries = useMemo(() => searchEntries(model.students), [model.students])
  const results = useMemo(() => searchStudents(entries, query), [entries, query])
  const column = model.sessions.findIndex((s) => s.id === session.id)
  const totals = model.register.sessions[column]
  const cellOf = (s: ClassStudent): RegisterCell | undefined =>
    model.rowById.get(s.enrollmentId)?.cells[column]
  const keyHelp = model.statuses
    .filter((s) => !s.hidden && s.keys[0])
    .map((s) => `${s.keys[0]} ${s.label}`)
    .join('  ')

  const save = async (student: ClassStudent, value: MarkValue) => {
    const cell = cellOf(student)
    const before: MarkValue | null = cell?.marked
      ? { status: cell.status, minutes: cell.minutes, note: cell.note }
      : null
    try {
      await attendance.setMark(props.classId, {
        sessionId: session.id,
        enrollmentId: student.enrollmentId,
        status: statusToStore(value.status, cell, value.note),
        minutes: value.minutes,
        note: value.note,
      })
      const label = statusOf(model.statuses, value.status).label
      dispatch({ type: 'markSaved', student, label, minutes: value.minutes, undo: before })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const run = (command: RollCallCommand) => {
    switch (command.type) {
      case 'save': {
        const note = cellOf(command.student)?.note ?? ''
        void save(command.student, { status: command.status, minutes: command.minutes, note })
        break
      }
      case 'notify':
        notify(command.message, command.severity)
        break
      case 'focusSearch':
        input.current?.focus()
        break
    }
  }

  /** Hands the event to the reducer and carries out its commands; true if the event was handled. */
  const send = (event: RollCallEvent): boolean => {
    const step = rollCallStep(state, event)
    dispatch(event)
    step.commands.forEach(run)
    return step.handled
  }

  const undo = async () => {
    if (!last) return
    await attendance
      .setMark(props.classId, {
        sessionId: session.id,
        enrollmentId: last.student.enrollmentId,
        status: last.undo?.status ?? null,
        minutes: last.undo?.minutes ?? null,
        note: last.undo?.note ?? '',
      })
      .catch((e: unknown) => notify(errorMessage(e), 'error'))
    send({ type: 'undone' })
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const handled = send({
      type: 'searchKey',
      key: e.key,
      // Read the box itself: a fast typist's key can arrive before React has re-rendered.
      typed: input.current?.value ?? query,
      withModifier: e.ctrlKey || e.metaKey || e.altKey,
      entries,
      statuses: model.statuses,
    })
    if (handled) e.preventDefault()
  }

  const onMinutesKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (send({ type: 'minutesKey', key: e.key })) e.preventDefault()
  }

  // Stable, so a memoised row does not re-render for a new click handler.
  const pick = useCallback((student: ClassStudent) => dispatch({ type: 'rowClicked', student }), [])
  const shown = query.trim() ? results : model.students
  const picked = mode.kind === 'search' ? null : mode.student
  const active = picked
    ? shown.findIndex((s) => s.enrollmentId === picked.enrollmentId)
    : query.trim() !== ''
      ? highlight
      : -1
  const dialogCell = dialog ? cellOf(dialog) : undefined

  return (
    <Box data-testid="roll-call">
      {totals && (
        // The totals and the call state share one line, so the list starts higher (issue 11).
        <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Stack
            direction="row"
            spacing={0.5}
            useFlexGap
            sx={{ flexWrap: 'wrap' }}
            data-testid="session-totals"
          >
            <Chip size="small" label={`应到 ${totals.expected}`} />
            {totals.callState === 'called' ? (
              <Chip size="small" color="success" label={`实到 ${totals.attended}`} />
            ) : (
              <Chip size="small" label={`未标记 ${totals.uncalled}`} variant="outlined" />
            )}
            {model.statuses
              .filter((s) => s.code !== 'present' && totals.counts[s.code] > 0)
              .map((s) => (
                <Chip
                  key={s.code}
                  size="small"
                  label={`${s.label} ${totals.counts[s.code]}`}
                  sx={{ bgcolor: s.color, color: '#fff' }}
                />
              ))}
            {totals.rate !== null && (
              <Chip
                size="small"
                variant="outlined"
                label={`出勤率 ${Math.round(totals.rate * 1000) / 10}%`}
              />
            )}
          </Stack>
          <SessionCallBar session={session} totals={totals} />
        </Stack>
      )}
      <Paper sx={{ px: 1.5, py: 1, mb: 1 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <TextField
            inputRef={input}
            autoFocus
            label="座号、姓名或拼音首字母"
            value={query}
            onChange={(e) => dispatch({ type: 'queryChanged', text: e.target.value })}
            onKeyDown={onKeyDown}
            size="small"
            sx={{ width: 240 }}
            slotProps={{ htmlInput: { 'aria-label': '点名搜索', autoComplete: 'off' } }}
          />
          {mode.kind === 'status' && (
            <Alert
              severity="info"
              sx={{ py: 0, flex: '1 1 0', minWidth: 280 }}
              data-testid="roll-call-prompt"
            >
              {seatName(mode.student)}：按键记状态 {keyHelp}（Esc 返回）
            </Alert>
          )}
          {mode.kind === 'minutes' && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography>
                {seatName(mode.student)} {statusOf(model.statuses, mode.status).label}
              </Typography>
              <TextField
                autoFocus
                type="number"
                label="分钟数（可不填）"
                value={minutes}
                onChange={(e) => dispatch({ type: 'minutesChanged', text: e.target.value })}
                onKeyDown={onMinutesKey}
                size="small"
                sx={{ width: 150 }}
                slotProps={{ htmlInput: { min: 1, max: 1440, 'aria-label': '分钟数' } }}
              />
              <Typography variant="body2" color="text.secondary">
                Enter 保存，Esc 返回
              </Typography>
            </Stack>
          )}
          {mode.kind === 'search' && (
            <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 0', minWidth: 280 }}>
              输入后按 Enter 选中（↑↓ 换人），再按键记状态：{keyHelp}。姓名或拼音只找到一人时可直接按数字键
            </Typography>
          )}
        </Stack>
        {last && (
          <Alert
            severity="success"
            sx={{ mt: 1, py: 0 }}
            data-testid="roll-call-last"
            action={
              <Button color="inherit" size="small" onClick={() => void undo()}>
                撤销
              </Button>
            }
          >
            已记：{last.text}
          </Alert>
        )}
      </Paper>

      {model.students.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
          本班还没有学员。请先在“学员”中导入花名册。
        </Paper>
      ) : (
        <SessionPointsProvider classId={props.classId} session={session}>
          <RollCallList
            shown={shown}
            active={active}
            rowById={model.rowById}
            column={column}
            statuses={model.statuses}
            query={query}
            onPick={pick}
          />
        </SessionPointsProvider>
      )}

      {dialog && dialogCell && (
        <MarkDialog
          title={`${seatName(dialog)} 的考勤`}
          subtitle={`${session.date} ${session.start}–${session.end} ${session.topic}`}
          cell={dialogCell}
          statuses={model.statuses}
          onClose={() => dispatch({ type: 'dialogClosed' })}
          onSave={async (value) => {
            await attendance.setMark(props.classId, {
              sessionId: session.id,
              enrollmentId: dialog.enrollmentId,
              status: statusToStore(value.status, dialogCell, value.note),
              minutes: value.minutes,
              note: value.note,
            })
            dispatch({ type: 'dialogClosed' })
          }}
          onClear={async () => {
            await attendance.setMark(props.classId, {
              sessionId: session.id,
              enrollmentId: dialog.enrollmentId,
              status: null,
            })
            dispatch({ type: 'dialogClosed' })
          }}
        />
      )}
    </Box>
  )
}
