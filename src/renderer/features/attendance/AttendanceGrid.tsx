import { useCallback, useState, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { statusForKey, takesMinutes, type AttendanceStatusCode } from '@shared/attendance/status'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import { useData } from '../../db/core/DataProvider'
import { sessionLabel } from '@shared/plan/sessionFormat'
import { COL_W, HEADER_H, NAME_W, ROW_H, SUMMARY_W, visibleRange } from './grid/gridGeometry'
import { GridHeader } from './grid/GridHeader'
import { GridLegend } from './grid/GridLegend'
import { GridRow } from './grid/GridRow'
import { NameCell, SummaryCells } from './grid/GridSides'
import { useGridViewport } from './grid/useGridViewport'
import { MarkDialog } from './MarkDialog'
import { seatName } from './RollCall'
import { statusToStore } from './rollCall'

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/**
 * The whole class at a glance: students down, sessions across (考勤总表), for review. Virtualised
 * by hand — only the cells in view exist in the page, so 200 × 80 scrolls and repaints like 20 × 10;
 * names stay on the left and each student's totals on the right while scrolling.
 * Arrows move, a status key marks the selected cell, Delete clears it, Enter opens it.
 */
export function AttendanceGrid(props: { classId: string; model: ClassAttendance }) {
  const { model } = props
  const { attendance } = useData()
  const notify = useNotify()
  const { scroller, view, onScroll, reveal } = useGridViewport()
  const [sel, setSel] = useState({ row: 0, col: 0 })
  const [dialog, setDialog] = useState<{ row: number; col: number } | null>(null)
  const rows = model.register.rows
  const sessions = model.sessions
  const totalW = NAME_W + sessions.length * COL_W + SUMMARY_W
  const bodyH = rows.length * ROW_H
  const visible = visibleRange(view, rows.length, sessions.length)

  const onSelect = useCallback(
    (row: number, col: number, open: boolean) => {
      setSel({ row, col })
      if (open) setDialog({ row, col })
      scroller.current?.focus()
    },
    [scroller],
  )

  const mark = async (row: number, col: number, status: AttendanceStatusCode | null) => {
    const r = rows[row]
    const s = sessions[col]
    const cell = r?.cells[col]
    if (!r || !s || !cell) return
    // Pressing 迟到 again on a 迟到 cell keeps its minutes; any other status has none.
    const keepMinutes = status !== null && takesMinutes(status) && cell.marked && cell.status === status
    try {
      await attendance.setMark(props.classId, {
        sessionId: s.id,
        enrollmentId: r.enrollmentId,
        status: status === null ? null : statusToStore(status, cell, cell.note),
        minutes: keepMinutes ? cell.minutes : null,
        note: cell.note,
      })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key]
    if (move) {
      e.preventDefault()
      const row = Math.min(Math.max(sel.row + move[0], 0), rows.length - 1)
      const col = Math.min(Math.max(sel.col + move[1], 0), sessions.length - 1)
      setSel({ row, col })
      reveal(row, col)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      setDialog(sel)
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      void mark(sel.row, sel.col, null)
    } else {
      const code = statusForKey(model.statuses, e.key)
      if (code) {
        e.preventDefault()
        void mark(sel.row, sel.col, code)
      }
    }
  }

  if (rows.length === 0 || sessions.length === 0)
    return (
      <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
        {sessions.length === 0 ? '还没有教学计划。' : '本班还没有学员。'}
      </Typography>
    )

  const keyHelp = model.statuses
    .filter((s) => !s.hidden && s.keys[0])
    .map((s) => `${s.keys[0]} ${s.label}`)
    .join('  ')
  const dialogRow = dialog ? rows[dialog.row] : undefined
  const dialogSession = dialog ? sessions[dialog.col] : undefined
  const dialogCell = dialog ? dialogRow?.cells[dialog.col] : undefined
  const dialogStudent = dialogRow ? model.studentById.get(dialogRow.enrollmentId) : undefined
  const closeDialog = () => {
    setDialog(null)
    scroller.current?.focus()
  }

  return (
    <Box>
      <Stack spacing={0.5} sx={{ mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {rows.length} 名学员 × {sessions.length} 门课程。点选格子后，方向键移动，按键标记：{keyHelp}
          ；Delete 清除，Enter 或双击填写分钟和备注。
        </Typography>
        <GridLegend statuses={model.statuses} />
      </Stack>
      <Box
        ref={scroller}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        tabIndex={0}
        role="grid"
        aria-label="考勤总表"
        aria-rowcount={rows.length + 1}
        aria-colcount={sessions.length + 1}
        data-testid="attendance-grid"
        sx={{
          height: 'calc(100vh - 300px)',
          minHeight: 320,
          overflow: 'auto',
          border: 1,
          borderColor: 'grey.300',
          bgcolor: '#fff',
          outline: 'none',
          '&:focus-visible': { boxShadow: (t) => `0 0 0 2px ${t.palette.primary.light}` },
          fontSize: 13,
        }}
      >
        <div style={{ width: totalW, height: HEADER_H + bodyH, position: 'relative' }}>
          <GridHeader
            sessions={sessions}
            totals={model.register.sessions}
            cols={visible.cols}
            selectedCol={sel.col}
            totalWidth={totalW}
          />
          <div style={{ position: 'relative', display: 'flex', height: bodyH, width: totalW }}>
            <div
              style={{
                position: 'sticky',
                left: 0,
                zIndex: 2,
                flex: 'none',
                width: NAME_W,
                height: bodyH,
                background: '#fafafa',
              }}
            >
              {visible.rows.map((r) => {
                const student = model.studentById.get(rows[r]!.enrollmentId)
                return (
                  <NameCell
                    key={rows[r]!.enrollmentId}
                    label={student ? seatName(student) : ''}
                    index={r}
                    selected={r === sel.row}
                    width={NAME_W}
                  />
                )
              })}
            </div>
            <div style={{ flex: 'none', width: sessions.length * COL_W }} />
            <div
              style={{
                position: 'sticky',
                right: 0,
                zIndex: 2,
                flex: 'none',
                width: SUMMARY_W,
                height: bodyH,
                background: '#fff',
                boxShadow: '-2px 0 4px rgba(0,0,0,0.06)',
              }}
            >
              {visible.rows.map((r) => (
                <SummaryCells key={rows[r]!.enrollmentId} row={rows[r]!} index={r} />
              ))}
            </div>
            {visible.rows.map((r) => (
              <GridRow
                key={rows[r]!.enrollmentId}
                row={rows[r]!}
                index={r}
                cols={visible.cols}
                statuses={model.statuses}
                selectedCol={r === sel.row ? sel.col : -1}
                onSelect={onSelect}
              />
            ))}
          </div>
        </div>
      </Box>
      {dialog && dialogRow && dialogSession && dialogCell && dialogStudent && (
        <MarkDialog
          title={`${seatName(dialogStudent)} 的考勤`}
          subtitle={`${sessionLabel(dialogSession)}（${dialogSession.start}–${dialogSession.end}）`}
          cell={dialogCell}
          statuses={model.statuses}
          onClose={closeDialog}
          onSave={async (value) => {
            await attendance.setMark(props.classId, {
              sessionId: dialogSession.id,
              enrollmentId: dialogRow.enrollmentId,
              status: statusToStore(value.status, dialogCell, value.note),
              minutes: value.minutes,
              note: value.note,
            })
            closeDialog()
          }}
          onClear={async () => {
            await attendance.setMark(props.classId, {
              sessionId: dialogSession.id,
              enrollmentId: dialogRow.enrollmentId,
              status: null,
            })
            closeDialog()
          }}
        />
      )}
    </Box>
  )
}
