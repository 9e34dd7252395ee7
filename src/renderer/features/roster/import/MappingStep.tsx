import Alert from '@mui/material/Alert'
import Chip from '@mui/material/Chip'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { ROSTER_FIELDS, ROSTER_FIELD_LABELS, isRosterField, type RosterField } from '@shared/roster/fields'
import { missingHeaderReason, type ColumnMapping } from '@shared/roster/headerMap'
import { splitUnitAndPost } from '@shared/roster/unitAndPost'
import type { RosterImport } from './useRosterImport'

const HOW_LABELS: Record<
  ColumnMapping['how'],
  { label: string; color: 'default' | 'warning' | 'info' } | null
> = {
  exact: null,
  keyword: { label: '推测', color: 'warning' },
  user: { label: '已修改', color: 'info' },
  none: null,
}

/** How many rows the header row can be chosen from (title rows sit above it). */
const HEADER_CHOICES = 10

/**
 * Step 2: which column is which. Each guess is shown with how sure it is; any column can be
 * set to another field or to 不导入, and the header row itself can be moved.
 */
export function MappingStep({ flow }: { flow: RosterImport }) {
  const { workbook, mapping } = flow
  if (!workbook) return null
  const text = workbook.sheet.text
  const headerRowIndex = mapping?.headerRowIndex
  const samples = (column: number, count = 2) =>
    mapping
      ? text
          .slice(mapping.dataStartIndex)
          .map((row) => (row[column] ?? '').trim())
          .filter(Boolean)
          .slice(0, count)
      : []
  const setField = (index: number, value: string) =>
    flow.setOverrides((o) => ({ ...o, [index]: isRosterField(value) ? value : null }))
  const combined = mapping?.byField.unitAndPost
  const splitExamples =
    mapping && combined !== undefined && mapping.byField.unit === undefined
      ? samples(combined, 3).map((t) => ({ text: t, guess: splitUnitAndPost(t) }))
      : []

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography>
          工作表“{workbook.sheet.name}”，共 {workbook.sheet.rowCount}{' '}
          行。请核对每一列将导入为什么，有误的请改正。
        </Typography>
        <TextField
          select
          label="表头所在行"
          value={headerRowIndex ?? ''}
          onChange={(e) => flow.setHeaderRow(Number(e.target.value))}
          sx={{ minWidth: 320 }}
        >
          {text.slice(0, HEADER_CHOICES).map((row, i) => (
            <MenuItem key={i} value={i}>
              第{i + 1}行：{row.filter(Boolean).slice(0, 5).join('、').slice(0, 30) || '（空行）'}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {!mapping &&
        (missingHeaderReason(text) === 'teachingPlan' ? (
          <Alert severity="warning">
            这个文件看起来是教学计划（课表），不是花名册。请重新选择花名册文件；教学计划请在班次的“教学计划”页导入。
          </Alert>
        ) : (
          <Alert severity="warning">没有找到表头行，请在上面选择表头在第几行。</Alert>
        ))}
      {mapping?.problems.map((p) => (
        <Alert key={p} severity="warning">
          {p}
        </Alert>
      ))}
      {splitExamples.length > 0 && (
        <Alert severity="info">
          “{ROSTER_FIELD_LABELS.unitAndPost}”一列将拆分为单位和职务，例如：
          {splitExamples.map((x) => (
            <div key={x.text}>
              {x.text} → 单位“{x.guess.unit}”，职务“{x.guess.post || '（无）'}”
            </div>
          ))}
          拆分结果可在下一步逐行核对和修改。
        </Alert>
      )}
      {mapping && (
        <TableContainer sx={{ maxHeight: '50vh' }}>
          <Table size="small" stickyHeader aria-label="列对应">
            <TableHead>
              <TableRow>
                <TableCell>列</TableCell>
                <TableCell>文件中的表头</TableCell>
                <TableCell>示例</TableCell>
                <TableCell sx={{ width: 260 }}>导入为</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mapping.columns.map((c) => {
                const how = HOW_LABELS[c.how]
                return (
                  <TableRow key={c.index}>
                    <TableCell>{c.letter}</TableCell>
                    <TableCell>
                      {c.group ? `${c.group} / ` : ''}
                      {c.header}
                    </TableCell>
                    <TableCell sx={{ color: 'text.secondary' }}>{samples(c.index).join('；')}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <TextField
                          select
                          size="small"
                          value={c.field ?? ''}
                          onChange={(e) => setField(c.index, e.target.value)}
                          slotProps={{
                            htmlInput: { 'aria-label': `${c.letter}列（${c.header}）导入为` },
                            select: { displayEmpty: true },
                          }}
                          sx={{ minWidth: 150 }}
                        >
                          <MenuItem value="">不导入</MenuItem>
                          {ROSTER_FIELDS.map((f: RosterField) => (
                            <MenuItem key={f} value={f}>
                              {ROSTER_FIELD_LABELS[f]}
                            </MenuItem>
                          ))}
                        </TextField>
                        {how && <Chip size="small" label={how.label} color={how.color} variant="outlined" />}
                        {c.note === 'rowNumber' && <Chip size="small" label="序号" variant="outlined" />}
                        {c.note === 'duplicate' && (
                          <Chip size="small" label="与其他列重复" variant="outlined" />
                        )}
                      </Stack>
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  )
}
