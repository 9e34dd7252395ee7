import { useMemo, useState } from 'react'
import dayjs from 'dayjs'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import AddIcon from '@mui/icons-material/Add'
import RemoveIcon from '@mui/icons-material/Remove'
import { dayPoints, inClassItems, signedPoints } from '@shared/assessment/sessionPoints'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { useClassSessions } from '../../db/attendance/attendanceHooks'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { errorMessage, useNotify } from '../../ui/Notifier'

/**
 * A quick +/- per student during a session: 互动提问 and 课堂纪律, one point a click, kept as
 * the day's entry beside the item's recorded points (the total adds them).
 */
export function SessionPoints({ cls, view }: { cls: ClassRecord; view: ClassAssessmentView }) {
  const { assessment } = useData()
  const notify = useNotify()
  const sessions = useClassSessions(cls.id)
  const items = inClassItems(view.scheme.scheme)
  const today = dayjs().format('YYYY-MM-DD')
  const defaultId = useMemo(() => {
    if (!sessions?.length) return ''
    const past = sessions.filter((s) => s.date <= today)
    return (past[past.length - 1] ?? sessions[0]!).id
  }, [sessions, today])
  const [chosen, setChosen] = useState<string | null>(null)
  const session = sessions?.find((s) => s.id === (chosen ?? defaultId))
  const locked = view.summary.finalised

  const points = useMemo(
    () => dayPoints(view.records.entries, session?.date ?? ''),
    [view.records.entries, session],
  )

  if (!sessions) return null
  if (sessions.length === 0)
    return <Typography color="text.secondary">本班教学计划中还没有课程，无法按课次加减分。</Typography>

  const add = async (enrollmentId: string, itemCode: string, delta: number) => {
    if (!session) return
    try {
      await assessment.addSessionPoints(cls.id, enrollmentId, itemCode, session.date, session.id, delta)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="课次"
          value={session?.id ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          sx={{ minWidth: 360 }}
        >
          {sessions.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {`${s.date} ${s.start} ${s.topic}`}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          每点一次加或减 1 分，记在当天，计入该项合计。
        </Typography>
      </Stack>
      <TableContainer sx={{ maxHeight: 'max(320px, calc(100vh - 380px))' }}>
        <Table
          size="small"
          stickyHeader
          aria-label="课堂加减分"
          sx={{ width: 'auto', '& .MuiTableCell-root': { py: 0 } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>座号</TableCell>
              <TableCell>姓名</TableCell>
              {items.map((i) => (
                <TableCell key={i.code} align="center">
                  {i.label}（当天）
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {view.students.map((st) => (
              <TableRow key={st.enrollmentId} hover>
                <TableCell>{st.seat ?? ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', minWidth: 80 }}>{st.name}</TableCell>
                {items.map((i) => {
                  const v = points.get(`${st.enrollmentId}:${i.code}`) ?? 0
                  return (
                    <TableCell key={i.code} align="center" sx={{ whiteSpace: 'nowrap' }}>
                      <IconButton
                        size="small"
                        disabled={locked}
                        aria-label={`${st.name} ${i.label}减 1 分`}
                        onClick={() => void add(st.enrollmentId, i.code, -1)}
                      >
                        <RemoveIcon fontSize="small" />
                      </IconButton>
                      <Box component="span" sx={{ display: 'inline-block', width: 32, textAlign: 'center' }}>
                        {signedPoints(v)}
                      </Box>
                      <IconButton
                        size="small"
                        disabled={locked}
                        aria-label={`${st.name} ${i.label}加 1 分`}
                        onClick={() => void add(st.enrollmentId, i.code, 1)}
                      >
                        <AddIcon fontSize="small" />
                      </IconButton>
                    </TableCell>
                  )
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  )
}
