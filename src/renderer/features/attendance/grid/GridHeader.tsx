import type { SessionAttendance } from '@shared/attendance/register'
import { slotLabel } from '@shared/plan/session'
import type { SessionRecord } from '../../../db/attendance/attendanceRecords'
import { sessionLabel } from '@shared/plan/sessionFormat'
import { COL_W, HEADER_H, NAME_W, SUMMARY_COLUMNS, SUMMARY_OFFSETS, SUMMARY_W } from './gridGeometry'

const headerCell = {
  position: 'absolute',
  top: 0,
  height: HEADER_H,
  borderBottom: '1px solid #bdbdbd',
  borderRight: '1px solid #e0e0e0',
  background: '#eeeeee',
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
 * The grid's header row, stuck to the top: 座号 姓名 on the left, a column per session in view
 * (date, half-day, attendance rate; red under 90 %), the totals' titles on the right.
 */
export function GridHeader(props: {
  sessions: readonly SessionRecord[]
  totals: readonly SessionAttendance[]
  cols: readonly number[]
  selectedCol: number
  totalWidth: number
}) {
  return (
    <div
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 3,
        height: HEADER_H,
        width: props.totalWidth,
        display: 'flex',
        background: '#eeeeee',
      }}
    >
      <div
        style={{
          position: 'sticky',
          left: 0,
          zIndex: 4,
          flex: 'none',
          width: NAME_W,
          height: HEADER_H,
          boxSizing: 'border-box',
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
      {props.cols.map((c) => {
        const s = props.sessions[c]!
        const rate = props.totals[c]?.rate
        const percent = rate != null ? `${Math.round(rate * 100)}%` : ''
        return (
          <div
            key={s.id}
            title={`${sessionLabel(s)}\n${s.start}–${s.end}，${s.hours} 学时${percent ? `\n出勤率 ${percent}` : ''}`}
            style={{
              ...headerCell,
              left: NAME_W + c * COL_W,
              width: COL_W,
              background: c === props.selectedCol ? '#ffe0e0' : '#eeeeee',
            }}
          >
            <span>{`${Number(s.date.slice(5, 7))}/${Number(s.date.slice(8, 10))}`}</span>
            <span>{slotLabel(s.slot).slice(0, 1)}</span>
            <span style={{ color: rate != null && rate < 0.9 ? '#c62828' : '#616161', fontSize: 11 }}>
              {percent}
            </span>
          </div>
        )
      })}
      <div style={{ flex: 'none', width: props.sessions.length * COL_W }} />
      <div
        style={{
          position: 'sticky',
          right: 0,
          zIndex: 4,
          flex: 'none',
          width: SUMMARY_W,
          height: HEADER_H,
          background: '#eeeeee',
        }}
      >
        {SUMMARY_COLUMNS.map((col, i) => (
          <div
            key={col.key}
            style={{
              ...headerCell,
              left: SUMMARY_OFFSETS[i],
              width: col.width,
              alignItems: 'flex-end',
              justifyContent: 'flex-end',
              paddingBottom: 4,
              fontWeight: 700,
              borderLeft: i === 0 ? '1px solid #bdbdbd' : undefined,
            }}
          >
            {col.label}
          </div>
        ))}
      </div>
    </div>
  )
}
