import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { RegisterCell } from '@shared/attendance/register'
import { statusForKey, statusOf, takesMinutes, type AttendanceStatusCode } from '@shared/attendance/status'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import type { ClassStudent } from '../../db/roster/classStudents'
import { useData } from '../../db/core/DataProvider'
import { MarkDialog, type MarkValue } from './MarkDialog'
import { searchEntries, searchStudents, statusToStore } from './rollCall'
import { StatusChip } from './StatusChip'

type Mode =
  | { kind: 'search' }
  | { kind: 'status'; student: ClassStudent }
  | { kind: 'minutes'; student: ClassStudent; status: AttendanceStatusCode }

interface LastAction {
  student: ClassStudent
  text: string
  undo: MarkValue | null
}

/**
 * The keyboard roll call of one session. Everyone is present until marked: type a seat number, a
 * name or pinyin initials, Enter picks the first match (↑↓ to choose another), then a status key
 * sets the status (digits cannot clash with the seat number, which was already taken by Enter).
 * After a name or initials that find one student, the status key alone does it ("zyn" then 5).
 * 迟到/早退 ask for minutes, Enter saves. Esc steps back.
 */
export function RollCall(props: { classId: string; model: ClassAttendance; session: SessionRecord }) {
  const { model, session } = props
  const { attendance } = useData()
  const notify = useNotify()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [highlight, setHighlight] = useState(0)
  const [mode, setMode] = useState<Mode>({ kind: 'search' })
  const [minutes, setMinutes] = useState('')
  const [last, setLast] = useState<LastAction | null>(null)
  const [dialog, setDialog] = useState<ClassStudent | null>(null)
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

  const backToSearch = () => {
    setMode({ kind: 'search' })
    setQuery('')
    setHighlight(0)
    setMinutes('')
    input.current?.focus()
  }

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
      setLast({
        student,
        text: `${seatName(student)}：${label}${value.minutes ? ` ${value.minutes} 分钟` : ''}`,
        undo: before,
      })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
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
    setLast(null)
    input.current?.focus()
  }

  /** A status key for a student: 迟到/早退 ask for minutes first, the others are saved at once. */
  const chooseStatus = (student: ClassStudent, code: AttendanceStatusCode) => {
    if (takesMinutes(code)) {
      setMinutes('')
      setMode({ kind: 'minutes', student, status: code })
    } else {
      void save(student, { status: code, minutes: null, note: cellOf(student)?.note ?? '' })
      backToSearch()
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (mode.kind === 'search') {
      if (e.key === 'ArrowDown') {
        e.preventDefault()
        setHighlight((h) => Math.min(h + 1, results.length - 1))
      } else if (e.key === 'ArrowUp') {
        e.preventDefault()
        setHighlight((h) => Math.max(h - 1, 0))
      } else if (e.key === 'Enter') {
        e.preventDefault()
        // Read the box itself: a fast typist's Enter can arrive before React has re-rendered.
        const typed = input.current?.value ?? query
        const list = typed === query ? results : searchStudents(entries, typed)
        const picked = list[typed === query ? highlight : 0]
        if (picked && typed.trim()) setMode({ kind: 'status', student: picked })
      } else if (e.key === 'Escape') {
        e.preventDefault()
        backToSearch()
      } else if (/^\d$/.test(e.key) && statusForKey(model.statuses, e.key)) {
        // A digit after a name or pinyin initials cannot be more of the search: it is the status,
        // for the one student found (a seat number still needs Enter, being digits itself).
        const typed = input.current?.value ?? query
        if (!typed.trim() || /\d/.test(typed)) return
        e.preventDefault()
        const list = typed === query ? results : searchStudents(entries, typed)
        const student = list.length === 1 ? list[0] : undefined
        if (student) chooseStatus(student, statusForKey(model.statuses, e.key)!)
        else
          notify(
            list.length === 0
              ? `没有找到“${typed}”`
              : `“${typed}”匹配 ${list.length} 人，请用 ↑↓ 选中后按 Enter，再按键记状态`,
            'warning',
          )
      }
      return
    }
    if (mode.kind !== 'status') return
    if (e.key === 'Escape' || e.key === 'Backspace') {
      e.preventDefault()
      setMode({ kind: 'search' })
      return
    }
    const code = statusForKey(model.statuses, e.key)
    if (code) {
      e.preventDefault()
      chooseStatus(mode.student, code)
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Not a status key: the user is searching again.
      e.preventDefault()
      setMode({ kind: 'search' })
      setQuery(e.key)
      setHighlight(0)
    } else if (e.key === 'Enter') {
      e.preventDefault()
    }
  }

  const onMinutesKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (mode.kind !== 'minutes') return
    if (e.key === 'Escape') {
      e.preventDefault()
      setMode({ kind: 'status', student: mode.student })
      input.current?.focus()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const n = minutes.trim() ? Number(minutes) : null
      if (n !== null && (!Number.isInteger(n) || n < 1 || n > 1440)) {
        notify('分钟数应为 1 到 1440 之间的整数', 'error')
        return
      }
      void save(mode.student, { status: mode.status, minutes: n, note: cellOf(mode.student)?.note ?? '' })
      backToSearch()
    }
  }

  const shown = query.trim() ? results : model.students
  const picked = mode.kind === 'search' ? null : mode.student
  const dialogCell = dialog ? cellOf(dialog) : undefined

  return (
    <Box data-testid="roll-call">
      {totals && (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ mb: 1.5, flexWrap: 'wrap' }}
          data-testid="session-totals"
        >
          <Chip label={`应到 ${totals.expected}`} />
          <Chip color="success" label={`实到 ${totals.attended}`} />
          {model.statuses
            .filter((s) => s.code !== 'present' && totals.counts[s.code] > 0)
            .map((s) => (
              <Chip
                key={s.code}
                label={`${s.label} ${totals.counts[s.code]}`}
                sx={{ bgcolor: s.color, color: '#fff' }}
              />
            ))}
          {totals.rate !== null && (
            <Chip variant="outlined" label={`出勤率 ${Math.round(totals.rate * 1000) / 10}%`} />
          )}
        </Stack>
      )}
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <TextField
            inputRef={input}
            autoFocus
            label="座号、姓名或拼音首字母"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value)
              setHighlight(0)
              if (mode.kind !== 'search') setMode({ kind: 'search' })
            }}
            onKeyDown={onKeyDown}
            sx={{ width: 260 }}
            slotProps={{ htmlInput: { 'aria-label': '点名搜索', autoComplete: 'off' } }}
          />
          {mode.kind === 'status' && (
            <Alert severity="info" sx={{ py: 0 }} data-testid="roll-call-prompt">
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
                onChange={(e) => setMinutes(e.target.value)}
                onKeyDown={onMinutesKey}
                sx={{ width: 150 }}
                slotProps={{ htmlInput: { min: 1, max: 1440, 'aria-label': '分钟数' } }}
              />
              <Typography variant="body2" color="text.secondary">
                Enter 保存，Esc 返回
              </Typography>
            </Stack>
          )}
          {mode.kind === 'search' && (
            <Typography variant="body2" color="text.secondary">
              输入后按 Enter 选中（↑↓ 换人），再按键记状态：{keyHelp}。姓名或拼音只找到一人时可直接按数字键
            </Typography>
          )}
        </Stack>
        {last && (
          <Alert
            severity="success"
            sx={{ mt: 1.5 }}
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
        <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 360px)', minHeight: 240 }}>
          <Table size="small" stickyHeader aria-label="点名名单">
            <TableHead>
              <TableRow>
                <TableCell>座号</TableCell>
                <TableCell>姓名</TableCell>
                <TableCell>小组</TableCell>
                <TableCell>单位及职务</TableCell>
                <TableCell>考勤</TableCell>
                <TableCell>备注</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((s, i) => {
                const cell = cellOf(s)
                const active = picked
                  ? picked.enrollmentId === s.enrollmentId
                  : query.trim() !== '' && i === highlight
                return (
                  <TableRow
                    key={s.enrollmentId}
                    hover
                    selected={active}
                    onClick={() => setDialog(s)}
                    sx={{ cursor: 'pointer' }}
                    data-testid="roll-call-row"
                  >
                    <TableCell>{s.seat ?? '—'}</TableCell>
                    <TableCell sx={{ fontWeight: active ? 700 : undefined }}>{s.name}</TableCell>
                    <TableCell>{s.groupName}</TableCell>
                    <TableCell>{[s.unit, s.post].filter(Boolean).join(' ')}</TableCell>
                    <TableCell>{cell && <StatusChip cell={cell} statuses={model.statuses} />}</TableCell>
                    <TableCell>{cell?.note}</TableCell>
                  </TableRow>
                )
              })}
              {shown.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6} sx={{ color: 'text.secondary', textAlign: 'center' }}>
                    没有找到“{query}”
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {dialog && dialogCell && (
        <MarkDialog
          title={`${seatName(dialog)} 的考勤`}
          subtitle={`${session.date} ${session.start}–${session.end} ${session.topic}`}
          cell={dialogCell}
          statuses={model.statuses}
          onClose={() => setDialog(null)}
          onSave={async (value) => {
            await attendance.setMark(props.classId, {
              sessionId: session.id,
              enrollmentId: dialog.enrollmentId,
              status: statusToStore(value.status, dialogCell, value.note),
              minutes: value.minutes,
              note: value.note,
            })
            setDialog(null)
          }}
          onClear={async () => {
            await attendance.setMark(props.classId, {
              sessionId: session.id,
              enrollmentId: dialog.enrollmentId,
              status: null,
            })
            setDialog(null)
          }}
        />
      )}
    </Box>
  )
}

export function seatName(s: ClassStudent): string {
  return s.seat !== null ? `${s.seat}号 ${s.name}` : s.name
}
