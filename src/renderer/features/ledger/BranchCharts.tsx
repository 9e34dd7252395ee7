import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import type { OverviewRow } from '@shared/ledger/overview'
import { hoursByMonth } from '@shared/ledger/standing'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'
import { Bars } from './Bars'

/** Where people would rather look: items met (or totals) per member, and the branch's hours per month. */
export function BranchCharts(props: { data: BranchData; rows: OverviewRow<LedgerMemberRecord>[] }) {
  const { scheme, branch } = props.data
  const volunteer = scheme.items.find((i) => i.rule === 'volunteer')
  if (props.rows.length === 0) return null
  // The rows come sorted by who needs attention: a long branch shows its first 20, and says so.
  const more = props.rows.length > 20 ? `（最需关注的 20 人，共 ${props.rows.length} 人）` : ''
  const months = volunteer ? hoursByMonth(props.data.entries, volunteer.code, branch.year) : []
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <Paper sx={{ p: 2 }}>
        {scheme.kind === 'items' ? (
          <Bars
            title={`每人完成项目数${more}`}
            max={scheme.items.length}
            bars={props.rows.slice(0, 20).map((r) => ({
              label: r.member.name,
              value: r.standing!.met,
              shown: `${r.standing!.met}/${scheme.items.length}`,
              warn: r.standing!.behind,
            }))}
          />
        ) : (
          <Bars
            title={`每人总分${more}`}
            max={100}
            bars={props.rows.slice(0, 20).map((r) => ({
              label: r.member.name,
              value: r.sheet!.score.total ?? 0,
              shown: r.sheet!.vetoed ? '否决' : String(r.sheet!.score.total ?? '—'),
              warn: r.sheet!.vetoed || r.sheet!.score.outcome === 'unqualified',
            }))}
          />
        )}
      </Paper>
      {volunteer && (
        <Paper sx={{ p: 2 }}>
          <Bars
            title={`全支部每月义工时长（${branch.year} 年，小时）`}
            direction="column"
            max={0}
            bars={months.map((h, i) => ({ label: `${i + 1}月`, value: h }))}
          />
        </Paper>
      )}
    </Box>
  )
}
