import { useLayoutEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import type { AttendanceStatus } from '@shared/attendance/status'
import type { StudentRegisterRow } from '@shared/attendance/register'
import type { ClassStudent } from '../../db/roster/classStudents'
import { RollCallPointsHead } from '../assessment'
import { RollCallRow } from './RollCallRow'

/** Compact rows (issue 11): a 50-person class fits on a 1366×768 screen with little scrolling. */
const COMPACT_TABLE = {
  // Fixed column widths: the rows drawn change as the list scrolls, and must not reflow the columns.
  tableLayout: 'fixed',
  '& .MuiTableCell-root': { py: 0.25, lineHeight: 1.4 },
  '& .MuiChip-root': { height: 20 },
} as const

/** A compact row with a status chip, before the browser has measured the real ones. */
const ROW_ESTIMATE = 29
/**
 * A list up to this long is drawn whole: a class of usual size keeps working with the browser's
 * own find (Ctrl+F) and costs little to draw. A larger one (issue 16: 5,000 students drew 45,000
 * elements and took seconds to open) draws the rows in view and OVERSCAN more each way: after a
 * mark the search clears and the whole window of rows is drawn anew, so it is kept small.
 */
const DRAW_WHOLE = 120
const OVERSCAN = 10

/**
 * The roll call's list of students, virtualised: only the rows near the visible part are in the
 * page. `active` is the index of the highlighted or picked student, kept in view as the keyboard
 * moves it.
 */
export function RollCallList(props: {
  shown: readonly ClassStudent[]
  active: number
  rowById: ReadonlyMap<string, StudentRegisterRow>
  column: number
  statuses: readonly AttendanceStatus[]
  query: string
  onPick: (student: ClassStudent) => void
}) {
  const { shown, active, rowById, column, statuses } = props
  const scroller = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLTableSectionElement>(null)
  const [headHeight, setHeadHeight] = useState(ROW_ESTIMATE)
  useLayoutEffect(() => {
    if (head.current) setHeadHeight(head.current.getBoundingClientRect().height)
  }, [])
  // The app does not run the React Compiler, whose memoising this warns about: the rows are
  // memoised by hand and get only the virtualiser's stable measureElement.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => shown[i]!.enrollmentId,
    overscan: shown.length <= DRAW_WHOLE ? DRAW_WHOLE : OVERSCAN,
    // The sticky header sits in the scroll box above the rows: rows start below it, and a row
    // scrolled to is not left under it.
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
  })
  useLayoutEffect(() => {
    if (active >= 0 && active < shown.length) virtualizer.scrollToIndex(active, { align: 'auto' })
  }, [active, shown, virtualizer])

  const items = virtualizer.getVirtualItems()
  const before = items.length ? items[0]!.start - headHeight : 0
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0

  return (
    <TableContainer
      ref={scroller}
      component={Paper}
      sx={{ maxHeight: 'calc(100vh - 200px)', minHeight: 240 }}
    >
      <Table size="small" stickyHeader aria-label="点名名单" sx={COMPACT_TABLE}>
        <TableHead ref={head}>
          <TableRow>
            <TableCell sx={{ width: 64 }}>座号</TableCell>
            <TableCell sx={{ width: 112 }}>姓名</TableCell>
            <TableCell sx={{ width: 112 }}>小组</TableCell>
            <TableCell>单位及职务</TableCell>
            <TableCell sx={{ width: 150 }}>考勤</TableCell>
            <RollCallPointsHead />
            <TableCell sx={{ width: '22%' }}>备注</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {items.map((item) => {
            const s = shown[item.index]!
            return (
              <RollCallRow
                key={item.key}
                index={item.index}
                measure={virtualizer.measureElement}
                student={s}
                cell={rowById.get(s.enrollmentId)?.cells[column]}
                active={item.index === active}
                statuses={statuses}
                onPick={props.onPick}
              />
            )
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={7} sx={{ color: 'text.secondary', textAlign: 'center' }}>
                没有找到“{props.query}”
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
