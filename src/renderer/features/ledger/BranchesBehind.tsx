import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { branchOverview } from '@shared/ledger/overview'
import { lastEndedQuarter, quarterKey } from '@shared/ledger/quarter'
import { todayIso } from '../../ui/dates'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import { ledgerPrintPath } from './ledgerPrintPath'
import { useAllBranchData } from '../../db/ledger/ledgerHooks'

/** 首页: branches with members behind the pro-rata target (落后进度) or entries waiting for 支部审核. */
export function BranchesBehind() {
  const all = useAllBranchData()
  const navigate = useNavigate()
  const today = todayIso()
  const list = useMemo(
    () =>
      (all ?? [])
        .map((d) => {
          const rows = branchOverview(d.scheme, d.members, d.entries, d.reviews, d.branch.year, today)
          return {
            d,
            behind: rows.filter((r) => r.standing?.behind).map((r) => r.member.name),
            pending: d.entries.filter((e) => e.review === 'submitted').length,
            report: reportDue(d, today),
          }
        })
        .filter((x) => x.behind.length > 0 || x.pending > 0 || x.report !== null),
    [all, today],
  )
  if (list.length === 0) return null
  return (
    <>
      <Typography variant="h6" gutterBottom sx={{ mt: 3 }}>
        党性锻炼
      </Typography>
      <Paper sx={{ p: 1 }} data-testid="home-ledger">
        {list.map(({ d, behind, pending, report }) => (
          <Stack
            key={d.branch.id}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', p: 0.5 }}
            useFlexGap
          >
            <Button size="small" onClick={() => void navigate(`/ledger/${d.branch.id}`)}>
              {d.branch.name}
            </Button>
            {behind.length > 0 && (
              <Chip
                size="small"
                color="warning"
                label={`${behind.length} 人落后进度`}
                title={behind.join('、')}
              />
            )}
            {pending > 0 && <Chip size="small" label={`${pending} 条待审核`} />}
            {report !== null && (
              <Chip
                size="small"
                color="info"
                label={`第${report}季度阶段性总结待上报`}
                onClick={() =>
                  void navigate(
                    ledgerPrintPath(d.branch.id, 'quarter', undefined, quarterKey(d.branch.year, report)),
                  )
                }
              />
            )}
            <Typography variant="body2" color="text.secondary" noWrap>
              {behind.slice(0, 6).join('、')}
              {behind.length > 6 ? ' 等' : ''}
            </Typography>
          </Stack>
        ))}
      </Paper>
    </>
  )
}

/** The quarter (of the branch's year) whose 阶段性总结 is due: ended and not marked 已上报. */
function reportDue(d: BranchData, today: string): number | null {
  if (d.scheme.period !== 'year' || d.scheme.kind !== 'items') return null
  const q = lastEndedQuarter(d.branch.year, today)
  return q !== null && !(d.branch.reportedQuarters ?? []).includes(quarterKey(d.branch.year, q)) ? q : null
}
