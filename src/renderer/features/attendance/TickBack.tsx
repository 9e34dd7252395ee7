import { Fragment, useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { countsAsAttended, statusOf, type AttendanceStatusCode } from '@shared/attendance/status'
import { slotLabel } from '@shared/plan/session'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { useData } from '../../db/core/DataProvider'
import { useActor } from '../checklist'
import { dateWithWeekday } from '@shared/plan/sessionFormat'
import { AttachmentPanel } from './AttachmentPanel'
import { sessionCode } from './sessionCode'
import { signInBlocks, type SheetOrder } from './signInSheet'
import { defaultUnsignedStatus, initiallyUnsigned, tickBackChanges } from './tickBack'

/** Compact rows (issue 11): most of a 50-person class on one 1366×768 screen. */
const COMPACT_TABLE = {
  '& th': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-root': { py: 0.25, lineHeight: 1.4 },
} as const

/**
 * 签到表回录: the signed sheet back on screen, line for line as printed (same order, same numbers),
 * with a box to tick for each line left unsigned. Saving writes only what differs from the
 * register, in one transaction, and completes the session's roll call (已点名, with who and when);
 * the scan of the sheet is attached below.
 */
export function TickBack(props: {
  classId: string
  className: string
  model: ClassAttendance
  session: SessionRecord
  order: SheetOrder
  onOrderChange: (o: SheetOrder) => void
}) {
  const { model, session } = props
  const { attendance, sessions } = useData()
  const actor = useActor()
  const column = model.sessions.findIndex((s) => s.id === session.id)
  const blocks = useMemo(() => signInBlocks(model.students, props.order), [model.students, props.order])
  // Edits on top of the register, by enrollment; cleared after saving.
  const [edits, setEdits] = useState<Map<string, { unsigned: boolean; status: AttendanceStatusCode }>>(
    new Map(),
  )
  const [saved, setSaved] = useState<string | null>(null)
  const offered = model.statuses.filter((s) => !s.hidden && !countsAsAttended(s.code))

  const lineOf = (enrollmentId: string) => {
    const cell = model.rowById.get(enrollmentId)?.cells[column]
    if (!cell) return null
    const edit = edits.get(enrollmentId)
    return {
      enrollmentId,
      cell,
      unsigned: edit?.unsigned ?? initiallyUnsigned(cell),
      status: edit?.status ?? defaultUnsignedStatus(cell),
    }
  }
  const lines = model.students.map((s) => lineOf(s.enrollmentId)).filter((l) => l !== null)
  const unsignedCount = lines.filter((l) => l.unsigned).length
  const edit = (id: string, patch: Partial<{ unsigned: boolean; status: AttendanceStatusCode }>) => {
    const line = lineOf(id)
    if (!line) return
    setSaved(null)
    setEdits((old) => new Map(old).set(id, { unsigned: line.unsigned, status: line.status, ...patch }))
  }

  // Saving completes the session's roll call, recorded with who did it (issue 11).
  const save = () =>
    actor.run(async ({ person, at }) => {
      const changes = tickBackChanges(session.id, lines)
      await attendance.setMarks(props.classId, changes)
      // A signed sheet accounts for every student: the roll call is complete.
      const completes = session.callState !== 'called'
      if (completes) await sessions.completeCall(session.id, person, at)
      setEdits(new Map())
      const away = lines.filter((l) => l.unsigned)
      const byStatus = model.statuses
        .map((s) => [s.label, away.filter((l) => l.status === s.code).length] as const)
        .filter(([, n]) => n > 0)
        .map(([label, n]) => `${label} ${n}`)
      setSaved(
        `已保存：${away.length} 人未签到${byStatus.length ? `（${byStatus.join('，')}）` : ''}，改动 ${changes.length} 处${completes ? '；本节已点名' : ''}`,
      )
    })

  return (
    <Box data-testid="tick-back">
      {actor.dialog}
      <Paper sx={{ px: 1.5, py: 1, mb: 1 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 700, lineHeight: 1.4 }}>
              签到表回录
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {props.className} · {dateWithWeekday(session.date)} {slotLabel(session.slot)} {session.start}–
              {session.end} · {session.topic} · 签到码 {sessionCode(session.id)}
            </Typography>
          </Box>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={props.order}
            onChange={(_, v: SheetOrder | null) => v && props.onOrderChange(v)}
            aria-label="排列顺序"
          >
            <ToggleButton value="seat">按座号</ToggleButton>
            <ToggleButton value="group">按小组</ToggleButton>
          </ToggleButtonGroup>
          <Typography>
            未签到 <b data-testid="unsigned-count">{unsignedCount}</b> 人
          </Typography>
          <Button variant="contained" size="small" onClick={() => void save()}>
            保存回录结果
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          对照纸质签到表，勾选没有签名的学员；已批准请假的学员默认记为相应的假别，其余记为旷课，可逐个改。
        </Typography>
        {saved && (
          <Alert severity="success" sx={{ mt: 1, py: 0 }} data-testid="tick-back-saved">
            {saved}
          </Alert>
        )}
      </Paper>

      <Paper sx={{ mb: 2 }}>
        <Table size="small" aria-label="签到表回录" sx={COMPACT_TABLE}>
          <TableHead>
            <TableRow>
              <TableCell width={56}>序号</TableCell>
              <TableCell width={56}>座号</TableCell>
              <TableCell width={120}>姓名</TableCell>
              <TableCell>单位及职务</TableCell>
              <TableCell width={90}>未签到</TableCell>
              <TableCell width={180}>记为</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {blocks.map((block) => (
              <Fragment key={block.groupName ?? 'all'}>
                {block.groupName && (
                  <TableRow sx={{ bgcolor: 'grey.100' }}>
                    <TableCell colSpan={6} sx={{ fontWeight: 700 }}>
                      {block.groupName}
                    </TableCell>
                  </TableRow>
                )}
                {block.lines.map(({ no, student }) => {
                  const line = lineOf(student.enrollmentId)
                  if (!line) return null
                  return (
                    <TableRow key={student.enrollmentId} selected={line.unsigned} data-testid="tick-back-row">
                      <TableCell>{no}</TableCell>
                      <TableCell>{student.seat ?? ''}</TableCell>
                      <TableCell>{student.name}</TableCell>
                      <TableCell>{[student.unit, student.post].filter(Boolean).join(' ')}</TableCell>
                      <TableCell>
                        <Checkbox
                          size="small"
                          sx={{ p: 0.25 }}
                          checked={line.unsigned}
                          onChange={(e) => edit(student.enrollmentId, { unsigned: e.target.checked })}
                          slotProps={{ input: { 'aria-label': `${student.name}未签到` } }}
                        />
                      </TableCell>
                      <TableCell>
                        {line.unsigned && (
                          <TextField
                            select
                            value={line.status}
                            onChange={(e) =>
                              edit(student.enrollmentId, { status: e.target.value as AttendanceStatusCode })
                            }
                            size="small"
                            sx={{ minWidth: 120, '& .MuiSelect-select': { py: 0.25 } }}
                            slotProps={{ htmlInput: { 'aria-label': `${student.name}记为` } }}
                          >
                            {[...new Set([...offered.map((s) => s.code), line.status])].map((code) => (
                              <MenuItem key={code} value={code}>
                                {statusOf(model.statuses, code).label}
                                {line.cell.leave &&
                                code === defaultUnsignedStatus({ ...line.cell, status: 'present' })
                                  ? '（已批准请假）'
                                  : ''}
                              </MenuItem>
                            ))}
                          </TextField>
                        )}
                      </TableCell>
                    </TableRow>
                  )
                })}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <AttachmentPanel classId={props.classId} sessionId={session.id} />
    </Box>
  )
}
