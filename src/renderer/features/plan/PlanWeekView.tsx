import { useState } from 'react'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { formatHours } from '@shared/plan/hours'
import { hoursByDate, SESSION_SLOTS } from '@shared/plan/session'
import { sessionFormLabel } from '@shared/plan/sessionForm'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { addDays, dateSpan, mondayOf, shortDate, weekdayLabel } from '@shared/plan/sessionFormat'

const FORM_COLOURS: Record<string, string> = {
  lecture: '#e3f2fd',
  fieldTeaching: '#e8f5e9',
  fieldTrip: '#e8f5e9',
  groupDiscussion: '#fff8e1',
  studentForum: '#fff8e1',
  simulation: '#f3e5f5',
  partySpiritAnalysis: '#ffebee',
  selfStudy: '#eceff1',
  opening: '#fce4ec',
  closing: '#fce4ec',
  other: '#f5f5f5',
}

/**
 * The plan as a week on paper: days across, half-days down. Weekends show only when they hold
 * sessions; the evening row only when the week has evening sessions.
 */
export function PlanWeekView(props: {
  sessions: readonly SessionRecord[]
  onEdit: (s: SessionRecord) => void
}) {
  const first = props.sessions[0]?.date
  const [monday, setMonday] = useState(() =>
    first ? mondayOf(first) : mondayOf(new Date().toISOString().slice(0, 10)),
  )
  const weekDates = Array.from({ length: 7 }, (_, i) => addDays(monday, i))
  const inWeek = props.sessions.filter((s) => s.date >= monday && s.date <= weekDates[6]!)
  const days = weekDates.filter((d, i) => i < 5 || inWeek.some((s) => s.date === d))
  const slots = SESSION_SLOTS.filter(
    (slot) => slot.code !== 'evening' || inWeek.some((s) => s.slot === 'evening'),
  )
  const perDay = hoursByDate(inWeek)
  const weeks = [...new Set(props.sessions.map((s) => mondayOf(s.date)))]
  const weekNo = weeks.indexOf(monday) + 1

  return (
    <Paper sx={{ p: 2 }} data-testid="plan-week-view">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <IconButton aria-label="上一周" onClick={() => setMonday(addDays(monday, -7))}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
          {weekNo > 0 ? `第${weekNo}周 · ` : ''}
          {dateSpan(monday, weekDates[6]!)}
        </Typography>
        <IconButton aria-label="下一周" onClick={() => setMonday(addDays(monday, 7))}>
          <ChevronRightIcon />
        </IconButton>
        <Typography variant="body2" color="text.secondary">
          本周 {inWeek.length} 门课程
        </Typography>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: `56px repeat(${days.length}, minmax(120px, 1fr))`,
          gap: '4px',
        }}
      >
        <Box />
        {days.map((d) => (
          <Box key={d} sx={{ textAlign: 'center', bgcolor: 'grey.100', borderRadius: 1, py: 0.5 }}>
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              {shortDate(d)} {weekdayLabel(d)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {perDay.has(d) ? `${formatHours(perDay.get(d)!)} 学时` : '无课程'}
            </Typography>
          </Box>
        ))}
        {slots.map((slot) => (
          <WeekRow
            key={slot.code}
            label={slot.label}
            days={days}
            sessions={inWeek.filter((s) => s.slot === slot.code)}
            onEdit={props.onEdit}
          />
        ))}
      </Box>
    </Paper>
  )
}

function WeekRow(props: {
  label: string
  days: string[]
  sessions: readonly SessionRecord[]
  onEdit: (s: SessionRecord) => void
}) {
  return (
    <>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: 'grey.100',
          borderRadius: 1,
        }}
      >
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {props.label}
        </Typography>
      </Box>
      {props.days.map((d) => (
        <Box key={d} sx={{ minHeight: 96, border: 1, borderColor: 'grey.200', borderRadius: 1, p: 0.5 }}>
          {props.sessions
            .filter((s) => s.date === d)
            .map((s) => (
              <Box
                key={s.id}
                role="button"
                tabIndex={0}
                onClick={() => props.onEdit(s)}
                onKeyDown={(e) => e.key === 'Enter' && props.onEdit(s)}
                sx={{
                  bgcolor: FORM_COLOURS[s.form] ?? '#f5f5f5',
                  borderRadius: 1,
                  p: 0.75,
                  mb: 0.5,
                  cursor: 'pointer',
                  '&:hover': { outline: '1px solid', outlineColor: 'primary.light' },
                }}
                data-testid="week-session"
              >
                <Typography variant="caption" color="text.secondary" component="div">
                  {s.start}–{s.end} · {s.hours}学时
                </Typography>
                <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
                  {s.topic}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="div">
                  {[sessionFormLabel(s.form), s.teacher, s.place].filter(Boolean).join(' · ')}
                </Typography>
              </Box>
            ))}
        </Box>
      ))}
    </>
  )
}
