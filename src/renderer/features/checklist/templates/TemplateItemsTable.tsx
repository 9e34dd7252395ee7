import AddIcon from '@mui/icons-material/Add'
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward'
import BlockIcon from '@mui/icons-material/Block'
import EditIcon from '@mui/icons-material/Edit'
import RestoreIcon from '@mui/icons-material/Restore'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import {
  CHECKLIST_PHASES,
  describeDueRule,
  formatDepartments,
  type ChecklistPhase,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
} from '@shared/checklist'

export interface TemplateEditActions {
  add: (phase: ChecklistPhase) => void
  edit: (item: ChecklistTemplateItem) => void
  move: (item: ChecklistTemplateItem, by: -1 | 1) => void
  retire: (item: ChecklistTemplateItem, retired: boolean) => void
}

/** A template's items per part; with `actions`, each row can be reworded, moved, retired. */
export function TemplateItemsTable({
  template,
  actions,
}: {
  template: ChecklistTemplate
  actions?: TemplateEditActions
}) {
  return (
    <>
      {CHECKLIST_PHASES.map((phase) => {
        const items = template.items.filter((it) => it.phase === phase.code)
        if (items.length === 0 && !actions) return null
        return (
          <Paper
            key={phase.code}
            component="section"
            aria-label={phase.label}
            sx={{ mb: 2, overflow: 'hidden' }}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1 }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, flexGrow: 1 }}>
                {phase.label}
              </Typography>
              {actions && (
                <Button size="small" startIcon={<AddIcon />} onClick={() => actions.add(phase.code)}>
                  添加事项
                </Button>
              )}
            </Box>
            <Table size="small" sx={{ tableLayout: 'fixed' }} aria-label={`${phase.label}模板事项`}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 120 }}>事项</TableCell>
                  <TableCell>具体工作</TableCell>
                  <TableCell sx={{ width: 170 }}>责任人</TableCell>
                  <TableCell sx={{ width: 120 }}>截止</TableCell>
                  {actions && <TableCell sx={{ width: 150 }} align="right" />}
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((item, i) => (
                  <TableRow
                    key={item.code}
                    data-testid={`template-item-${item.code}`}
                    sx={{ verticalAlign: 'top', opacity: item.retired ? 0.55 : 1 }}
                  >
                    <TableCell sx={{ fontWeight: 600, whiteSpace: 'pre-line' }}>
                      {item.matter}
                      {item.retired && <Chip size="small" label="已停用" sx={{ ml: 0.5 }} />}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line' }}>{item.tasks.join('\n')}</TableCell>
                    <TableCell>{formatDepartments(item.departments)}</TableCell>
                    <TableCell>{describeDueRule(item.due)}</TableCell>
                    {actions && (
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <IconButton
                          size="small"
                          aria-label="上移"
                          disabled={i === 0}
                          onClick={() => actions.move(item, -1)}
                        >
                          <ArrowUpwardIcon fontSize="small" />
                        </IconButton>
                        <IconButton
                          size="small"
                          aria-label="下移"
                          disabled={i === items.length - 1}
                          onClick={() => actions.move(item, 1)}
                        >
                          <ArrowDownwardIcon fontSize="small" />
                        </IconButton>
                        <IconButton size="small" aria-label="修改" onClick={() => actions.edit(item)}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                        {item.retired ? (
                          <IconButton
                            size="small"
                            aria-label="恢复"
                            onClick={() => actions.retire(item, false)}
                          >
                            <RestoreIcon fontSize="small" />
                          </IconButton>
                        ) : (
                          <IconButton
                            size="small"
                            aria-label="停用"
                            onClick={() => actions.retire(item, true)}
                          >
                            <BlockIcon fontSize="small" />
                          </IconButton>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
                {items.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={actions ? 5 : 4} align="center" sx={{ color: 'text.secondary' }}>
                      这一部分还没有事项
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </Paper>
        )
      })}
    </>
  )
}
