import { Link as RouterLink } from 'react-router'
import Button from '@mui/material/Button'
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
import { checklistStatusLabel, type TodoEntry } from '@shared/checklist'
import type { ClassRecord } from '../../db/core/database'
import { overdueLabel } from './format'
import type { ItemWrites } from './useItemWrites'
import { TaskTicks } from './TaskTicks'

/**
 * One section of 我的待办; each entry opens its class's checklist at the item, and can be worked
 * here: its 具体工作 lines tick (the last tick completes it) and 完成 closes it, both undoable.
 */
export function TodoTable(props: {
  title: string
  entries: TodoEntry[]
  classes: Map<string, ClassRecord>
  today: string
  empty: string
  writes: ItemWrites
}) {
  return (
    <section aria-label={props.title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {props.title}（{props.entries.length}）
      </Typography>
      <TableContainer component={Paper}>
        <Table size="small" aria-label={props.title} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '22%' }}>班次</TableCell>
              <TableCell sx={{ width: 110 }}>事项</TableCell>
              <TableCell>具体工作</TableCell>
              <TableCell sx={{ width: 150 }}>截止日期</TableCell>
              <TableCell sx={{ width: 110 }}>负责人</TableCell>
              <TableCell sx={{ width: 96 }}>状态</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.entries.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} align="center" sx={{ color: 'text.secondary', py: 3 }}>
                  {props.empty}
                </TableCell>
              </TableRow>
            )}
            {props.entries.map(({ classId, item }) => {
              const late = overdueLabel(item, props.today)
              const to = `/classes/${classId}/checklist?item=${encodeURIComponent(item.code)}`
              return (
                <TableRow
                  key={`${classId}:${item.code}`}
                  data-testid="todo-entry"
                  sx={{ verticalAlign: 'top' }}
                >
                  <TableCell>
                    <Link component={RouterLink} to={to}>
                      {props.classes.get(classId)?.name ?? '（班次）'}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ fontWeight: 600, whiteSpace: 'pre-line' }}>{item.matter}</TableCell>
                  <TableCell>
                    <TaskTicks
                      tasks={item.tasks}
                      onTick={(i, done) => props.writes.tick(classId, item, i, done)}
                    />
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ color: late ? 'error.main' : undefined }}>
                      {item.dueDate}
                    </Typography>
                    {late && <Chip size="small" color="error" label={late} sx={{ mt: 0.5 }} />}
                  </TableCell>
                  <TableCell>{item.responsible.join('、')}</TableCell>
                  <TableCell>
                    <Typography variant="body2">{checklistStatusLabel(item.status)}</Typography>
                    <Button
                      size="small"
                      variant="outlined"
                      sx={{ mt: 0.5, minWidth: 0 }}
                      onClick={() => props.writes.complete(classId, item)}
                    >
                      完成
                    </Button>
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  )
}
