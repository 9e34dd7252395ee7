import { useMemo } from 'react'
import { Link as RouterLink } from 'react-router'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { checklistSummary } from '@shared/checklist'
import { classStatusLabel, suggestFinish } from '@shared/domain/trainingClass'
import { todayIso } from '../../ui/dates'
import { useAllChecklists } from '../../db/checklist/checklistHooks'
import type { ClassRecord } from '../../db/core/database'
import { ProgressLine } from './ProgressLine'
import { useReconcileChecklists } from './useReconcile'

/** For the home page: per class, how far its duty checklist is and how many items are late. */
export function ClassesChecklistProgress({ classes }: { classes: ClassRecord[] }) {
  useReconcileChecklists(classes)
  const all = useAllChecklists()
  const byClass = useMemo(() => new Map((all ?? []).map((c) => [c.classId, c])), [all])
  const today = todayIso()
  if (classes.length === 0) return null
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="班务事项进度">
        <TableHead>
          <TableRow>
            <TableCell>班次</TableCell>
            <TableCell sx={{ width: 120 }}>状态</TableCell>
            <TableCell sx={{ width: '40%' }}>班务事项进度</TableCell>
            <TableCell sx={{ width: 130 }}>逾期</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {classes.map((c) => {
            const checklist = byClass.get(c.id)
            const summary = checklist && checklistSummary(checklist.items, today)
            return (
              <TableRow key={c.id} data-testid="class-checklist-progress">
                <TableCell>
                  <Link component={RouterLink} to={`/classes/${c.id}/checklist`} sx={{ fontWeight: 600 }}>
                    {c.name}
                  </Link>
                </TableCell>
                <TableCell>
                  {classStatusLabel(c.status)}
                  {suggestFinish(c, today) && (
                    <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
                      已过结业日期
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {summary ? (
                    <ProgressLine counts={summary} label={`${c.name}班务事项进度`} />
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      正在生成事项表…
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {summary &&
                    (summary.overdue > 0 ? (
                      <Chip size="small" color="error" label={`逾期 ${summary.overdue} 项`} />
                    ) : (
                      <Typography variant="body2" color="text.secondary">
                        无逾期
                      </Typography>
                    ))}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
