import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { RosterRow } from '@shared/roster/rosterRow'
import { SKIP_REASON_LABELS, describeSummary, type ImportSummary } from '../../../db/roster/rosterImportPlan'

/** How many rows are listed one by one before the rest are counted. */
const LISTED = 50

/**
 * Step 4: what the import did — added, linked, updated — and every row left out with the
 * reason: the row's own problems for rows with errors or warnings.
 */
export function SummaryStep({ summary, rows }: { summary: ImportSummary; rows: readonly RosterRow[] }) {
  const byRow = new Map(rows.map((r) => [r.excelRow, r]))
  return (
    <Stack spacing={2}>
      <Alert severity="success" data-testid="import-summary">
        导入完成：{describeSummary(summary)}
      </Alert>
      {summary.skipped.map((s) => (
        <Box key={s.reason} component="section" aria-label={SKIP_REASON_LABELS[s.reason]}>
          <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
            未导入：{SKIP_REASON_LABELS[s.reason]}（{s.rows.length} 行）
          </Typography>
          {s.reason === 'error' || s.reason === 'warning' ? (
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {s.rows.slice(0, LISTED).map((n) => (
                <li key={n}>
                  {byRow
                    .get(n)
                    ?.problems.map((p) => p.message)
                    .join('；') ?? `第${n}行`}
                </li>
              ))}
              {s.rows.length > LISTED && <li>…… 另有 {s.rows.length - LISTED} 行</li>}
            </Box>
          ) : (
            <Typography color="text.secondary">
              {s.rows
                .slice(0, LISTED)
                .map((n) => `第${n}行${byRow.get(n)?.values.name ? `（${byRow.get(n)!.values.name}）` : ''}`)
                .join('、')}
              {s.rows.length > LISTED ? ` 等 ${s.rows.length} 行` : ''}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  )
}
