import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { ClassChecklistItem, PhaseBlock, StatusCounts } from '@shared/checklist'
import { ChecklistItemRow, type ItemActions } from './ChecklistItemRow'
import { ProgressLine } from './ProgressLine'

/** One part of the table (开班准备（开班前）…) with its progress and its items. */
export function ChecklistPhaseSection(props: {
  block: PhaseBlock<ClassChecklistItem>
  counts: StatusCounts
  today: string
  highlight: string | null
  actions: ItemActions
}) {
  const { block } = props
  return (
    <Paper sx={{ mb: 2, overflow: 'hidden' }} component="section" aria-label={block.label}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, minWidth: 170 }}>
          {block.label}
        </Typography>
        <Box sx={{ flexGrow: 1, maxWidth: 420 }}>
          <ProgressLine counts={props.counts} label={`${block.label}进度`} />
        </Box>
      </Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={`${block.label}事项`} sx={{ tableLayout: 'fixed', minWidth: 860 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 120 }}>事项</TableCell>
              <TableCell>具体工作</TableCell>
              <TableCell sx={{ width: 150 }}>责任人</TableCell>
              <TableCell sx={{ width: 132 }}>截止日期</TableCell>
              <TableCell sx={{ width: 100 }}>负责人</TableCell>
              <TableCell sx={{ width: 130 }}>状态</TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {block.groups.flatMap((group) =>
              group.rows.map((item, i) => (
                <ChecklistItemRow
                  key={item.code}
                  item={item}
                  matter={i === 0 ? { text: group.matter, rowSpan: group.rows.length } : null}
                  today={props.today}
                  highlighted={props.highlight === item.code}
                  actions={props.actions}
                />
              )),
            )}
          </TableBody>
        </Table>
      </Box>
    </Paper>
  )
}
