import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import dayjs from 'dayjs'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { assessmentDueSoon, daysToEndText } from '@shared/assessment/due'
import type { ClassRecord } from '../../db/core/database'
import { useClassAssessment } from '../../db/assessment/assessmentHooks'

/** The class's assessment progress for its 概况: students complete, and what each still lacks. */
export function AssessmentProgress({ cls }: { cls: ClassRecord }) {
  const view = useClassAssessment(cls)
  const [open, setOpen] = useState(false)
  if (!view) return null
  const { summary } = view
  const lacking = summary.students.filter((s) => s.missing.length > 0)
  return (
    <Paper sx={{ p: 2, mt: 2 }} data-testid="assessment-summary">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1">考核</Typography>
        <Box sx={{ flex: 1, maxWidth: 320 }}>
          <LinearProgress
            variant="determinate"
            value={summary.n ? (100 * summary.completeCount) / summary.n : 0}
            aria-label="考核进度"
          />
        </Box>
        <Typography variant="body2">
          {summary.finalised ? '已定稿；' : ''}考核完整 {summary.completeCount}/{summary.n} 人，定性评价{' '}
          {summary.evaluatedCount}/{summary.n} 人
          {summary.n > 0 && !summary.finalised ? `，优秀 ${summary.excellentCount} 人` : ''}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {lacking.length > 0 && (
          <Button size="small" onClick={() => setOpen(!open)}>
            {open ? '收起' : `缺项明细（${lacking.length} 人）`}
          </Button>
        )}
        <Button size="small" component={RouterLink} to={`/classes/${cls.id}/assessment`}>
          去考核
        </Button>
      </Stack>
      {open && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 3, maxHeight: 240, overflow: 'auto' }}>
          {lacking.map((s) => (
            <li key={s.enrollmentId}>
              <Typography variant="body2">
                {s.name}：{s.missing.join('、')}
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Paper>
  )
}

/** 首页: classes ending within two weeks (or past their end) whose assessment is not finalised. */
export function AssessmentDueList({ classes }: { classes: readonly ClassRecord[] }) {
  const today = dayjs().format('YYYY-MM-DD')
  const due = classes.filter((c) => assessmentDueSoon(c, today))
  if (due.length === 0) return null
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="h6" gutterBottom>
        即将结业、考核未完成的班次
      </Typography>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="即将结业、考核未完成的班次">
          <TableHead>
            <TableRow>
              <TableCell>班次</TableCell>
              <TableCell sx={{ width: 160 }}>结业</TableCell>
              <TableCell>考核</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {due.map((c) => (
              <DueRow key={c.id} cls={c} today={today} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  )
}

function DueRow({ cls, today }: { cls: ClassRecord; today: string }) {
  const view = useClassAssessment(cls)
  if (!view || view.summary.finalised) return null
  const { summary } = view
  return (
    <TableRow data-testid="assessment-due">
      <TableCell>
        <Link component={RouterLink} to={`/classes/${cls.id}/assessment`} sx={{ fontWeight: 600 }}>
          {cls.name}
        </Link>
      </TableCell>
      <TableCell>
        {cls.endDate}（{daysToEndText(cls.endDate, today)}）
      </TableCell>
      <TableCell>
        考核完整 {summary.completeCount}/{summary.n} 人，未定稿
        {summary.blockers[0] ? `；${summary.blockers[0]}` : ''}
      </TableCell>
    </TableRow>
  )
}
