import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import type { SessionAttendance } from '@shared/attendance/register'
import { SESSION_CALL_STATE_LABELS } from '@shared/attendance/sessionCall'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { sessionLabel, sessionShortLabel } from '@shared/plan/sessionFormat'

const BAR = 22
const GAP = 6
const HEIGHT = 180
const LEFT = 36
const BOTTOM = 56

/**
 * Attendance rate per session as bars (a plain SVG: no chart library to ship or keep up). Bars
 * under 90 % are red; the dashed line marks 90 %. A bar short of 100 % carries its rate on top,
 * so the sessions that lost someone can be read without hovering; each bar's title names the
 * session and counts. A session not yet called (未点名/点名中) has no rate: a grey stub, not a bar.
 */
export function RateChart(props: {
  sessions: readonly SessionRecord[]
  totals: readonly SessionAttendance[]
}) {
  const width = LEFT + props.sessions.length * (BAR + GAP) + GAP
  const y = (rate: number) => HEIGHT - rate * HEIGHT
  return (
    <Box sx={{ overflowX: 'auto' }} data-testid="rate-chart">
      <svg width={width} height={HEIGHT + BOTTOM + 16} role="img" aria-label="各课程出勤率">
        <g transform="translate(0,14)">
          {[0, 0.5, 1].map((t) => (
            <g key={t}>
              <line x1={LEFT} x2={width} y1={y(t)} y2={y(t)} stroke="#e0e0e0" />
              <text x={LEFT - 4} y={y(t) + 4} fontSize={11} textAnchor="end" fill="#757575">
                {t * 100}%
              </text>
            </g>
          ))}
          <line x1={LEFT} x2={width} y1={y(0.9)} y2={y(0.9)} stroke="#9e9e9e" strokeDasharray="4 3" />
          {props.sessions.map((s, i) => {
            const t = props.totals[i]
            const rate = t?.rate ?? 0
            const x = LEFT + GAP + i * (BAR + GAP)
            if (t && t.rate === null && t.callState !== 'called')
              // Not called yet: no rate to draw (issue 11), a grey stub that says so.
              return (
                <g key={s.id}>
                  <rect
                    x={x}
                    y={HEIGHT - 4}
                    width={BAR}
                    height={4}
                    fill="#bdbdbd"
                    data-testid="rate-bar"
                    data-call-state={t.callState}
                  >
                    <title>{`${sessionLabel(s)}：${SESSION_CALL_STATE_LABELS[t.callState]}，不计入出勤率`}</title>
                  </rect>
                  <text
                    x={x + BAR / 2}
                    y={HEIGHT + 8}
                    fontSize={10}
                    fill="#9e9e9e"
                    transform={`rotate(60 ${x + BAR / 2} ${HEIGHT + 8})`}
                  >
                    {sessionShortLabel(s)}
                  </text>
                </g>
              )
            return (
              <g key={s.id}>
                <rect
                  x={x}
                  y={y(rate)}
                  width={BAR}
                  height={HEIGHT - y(rate)}
                  fill={rate < 0.9 ? '#c62828' : '#2e7d32'}
                  data-testid="rate-bar"
                >
                  <title>
                    {`${sessionLabel(s)}：出勤 ${t?.attended ?? 0}/${t?.expected ?? 0}，${Math.round(rate * 1000) / 10}%`}
                  </title>
                </rect>
                {t?.rate != null && rate < 1 && (
                  <text
                    x={x + BAR / 2}
                    y={y(rate) - 3}
                    fontSize={9}
                    textAnchor="middle"
                    fill={rate < 0.9 ? '#c62828' : '#424242'}
                    data-testid="rate-label"
                  >
                    {Math.round(rate * 100)}%
                  </text>
                )}
                <text
                  x={x + BAR / 2}
                  y={HEIGHT + 8}
                  fontSize={10}
                  fill="#616161"
                  transform={`rotate(60 ${x + BAR / 2} ${HEIGHT + 8})`}
                >
                  {sessionShortLabel(s)}
                </text>
              </g>
            )
          })}
        </g>
      </svg>
      {props.sessions.length === 0 && <Typography color="text.secondary">还没有教学计划。</Typography>}
    </Box>
  )
}
