import { memo } from 'react'
import type { RegisterCell, StudentRegisterRow } from '@shared/attendance/register'
import { statusOf, type AttendanceStatus } from '@shared/attendance/status'
import { COL_W, NAME_W, ROW_H } from './gridGeometry'

export interface GridRowProps {
  row: StudentRegisterRow
  index: number
  cols: readonly number[]
  statuses: readonly AttendanceStatus[]
  /** The selected column when the selection is on this row, else -1. */
  selectedCol: number
  onSelect: (row: number, col: number, open: boolean) => void
}

/**
 * One student's cells in view. Memoised on the row object: the register cache hands back the same
 * row for students whose marks did not change, so a key press re-renders one row, not the screen.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
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
            rowIndex={props.index}
            colIndex={c}
            selected={c === props.selectedCol}
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
    a.onSelect === b.onSelect &&
    a.cols.length === b.cols.length &&
    a.cols[0] === b.cols[0]
  )
}

/** What a cell's tooltip says: the status with minutes, where it comes from, the note, a conflict. */
export function cellTitle(cell: RegisterCell, status: AttendanceStatus): string {
  if (cell.uncalled) return '未点名：本节尚未完成点名'
  return [
    status.label + (cell.minutes ? ` ${cell.minutes}分钟` : ''),
    !cell.marked && cell.leave ? '按已批准的请假' : '',
    cell.note,
    cell.conflict?.message ?? '',
  ]
    .filter(Boolean)
    .join('；')
}

/**
 * A marked exception is filled with the status colour; a status that follows approved leave is
 * tinted; 出勤 by default is blank, so the exceptions stand out; a cell of a session not yet called
 * is grey.
 */
function Cell(props: {
  cell: RegisterCell
  statuses: readonly AttendanceStatus[]
  rowIndex: number
  colIndex: number
  selected: boolean
  onSelect: (row: number, col: number, open: boolean) => void
}) {
  const { cell } = props
  const s = statusOf(props.statuses, cell.status)
  const exception = cell.status !== 'present'
  const filled = cell.marked && exception
  return (
    <div
      role="gridcell"
      aria-selected={props.selected}
      data-testid="grid-cell"
      data-row={props.rowIndex}
      data-col={props.colIndex}
      data-status={cell.uncalled ? 'uncalled' : cell.status}
      title={cellTitle(cell, s)}
      onClick={() => props.onSelect(props.rowIndex, props.colIndex, false)}
      onDoubleClick={() => props.onSelect(props.rowIndex, props.colIndex, true)}
      style={{
        position: 'absolute',
        top: props.rowIndex * ROW_H,
        left: NAME_W + props.colIndex * COL_W,
        width: COL_W,
        height: ROW_H,
        lineHeight: `${ROW_H}px`,
        textAlign: 'center',
        boxSizing: 'border-box',
        borderRight: '1px solid #eeeeee',
        borderBottom: '1px solid #eeeeee',
        // Not called yet (issue 11): grey, so it does not read as 出勤.
        background: filled ? s.color : exception ? `${s.color}22` : cell.uncalled ? '#f5f5f5' : undefined,
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
