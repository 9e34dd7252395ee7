import Alert from '@mui/material/Alert'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { DELETE_EDIT_RULE_TEXT, type ImportPlan, type ImportRefusalCode } from '@shared/sync/importPlan'
import { syncTableLabel } from '../../db/sync/syncTableLabels'
import type { ConfirmCode, Confirmations } from './importFlow'

const CONFIRM_LABELS: Partial<Record<ImportRefusalCode, string>> = {
  olderThanMerged: '我知道这个文件可能已经导入过，仍要导入',
  massDelete: '我已和对方确认这些删除是有意的，仍要导入',
  massOverwrite: '我已和对方确认这些修改是有意的，仍要导入',
}

/**
 * The dry run: what the file would add, change, move to the recycle bin and
 * put in conflict, per area; why it is refused; what the user must confirm.
 */
export function ImportDryRun({
  plan,
  confirmed,
  onConfirm,
}: {
  plan: ImportPlan
  /** What the user has ticked; the plan catches up once it is made again. */
  confirmed: Confirmations
  onConfirm: (code: ConfirmCode, confirmed: boolean) => void
}) {
  const hard = plan.refusals.filter((r) => !r.overridable)
  const soft = plan.refusals.filter((r) => r.overridable)
  const rows = Object.entries(plan.tables).filter(
    ([, c]) => c.added + c.changed + c.deleted + c.conflicts > 0,
  )
  return (
    <Stack spacing={2} data-testid="dry-run">
      {hard.map((r) => (
        <Alert key={r.code} severity="error" data-testid="refusal">
          <strong>不能导入：</strong>
          {r.message}
        </Alert>
      ))}
      {soft.map((r) => (
        <Alert key={`${r.code}-${r.table ?? ''}`} severity="warning" data-testid="refusal">
          {r.message}
          {CONFIRM_LABELS[r.code] && (
            <FormControlLabel
              sx={{ display: 'flex', mt: 1 }}
              control={
                <Checkbox
                  checked={confirmed[r.code as ConfirmCode] === true}
                  onChange={(e) => onConfirm(r.code as ConfirmCode, e.target.checked)}
                />
              }
              label={CONFIRM_LABELS[r.code]}
            />
          )}
        </Alert>
      ))}
      {plan.warnings.map((w) => (
        <Alert key={w.code} severity="warning">
          {w.message}
        </Alert>
      ))}
      {hard.length === 0 && (
        <>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            导入后本机的变化（试运行，尚未更改任何数据）
          </Typography>
          {rows.length === 0 ? (
            <Alert severity="info">此文件没有本机还没有的内容，导入不会改变任何数据。</Alert>
          ) : (
            <Table size="small" aria-label="试运行结果">
              <TableHead>
                <TableRow>
                  <TableCell>数据区域</TableCell>
                  <TableCell align="right">新增</TableCell>
                  <TableCell align="right">修改</TableCell>
                  <TableCell align="right">移入回收站</TableCell>
                  <TableCell align="right">冲突</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map(([table, c]) => (
                  <TableRow key={table}>
                    <TableCell>{syncTableLabel(table)}</TableCell>
                    <TableCell align="right">{c.added}</TableCell>
                    <TableCell align="right">{c.changed}</TableCell>
                    <TableCell align="right">{c.deleted}</TableCell>
                    <TableCell align="right">{c.conflicts}</TableCell>
                  </TableRow>
                ))}
                <TableRow sx={{ '& td': { fontWeight: 600 } }}>
                  <TableCell>合计</TableCell>
                  <TableCell align="right">{plan.totals.added}</TableCell>
                  <TableCell align="right">{plan.totals.changed}</TableCell>
                  <TableCell align="right">{plan.totals.deleted}</TableCell>
                  <TableCell align="right">{plan.totals.conflicts}</TableCell>
                </TableRow>
              </TableBody>
            </Table>
          )}
          {plan.totals.deleteEdit > 0 && (
            <Alert severity="info" data-testid="delete-edit">
              其中 {plan.totals.deleteEdit} 条记录一方删除、另一方同时修改过（
              {rows
                .filter(([, c]) => c.deleteEdit > 0)
                .map(([t, c]) => `${syncTableLabel(t)} ${c.deleteEdit} 条`)
                .join('、')}
              ）：它们将进入回收站，并带有修改后的内容，需要时可从回收站恢复。
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary">
            合并规则：同一项内容两边都改过时，以较晚的修改为准，被覆盖的值记入“冲突记录”，可一键恢复。
            {DELETE_EDIT_RULE_TEXT}
          </Typography>
        </>
      )}
    </Stack>
  )
}
