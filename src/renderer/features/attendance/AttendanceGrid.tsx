import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { RegisterCell, StudentRegisterRow } from '@shared/attendance/register'
import {
  statusForKey,
  statusOf,
  type AttendanceStatus,
  type AttendanceStatusCode,
} from '@shared/attendance/status'
import { formatHours } from '@shared/plan/hours'
import { slotLabel } from '@shared/plan/session'
import { errorMessage, useNotify } from '../../app/Notifier'
import type { ClassAttendance } from '../../db/attendanceModel'
import type { ClassStudent } from '../../db/attendanceRoster'
import { useData } from '../../db/DataProvider'
import { sessionLabel } from '../../db/sessionFormat'
import { MarkDialog } from './MarkDialog'
import { seatName } from './RollCall'
import { statusToStore } from './rollCall'

const ROW_H = 28
const COL_W = 40
const NAME_W = 132
const HEADER_H = 56
const SUMMARY = [
  { key: 'attended', label: '出勤', width: 52 },
  { key: 'leave', label: '请假学时', width: 72 },
  { key: 'absent', label: '旷课学时', width: 72 },
  { key: 'meter', label: '请假/可请', width: 96 },
] as const
const SUMMARY_W = SUMMARY.reduce((n, c) => n + c.width, 0)
const SUMMARY_OFFSETS = SUMMARY.map((_, i) => SUMMARY.slice(0, i).reduce((n, c) => n + c.width, 0))
const OVERSCAN = 4

/**
 * The whole class at a glance: students down, sessions across (考勤总表), for review. Virtualised
 * by hand — only the cells in view exist in the page, so 200 × 80 scrolls and repaints like 20 × 10.
 * Arrows move, a status key marks the selected cell, Delete clears it, Enter opens it.
 */
export function AttendanceGrid(props: { classId: string; model: ClassAttendance }) {
  const { model } = props
  const { attendance } = useData()
  const notify = useNotify()
  const scroller = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, left: 0, height: 600, width: 1000 })
  const [sel, setSel] = useState<{ row: number; col: number }>({ row: 0, col: 0 })
  const [dialog, setDialog] = useState<{ row: number; col: number } | null>(null)
  const rows = model.register.rows
  const sessions = model.sessions
  const totalW = NAME_W + sessions.length * COL_W + SUMMARY_W
  const totalH = HEADER_H + rows.length * ROW_H

  const measure = useCallback(() => {
    const el = scroller.current
    if (!el) return
    setView({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth })
  }, [])
  useLayoutEffect(measure, [measure])
  useEffect(() => {
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [measure])
  const frame = useRef(0)
  const onScroll = () => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(measure)
  }

  const firstRow = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN)
  const lastRow = Math.min(rows.length - 1, Math.ceil((view.top + view.height - HEADER_H) / ROW_H) + OVERSCAN)
  const firstCol = Math.max(0, Math.floor((view.left - 0) / COL_W) - OVERSCAN)
  const lastCol = Math.min(
    sessions.length - 1,
    Math.ceil((view.left + view.width - NAME_W) / COL_W) + OVERSCAN,
  )
  const visibleRows: number[] = []
  for (let r = firstRow; r <= lastRow; r++) visibleRows.push(r)
  const visibleCols: number[] = []
  for (let c = firstCol; c <= lastCol; c++) visibleCols.push(c)

  const studentOf = (row: StudentRegisterRow | undefined): ClassStudent | undefined =>
    row ? model.studentById.get(row.enrollmentId) : undefined

  const mark = async (row: number, col: number, status: AttendanceStatusCode | null) => {
    const r = rows[row]
    const s = sessions[col]
    const cell = r?.cells[col]
    if (!r || !s || !cell) return
    try {
      await attendance.setMark(props.classId, {
        sessionId: s.id,
        enrollmentId: r.enrollmentId,
        status: status === null ? null : statusToStore(status, cell, cell.note),
        minutes: null,
        note: cell.note,
      })
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  /** Keeps the selected cell in view when the keyboard moves it. */
  const reveal = (row: number, col: number) => {
    const el = scroller.current
    if (!el) return
    const x = NAME_W + col * COL_W
    const y = HEADER_H + row * ROW_H
    if (x - NAME_W < el.scrollLeft) el.scrollLeft = x - NAME_W
    else if (x + COL_W > el.scrollLeft + el.clientWidth - SUMMARY_W / 2)
      el.scrollLeft = x + COL_W - el.clientWidth + SUMMARY_W / 2
    if (y - HEADER_H < el.scrollTop) el.scrollTop = y - HEADER_H
    else if (y + ROW_H > el.scrollTop + el.clientHeight) el.scrollTop = y + ROW_H - el.clientHeight
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key]
    if (move) {
      e.preventDefault()
      const row = Math.min(Math.max(sel.row + move[0]!, 0), rows.length - 1)
      const col = Math.min(Math.max(sel.col + move[1]!, 0), sessions.length - 1)
      setSel({ row, col })
      reveal(row, col)
      return
    }
    if (e.key === 'Enter') {
      e.preventDefault()
      setDialog(sel)
      return
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      void mark(sel.row, sel.col, null)
      return
    }
    const code = statusForKey(model.statuses, e.key)
    if (code) {
      e.preventDefault()
      void mark(sel.row, sel.col, code)
    }
  }

  const dialogRow = dialog ? rows[dialog.row] : undefined
  const dialogSession = dialog ? sessions[dialog.col] : undefined
  const dialogCell = dialog ? dialogRow?.cells[dialog.col] : undefined
  const dialogStudent = studentOf(dialogRow)
  const keyHelp = model.statuses
    .filter((s) => !s.hidden && s.keys[0])
    .map((s) => `${s.keys[0]} ${s.label}`)
    .join('  ')

  if (rows.length === 0 || sessions.length === 0)
    return (
      <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
        {sessions.length === 0 ? '还没有教学计划。' : '本班还没有学员。'}
      </Typography>
    )

  return (
    <Box>
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {rows.length} 名学员 × {sessions.length} 门课程。方向键移动，按键标记：{keyHelp}；Delete 清除，Enter
          填写分钟和备注。
        </Typography>
        <Legend statuses={model.statuses} />
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
        <div style={{ width: totalW, height: totalH, position: 'relative' }}>
          <div
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 3,
              height: HEADER_H,
              width: totalW,
              display: 'flex',
            }}
          >
            <div
              style={{
                position: 'sticky',
                left: 0,
                zIndex: 4,
                width: NAME_W,
                height: HEADER_H,
                background: '#eeeeee',
                borderBottom: '1px solid #bdbdbd',
                borderRight: '1px solid #bdbdbd',
                display: 'flex',
                alignItems: 'flex-end',
                padding: '0 6px 4px',
                fontWeight: 700,
              }}
            >
              座号 姓名
            </div>
            {visibleCols.map((c) => {
              const s = sessions[c]!
              const rate = model.register.sessions[c]?.rate
              return (
                <div
                  key={s.id}
                  title={`${sessionLabel(s)}\n${s.start}–${s.end}，${s.hours} 学时${rate != null ? `\n出勤率 ${Math.round(rate * 100)}%` : ''}`}
                  style={{
                    ...headerCell,
                    left: NAME_W + c * COL_W,
                    width: COL_W,
                    background: c === sel.col ? '#ffe0e0' : '#eeeeee',
                  }}
                >
                  <span>{`${Number(s.date.slice(5, 7))}/${Number(s.date.slice(8, 10))}`}</span>
                  <span>{slotLabel(s.slot).slice(0, 1)}</span>
                  <span style={{ color: rate != null && rate < 0.9 ? '#c62828' : '#616161', fontSize: 11 }}>
                    {rate != null ? `${Math.round(rate * 100)}%` : ''}
                  </span>
                </div>
              )
            })}
            {SUMMARY.map((col, i) => (
              <div
                key={col.key}
                style={{
                  ...headerCell,
                  left:
                    NAME_W + sessions.length * COL_W + SUMMARY.slice(0, i).reduce((n, x) => n + x.width, 0),
                  width: col.width,
                  justifyContent: 'flex-end',
                  paddingBottom: 4,
                  fontWeight: 700,
                }}
              >
                {col.label}
              </div>
            ))}
          </div>
          <div style={{ position: 'relative', height: rows.length * ROW_H, width: totalW }}>
            <div
              style={{
                position: 'sticky',
                left: 0,
                zIndex: 2,
                width: NAME_W,
                height: rows.length * ROW_H,
                background: '#fafafa',
              }}
            >
              {visibleRows.map((r) => {
                const st = studentOf(rows[r])
                return (
                  <div
                    key={rows[r]!.enrollmentId}
                    style={{
                      position: 'absolute',
                      top: r * ROW_H,
                      height: ROW_H,
                      width: NAME_W,
                      lineHeight: `${ROW_H}px`,
                      padding: '0 6px',
                      borderBottom: '1px solid #eeeeee',
                      borderRight: '1px solid #bdbdbd',
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      background: r === sel.row ? '#ffe0e0' : undefined,
                    }}
                  >
                    {st ? seatName(st) : ''}
                  </div>
                )
              })}
            </div>
            {visibleRows.map((r) => (
              <GridRow
                key={rows[r]!.enrollmentId}
                row={rows[r]!}
                index={r}
                cols={visibleCols}
                statuses={model.statuses}
                selectedCol={r === sel.row ? sel.col : -1}
                onSelect={(col, open) => {
                  setSel({ row: r, col })
                  if (open) setDialog({ row: r, col })
                  scroller.current?.focus()
                }}
              />
            ))}
            {visibleRows.map((r) => (
              <SummaryCells
                key={rows[r]!.enrollmentId}
                row={rows[r]!}
                index={r}
                left={NAME_W + sessions.length * COL_W}
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
          onClose={() => {
            setDialog(null)
            scroller.current?.focus()
          }}
          onSave={async (value) => {
            await attendance.setMark(props.classId, {
              sessionId: dialogSession.id,
              enrollmentId: dialogRow.enrollmentId,
              status: statusToStore(value.status, dialogCell, value.note),
              minutes: value.minutes,
              note: value.note,
            })
            setDialog(null)
            scroller.current?.focus()
          }}
          onClear={async () => {
            await attendance.setMark(props.classId, {
              sessionId: dialogSession.id,
              enrollmentId: dialogRow.enrollmentId,
              status: null,
            })
            setDialog(null)
            scroller.current?.focus()
          }}
        />
      )}
    </Box>
  )
}

const headerCell = {
  position: 'absolute',
  top: 0,
  height: HEADER_H,
  borderBottom: '1px solid #bdbdbd',
  borderRight: '1px solid #e0e0e0',
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  lineHeight: 1.2,
  fontSize: 12,
  padding: '0 4px',
  boxSizing: 'border-box',
} as const

/**
 * One student's visible cells. Memoised on the row object: the register cache hands back the same
 * row for students whose marks did not change, so a key press re-renders one row, not the screen.
 */
interface GridRowProps {
  row: StudentRegisterRow
  index: number
  cols: number[]
  statuses: readonly AttendanceStatus[]
  selectedCol: number
  onSelect: (col: number, open: boolean) => void
}

const GridRow = memo(function GridRow(props: GridRowProps) {
  return (
    <>
      {props.cols.map((c) => {
        const cell = props.row.cells[c]
        if (!cell) return null
        return (
          <Cell
            key={c}
            cell={cell}
            statuses={props.statuses}
            top={props.index * ROW_H}
            left={NAME_W + c * COL_W}
            selected={c === props.selectedCol}
            rowIndex={props.index}
            colIndex={c}
            onSelect={props.onSelect}
          />
        )
      })}
    </>
  )
}, sameRowProps)

function sameRowProps(a: GridRowProps, b: GridRowProps): boolean {
  return (
    a.row === b.row &&
    a.index === b.index &&
    a.statuses === b.statuses &&
    a.selectedCol === b.selectedCol &&
    a.cols.length === b.cols.length &&
    a.cols[0] === b.cols[0]
  )
}

function Cell(props: {
  cell: RegisterCell
  statuses: readonly AttendanceStatus[]
  top: number
  left: number
  selected: boolean
  rowIndex: number
  colIndex: number
  onSelect: (col: number, open: boolean) => void
}) {
  const { cell } = props
  const s = statusOf(props.statuses, cell.status)
  const exception = cell.status !== 'present'
  const filled = cell.marked && exception
  const title = [
    s.label + (cell.minutes ? ` ${cell.minutes}分钟` : ''),
    !cell.marked && cell.leave ? '按已批准的请假' : '',
    cell.note,
    cell.conflict?.message ?? '',
  ]
    .filter(Boolean)
    .join('；')
  return (
    <div
      role="gridcell"
      aria-selected={props.selected}
      data-testid="grid-cell"
      data-row={props.rowIndex}
      data-col={props.colIndex}
      data-status={cell.status}
      title={title}
      onClick={() => props.onSelect(props.colIndex, false)}
      onDoubleClick={() => props.onSelect(props.colIndex, true)}
      style={{
        position: 'absolute',
        top: props.top,
        left: props.left,
        width: COL_W,
        height: ROW_H,
        lineHeight: `${ROW_H}px`,
        textAlign: 'center',
        boxSizing: 'border-box',
        borderRight: '1px solid #eeeeee',
        borderBottom: '1px solid #eeeeee',
        background: filled ? s.color : exception ? `${s.color}22` : undefined,
        color: filled ? '#fff' : s.color,
        fontWeight: exception ? 700 : 400,
        cursor: 'cell',
        outline: props.selected ? '2px solid #1565c0' : cell.conflict ? '2px solid #d32f2f' : undefined,
        outlineOffset: -2,
      }}
    >
      {exception || cell.marked ? s.short : ''}
    </div>
  )
}

const SummaryCells = memo(function SummaryCells(props: {
  row: StudentRegisterRow
  index: number
  left: number
}) {
  const { row } = props
  const leave = formatHours(row.standing.meter.used)
  const values = [
    `${row.attended}/${row.cells.length}`,
    leave === '0' ? '' : leave,
    formatHours(row.absentHours) === '0' ? '' : formatHours(row.absentHours),
    `${formatHours(row.standing.meter.used)}/${formatHours(row.standing.meter.allowed)}`,
  ]
  const level = row.standing.meter.level
  const colour =
    level === 'overLimit'
      ? '#c62828'
      : level === 'atLimit' || level === 'warn80'
        ? '#ef6c00'
        : level === 'notice50'
          ? '#0277bd'
          : undefined
  return (
    <>
      {SUMMARY.map((col, i) => {
        const left = props.left + SUMMARY_OFFSETS[i]!
        return (
          <div
            key={col.key}
            style={{
              position: 'absolute',
              top: props.index * ROW_H,
              left,
              width: col.width,
              height: ROW_H,
              lineHeight: `${ROW_H}px`,
              textAlign: 'right',
              padding: '0 6px',
              boxSizing: 'border-box',
              borderBottom: '1px solid #eeeeee',
              borderLeft: i === 0 ? '1px solid #bdbdbd' : undefined,
              color: col.key === 'meter' ? colour : undefined,
              fontWeight: col.key === 'meter' && colour ? 700 : undefined,
            }}
          >
            {values[i]}
          </div>
        )
      })}
    </>
  )
})

function Legend({ statuses }: { statuses: readonly AttendanceStatus[] }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {statuses
        .filter((s) => s.code !== 'present')
        .map((s) => (
          <Stack key={s.code} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box
              component="span"
              sx={{
                width: 18,
                height: 18,
                lineHeight: '18px',
                textAlign: 'center',
                bgcolor: s.color,
                color: '#fff',
                fontSize: 12,
                borderRadius: 0.5,
              }}
            >
              {s.short}
            </Box>
            <Typography variant="caption">{s.label}</Typography>
          </Stack>
        ))}
      <Typography variant="caption" color="text.secondary">
        浅色：按已批准的请假；红框：有冲突
      </Typography>
    </Stack>
  )
}
