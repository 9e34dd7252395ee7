import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import type { OverviewRow } from '@shared/ledger/overview'
import { OUTCOME_LABELS } from '@shared/ledger/quantified'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

/** Scheme 3 at a glance: each member's category scores, survey, total and outcome, the lowest first. */
export function BranchScoreTable(props: {
  data: BranchData
  rows: OverviewRow<LedgerMemberRecord>[]
  onOpen: (m: LedgerMemberRecord) => void
}) {
  return (
    <Table size="small" aria-label="量化考核" data-testid="branch-scores">
      <TableHead>
        <TableRow>
          <TableCell>姓名</TableCell>
          <TableCell>考核类别</TableCell>
          <TableCell>各项得分</TableCell>
          <TableCell align="right">量化得分</TableCell>
          <TableCell align="right">民主测评</TableCell>
          <TableCell align="right">总分</TableCell>
          <TableCell>结果</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(({ member, sheet }) => (
          <TableRow key={member.id} hover data-testid="score-row">
            <TableCell>
              <Button size="small" onClick={() => props.onOpen(member)}>
                {member.name}
              </Button>
            </TableCell>
            <TableCell>{sheet!.form.label}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {sheet!.vetoed ? '—' : sheet!.categories.map((c) => `${c.label} ${c.score}`).join(' · ')}
            </TableCell>
            <TableCell align="right">{sheet!.vetoed ? '—' : sheet!.score.quantified}</TableCell>
            <TableCell align="right">{sheet!.score.survey ?? '—'}</TableCell>
            <TableCell align="right">{sheet!.score.total ?? '—'}</TableCell>
            <TableCell>
              {sheet!.surveyMissing ? (
                <Chip size="small" label="待民主测评" />
              ) : (
                <Chip
                  size="small"
                  color={
                    sheet!.score.outcome === 'commended'
                      ? 'success'
                      : sheet!.score.outcome === 'ordinary'
                        ? 'default'
                        : 'error'
                  }
                  label={OUTCOME_LABELS[sheet!.score.outcome]}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
