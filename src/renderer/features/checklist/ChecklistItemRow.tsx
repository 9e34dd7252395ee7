import EditIcon from '@mui/icons-material/Edit'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  CHECKLIST_STATUSES,
  formatDepartments,
  type ChecklistStatus,
  type ClassChecklistItem,
} from '@shared/checklist'
import { completionLabel, overdueLabel } from './format'
import { TaskTicks } from './TaskTicks'

export interface ItemActions {
  tick: (item: ClassChecklistItem, index: number, done: boolean) => void
  setStatus: (item: ClassChecklistItem, status: ChecklistStatus) => void
  edit: (item: ClassChecklistItem) => void
}

/**
 * One item of a class's checklist: the 事项 cell (merged over the rows of one 事项, as on the paper
 * form), its 具体工作 lines as ticks, the offices, due date, people and status. A late item is tinted
 * red and says by how many days.
 */
export function ChecklistItemRow(props: {
  item: ClassChecklistItem
  /** The merged 事项 cell, on the first row of its group only. */
  matter: { text: string; rowSpan: number } | null
  today: string
  highlighted: boolean
  actions: ItemActions
}) {
  const { item, actions } = props
  const late = overdueLabel(item, props.today)
  const done = completionLabel(item)
  return (
    <TableRow
      id={`checklist-item-${item.code}`}
      data-testid={`checklist-item-${item.code}`}
      data-overdue={late ? 'true' : undefined}
      sx={{
        verticalAlign: 'top',
        bgcolor: late ? 'rgba(211, 47, 47, 0.06)' : undefined,
        outline: props.highlighted ? '2px solid' : undefined,
        outlineColor: 'warning.main',
        '& > td': { py: 1 },
      }}
    >
      {props.matter && (
        <TableCell
          rowSpan={props.matter.rowSpan}
          sx={{ fontWeight: 600, whiteSpace: 'pre-line', bgcolor: 'background.paper' }}
        >
          {props.matter.text}
        </TableCell>
      )}
      <TableCell sx={{ borderLeft: late ? '3px solid' : undefined, borderLeftColor: 'error.main' }}>
        <TaskTicks tasks={item.tasks} onTick={(i, done) => actions.tick(item, i, done)} />
        {item.note && (
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: 'block', whiteSpace: 'pre-line' }}
          >
            备注：{item.note}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Typography variant="body2">{formatDepartments(item.departments)}</Typography>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Typography
          variant="body2"
          sx={{ color: late ? 'error.main' : undefined, fontWeight: late ? 600 : undefined }}
        >
          {item.dueDate}
          {item.dueOverridden && (
            <Box component="span" title="本班单独设置的截止日期" sx={{ color: 'text.secondary' }}>
              *
            </Box>
          )}
        </Typography>
        {late && (
          <Chip
            size="small"
            color="error"
            label={late}
            // '已逾期 218 天' must show whole: the label is never cut short with an ellipsis.
            sx={{ mt: 0.5, maxWidth: 'none', '& .MuiChip-label': { overflow: 'visible', px: 0.75 } }}
          />
        )}
      </TableCell>
      <TableCell>
        <Typography variant="body2">{item.responsible.join('、') || '—'}</Typography>
      </TableCell>
      <TableCell>
        <TextField
          select
          size="small"
          fullWidth
          value={item.status}
          onChange={(e) => actions.setStatus(item, e.target.value as ChecklistStatus)}
          slotProps={{ select: { native: true }, htmlInput: { 'aria-label': '状态' } }}
        >
          {CHECKLIST_STATUSES.map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </TextField>
        {done && (
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: 'block', mt: 0.5, whiteSpace: 'pre-line' }}
          >
            {done}
          </Typography>
        )}
      </TableCell>
      <TableCell padding="checkbox">
        <IconButton
          size="small"
          aria-label="编辑事项"
          title="截止日期、负责人、备注"
          onClick={() => actions.edit(item)}
        >
          <EditIcon fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  )
}
