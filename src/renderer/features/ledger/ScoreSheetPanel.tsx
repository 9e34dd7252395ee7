import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { OUTCOME_LABELS } from '@shared/ledger/quantified'
import type { ScoreSheet } from '@shared/ledger/scoreSheet'

/** The scheme-3 score sheet: each figure with the entries that produced it. */
export function ScoreSheetPanel({ sheet }: { sheet: ScoreSheet }) {
  return (
    <Paper sx={{ p: 2 }} data-testid="score-sheet">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
        量化考核得分表（{sheet.form.label}）
      </Typography>
      {sheet.vetoed && (
        <Alert severity="error" sx={{ mb: 1 }}>
          民主评议为不合格：一票否决，不再进行量化考核。
        </Alert>
      )}
      <Table size="small" sx={{ '& th, & td:first-of-type': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>考核项目</TableCell>
            <TableCell align="right">标准分</TableCell>
            <TableCell align="right">加分</TableCell>
            <TableCell align="right">减分</TableCell>
            <TableCell align="right">得分</TableCell>
            <TableCell>依据</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sheet.categories.map((c) => (
            <TableRow key={c.code} data-testid={`category-${c.code}`}>
              <TableCell>{c.label}</TableCell>
              <TableCell align="right">{c.standard}</TableCell>
              <TableCell align="right">{c.bonuses ? `+${c.bonuses}` : ''}</TableCell>
              <TableCell align="right">{c.deductions ? `−${c.deductions}` : ''}</TableCell>
              <TableCell align="right">
                {sheet.vetoed ? '—' : c.score}
                {!sheet.vetoed && c.clamped === 'standard' && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    超过标准分，按 {c.standard} 分计
                  </Typography>
                )}
                {!sheet.vetoed && c.clamped === 'zero' && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    低于 0 分，按 0 分计
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {c.lines.map((l) => (
                  <Typography key={l.entryId} variant="caption" sx={{ display: 'block' }}>
                    {l.date} {l.rule.label}
                    {l.amount !== 1 ? ` ×${l.amount}` : ''}：{l.points > 0 ? `+${l.points}` : l.points}
                  </Typography>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ mt: 1.5 }} data-testid="score-total">
        {sheet.vetoed ? (
          <Typography sx={{ fontWeight: 700 }}>结果：{OUTCOME_LABELS.vetoed}</Typography>
        ) : (
          <>
            <Typography>
              量化得分 {sheet.score.quantified} × {sheet.quantifiedPercent}% ＋ 民主测评{' '}
              {sheet.score.survey ?? '—'} × {100 - sheet.quantifiedPercent}% ＝ 总分{' '}
              <b>{sheet.score.total ?? '—'}</b>
            </Typography>
            <Typography sx={{ fontWeight: 700 }}>
              结果：{sheet.surveyMissing ? '待民主测评' : OUTCOME_LABELS[sheet.score.outcome]}
            </Typography>
          </>
        )}
        {sheet.readings && (
          <Typography variant="caption" color="text.secondary">
            本方案：{sheet.readings.commend}；{sheet.readings.unqualified}（第十四条）
          </Typography>
        )}
      </Box>
    </Paper>
  )
}
