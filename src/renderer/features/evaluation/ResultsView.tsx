import Alert from '@mui/material/Alert'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { QuestionnaireResults } from '@shared/evaluation/results'
import { MIN_ANSWERS, MIN_SHARE_PERCENT } from '@shared/evaluation/publication'
import { DistributionBar, DistributionLegend } from './DistributionBar'

/**
 * The results, or why they are not shown: at least 2 answers and 20 % of the class, so that no
 * answer can be traced to a person. Never names (the sheets carry none).
 */
export function ResultsView(props: { results: QuestionnaireResults; problem: string | null }) {
  const { results, problem } = props
  if (problem)
    return (
      <Alert severity="info" data-testid="evaluation-withheld">
        暂不公布结果：{problem}。（结果至少需 {MIN_ANSWERS} 份答卷且不少于全班人数的 {MIN_SHARE_PERCENT}
        %，以免推知个人作答。）
      </Alert>
    )
  const labels = results.ratings[0]?.counts.map((c) => c.label) ?? []
  return (
    <Paper sx={{ p: 1.5 }} data-testid="evaluation-results">
      <Typography variant="subtitle1" sx={{ mb: 0.5 }}>
        结果：{results.responses} 份答卷，总体平均分 {results.overallMean ?? '—'}{' '}
        <DistributionLegend labels={labels} />
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>类别</TableCell>
            <TableCell>题目</TableCell>
            <TableCell align="right">作答</TableCell>
            <TableCell align="right">平均分</TableCell>
            <TableCell sx={{ width: '40%' }}>分布</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {results.ratings.map((r) => (
            <TableRow key={r.question.code} data-testid="evaluation-result-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.question.section}</TableCell>
              <TableCell>{r.question.text}</TableCell>
              <TableCell align="right">{r.answered}</TableCell>
              <TableCell align="right">{r.mean ?? '—'}</TableCell>
              <TableCell>
                <DistributionBar result={r} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {results.texts.map((t) => (
        <div key={t.question.code}>
          <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
            {t.question.text}（{t.answers.length} 条）
          </Typography>
          {t.answers.map((a, i) => (
            <Typography key={i} variant="body2" sx={{ pl: 1 }}>
              {i + 1}. {a}
            </Typography>
          ))}
        </div>
      ))}
    </Paper>
  )
}
