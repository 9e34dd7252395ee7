import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { orgLifeSummary } from '@shared/ledger/orgLife'
import type { LedgerSchemeFields } from '@shared/ledger/scheme'
import {
  ITEM_STATE_LABELS,
  hoursByMonth,
  type ItemStanding,
  type MemberStanding,
  type StandingEntry,
} from '@shared/ledger/standing'
import { Bars } from './Bars'

/** An items scheme (八个一, 党校学员): each item's state with where it comes from, and the hours per month. */
export function MemberStandingPanel(props: {
  scheme: LedgerSchemeFields
  standing: MemberStanding
  /** The member's entries (for the chart). */
  entries: readonly StandingEntry[]
  year: number
  /** The period's heading: "2026 年" or "本班次". */
  periodLabel: string
}) {
  const { scheme, standing } = props
  const volunteer = scheme.items.find((i) => i.rule === 'volunteer')
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2, mb: 2 }}>
      <Paper sx={{ p: 2 }} data-testid="member-standing">
        <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
          {props.periodLabel}完成情况：{standing.met}/{scheme.items.length} 项
          {standing.behind && <Chip size="small" color="warning" label="落后进度" sx={{ ml: 1 }} />}
        </Typography>
        <Table size="small">
          <TableBody>
            {standing.items.map((s) => (
              <TableRow key={s.code} data-testid={`standing-${s.code}`}>
                <TableCell>{scheme.items.find((i) => i.code === s.code)?.label ?? s.code}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{stateLabel(s)}</TableCell>
                <TableCell>{itemDetail(s)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {volunteer && (
        <Paper sx={{ p: 2 }}>
          <Bars
            title="每月义工时长（小时）"
            direction="column"
            max={0}
            bars={hoursByMonth(props.entries, volunteer.code, props.year).map((h, i) => ({
              label: `${i + 1}`,
              value: h,
            }))}
          />
        </Paper>
      )}
    </Box>
  )
}

/** What stands behind an item's state: hours against today's target, the roll call, or the entries. */
function itemDetail(s: ItemStanding): string {
  if (s.volunteer)
    return `${s.volunteer.hours} 小时 / ${s.volunteer.times} 次；按今天的进度应达 ${s.volunteer.dueHours} 小时、${s.volunteer.dueTimes} 次${s.volunteer.behind ? '（落后进度）' : ''}`
  if (s.attendance) return `${orgLifeSummary(s.attendance)}（按考勤自动统计，无需另行记录）`
  return `${s.entryIds.length} 条记录`
}

/** 未开始 would mislead for a roll-call item: the member was absent, or nothing was held yet. */
function stateLabel(s: ItemStanding): string {
  const a = s.attendance
  if (!a || s.state === 'met') return ITEM_STATE_LABELS[s.state]
  if (a.held === 0) return '尚未点名'
  return s.state === 'inProgress' ? '有缺席' : '未出席'
}
