import { memo } from 'react'
import type { StudentRegisterRow } from '@shared/attendance/register'
import { formatHours, isZeroHours } from '@shared/plan/hours'
import { ROW_H, SUMMARY_COLUMNS, SUMMARY_OFFSETS } from './gridGeometry'

/** A student's seat and name in the sticky left column; the selected row is tinted. */
export function NameCell(props: { label: string; index: number; selected: boolean; width: number }) {
  return (
    <div
      style={{
        position: 'absolute',
        top: props.index * ROW_H,
        height: ROW_H,
        width: props.width,
        boxSizing: 'border-box',
        lineHeight: `${ROW_H}px`,
        padding: '0 6px',
        borderBottom: '1px solid #eeeeee',
        borderRight: '1px solid #bdbdbd',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        background: props.selected ? '#ffe0e0' : undefined,
      }}
    >
      {props.label}
    </div>
  )
}

const METER_COLOUR: Partial<Record<StudentRegisterRow['standing']['meter']['level'], string>> = {
  overLimit: '#c62828',
  atLimit: '#ef6c00',
  warn80: '#ef6c00',
  notice50: '#0277bd',
}

/**
 * A student's totals in the sticky right column: sessions attended, leave and 旷课 hours, and the
 * leave meter (used / allowed) coloured by its level. Memoised on the row like the cells.
 */
export const SummaryCells = memo(function SummaryCells(props: { row: StudentRegisterRow; index: number }) {
  const { row } = props
  const meter = row.standing.meter
  const values: Record<(typeof SUMMARY_COLUMNS)[number]['key'], string> = {
    attended: `${row.attended}/${row.cells.length}`,
    leave: isZeroHours(meter.used) ? '' : formatHours(meter.used),
    absent: isZeroHours(row.absentHours) ? '' : formatHours(row.absentHours),
    meter: meter.level === 'noTotal' ? '—' : `${formatHours(meter.used)}/${formatHours(meter.allowed)}`,
  }
  const colour = METER_COLOUR[meter.level]
  return (
    <>
      {SUMMARY_COLUMNS.map((col, i) => (
        <div
          key={col.key}
          data-summary={col.key}
          data-row={props.index}
          style={{
            position: 'absolute',
            top: props.index * ROW_H,
            left: SUMMARY_OFFSETS[i],
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
          {values[col.key]}
        </div>
      ))}
    </>
  )
})
