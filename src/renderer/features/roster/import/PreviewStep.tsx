import { useMemo, useState } from 'react'
import EditIcon from '@mui/icons-material/EditOutlined'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import IconButton from '@mui/material/IconButton'
import MenuItem from '@mui/material/MenuItem'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { DataGrid, type GridColDef } from '@mui/x-data-grid'
import type { RowClassification } from '@shared/roster/classifyAgainstExisting'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import { maskIdNumber } from '@shared/roster/idCard'
import type { RosterRow } from '@shared/roster/rosterRow'
import {
  decideRow,
  reviewedRow,
  SKIP_REASON_LABELS,
  type AlreadyInClassChoice,
  type RowDecision,
} from '../../../db/roster/rosterImportPlan'
import { UnitPostDialog } from './UnitPostDialog'
import type { RosterImport } from './useRosterImport'

interface PreviewRow {
  id: number
  row: RosterRow
  classification: RowClassification
  decision: RowDecision
  unit: string
  post: string
}

type Filter = 'all' | 'problems' | 'inClass' | 'left'

const STATUS_CHIP = {
  ok: { label: '无问题', color: 'success' },
  warning: { label: '提醒', color: 'warning' },
  error: { label: '错误', color: 'error' },
} as const

function decisionLabel(d: RowDecision): string {
  switch (d.action) {
    case 'add':
      return '新增'
    case 'link':
      return '新增（关联以往学员）'
    case 'update':
      return '更新'
    case 'skip':
      return `不导入：${SKIP_REASON_LABELS[d.reason]}`
  }
}

/**
 * Step 3: every row with its problems (第N行, column, reason), how it matches people already
 * stored, and what confirming will do with it. The user chooses whether rows with warnings
 * go in, and skip or update for people already in the class (for all, or row by row).
 */
export function PreviewStep({ flow }: { flow: RosterImport }) {
  const { validation, classifications, choices, setChoices } = flow
  const [filter, setFilter] = useState<Filter>('all')
  const [revealIds, setRevealIds] = useState(false)
  const [editing, setEditing] = useState<PreviewRow | null>(null)

  const rows: PreviewRow[] = useMemo(
    () =>
      (validation?.rows ?? []).map((original, i) => {
        const row = reviewedRow(original, choices)
        const classification = classifications[i] ?? { kind: 'new' }
        const edit = choices.unitPost?.[row.excelRow]
        return {
          id: row.excelRow,
          row,
          classification,
          decision: decideRow(row, classification, choices),
          unit: edit?.unit ?? row.values.unit ?? '',
          post: edit?.post ?? row.values.post ?? '',
        }
      }),
    [validation, classifications, choices],
  )
  if (!validation) return null
  const { skipped } = validation
  // Counted from the rows as reviewed: a corrected split is no longer a warning.
  const counts = { ok: 0, warning: 0, error: 0 }
  for (const r of rows) counts[r.row.status]++
  // Rows with errors are never imported, so they are not offered skip or update either.
  const isInClass = (r: PreviewRow) => r.classification.kind === 'alreadyInClass' && r.row.status !== 'error'
  const inClass = rows.filter(isInClass).length
  const known = rows.filter((r) => r.classification.kind === 'knownPerson').length
  const toImport = rows.filter((r) => r.decision.action !== 'skip').length
  const shown = rows.filter(
    (r) =>
      filter === 'all' ||
      (filter === 'problems' && r.row.problems.length > 0) ||
      (filter === 'inClass' && isInClass(r)) ||
      (filter === 'left' && r.decision.action === 'skip'),
  )

  const setRowChoice = (excelRow: number, value: AlreadyInClassChoice) =>
    setChoices((c) => ({ ...c, alreadyInClassByRow: { ...c.alreadyInClassByRow, [excelRow]: value } }))

  const columns: GridColDef<PreviewRow>[] = [
    { field: 'id', headerName: '行号', width: 76, valueFormatter: (v: number) => `第${v}行` },
    {
      field: 'status',
      headerName: '检查',
      width: 80,
      valueGetter: (_v, r) => STATUS_CHIP[r.row.status].label,
      renderCell: ({ row: r }) => (
        <Chip size="small" label={STATUS_CHIP[r.row.status].label} color={STATUS_CHIP[r.row.status].color} />
      ),
    },
    {
      field: 'name',
      headerName: SCREEN_LABEL.name,
      width: 90,
      valueGetter: (_v, r) => r.row.values.name ?? '',
    },
    {
      field: 'identity',
      headerName: `${SCREEN_LABEL.idNumber} / ${SCREEN_LABEL.studentNo}`,
      width: 164,
      valueGetter: (_v, r) =>
        r.row.values.idNumber
          ? revealIds
            ? r.row.values.idNumber
            : maskIdNumber(r.row.values.idNumber)
          : (r.row.values.studentNo ?? ''),
    },
    {
      field: 'gender',
      headerName: SCREEN_LABEL.gender,
      width: 56,
      valueGetter: (_v, r) => r.row.values.gender ?? '',
    },
    {
      field: 'unit',
      headerName: '单位（学院）',
      flex: 1,
      minWidth: 130,
      valueGetter: (_v, r) => r.unit || r.row.values.college || '',
    },
    {
      field: 'post',
      headerName: '职务（专业）',
      flex: 1,
      minWidth: 130,
      valueGetter: (_v, r) => r.post || r.row.values.major || '',
      renderCell: ({ row: r, value }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start', width: '100%' }}>
          <Box sx={{ flexGrow: 1 }}>{value as string}</Box>
          {r.row.unitPostGuess && (
            <Tooltip
              title={`由“工作单位及职务”拆分而来${choices.unitPost?.[r.id] ? '，已修改' : '，请核对'}`}
            >
              <IconButton
                size="small"
                aria-label={`修改第${r.id}行的单位和职务`}
                onClick={() => setEditing(r)}
                sx={{ mt: -0.5 }}
              >
                <EditIcon
                  fontSize="small"
                  color={
                    choices.unitPost?.[r.id]
                      ? 'info'
                      : r.row.unitPostGuess.confidence === 'high'
                        ? 'action'
                        : 'warning'
                  }
                />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
      ),
    },
    {
      field: 'phone',
      headerName: SCREEN_LABEL.phone,
      width: 112,
      valueGetter: (_v, r) => r.row.values.phone ?? '',
    },
    {
      field: 'problems',
      headerName: '问题',
      flex: 2,
      minWidth: 270,
      valueGetter: (_v, r) => r.row.problems.map((p) => p.message).join('\n'),
      renderCell: ({ row: r }) => (
        <Box
          sx={{ whiteSpace: 'pre-line', py: 0.5, color: r.row.status === 'error' ? 'error.main' : 'inherit' }}
        >
          {[
            ...r.row.problems.map((p) => p.message),
            ...(r.classification.kind !== 'new' && r.classification.nameDiffers
              ? [
                  `身份证号与以往学员“${r.classification.nameDiffers}”相同但姓名不同，将沿用“${r.classification.nameDiffers}”`,
                ]
              : []),
          ].join('\n')}
        </Box>
      ),
    },
    {
      field: 'decision',
      headerName: '导入结果',
      width: 176,
      valueGetter: (_v, r) => decisionLabel(r.decision),
      renderCell: ({ row: r }) =>
        r.classification.kind === 'alreadyInClass' && r.row.status !== 'error' && r.decision.action !== 'skip'
          ? inClassSelect(r, 'update', setRowChoice)
          : r.classification.kind === 'alreadyInClass' &&
              r.decision.action === 'skip' &&
              r.decision.reason === 'alreadyInClass'
            ? inClassSelect(r, 'skip', setRowChoice)
            : decisionLabel(r.decision),
    },
  ]

  return (
    <Stack spacing={1.5}>
      <Typography>
        共 {rows.length} 行：无问题 {counts.ok} 行，有提醒 {counts.warning} 行，有错误 {counts.error} 行。
        {counts.error > 0 && '有错误的行不会导入，请在 Excel 中改正后重新导入。'}
      </Typography>
      {skipped.length > 0 && (
        <Alert severity="info">
          以下 {skipped.length} 行不是学员信息，已跳过：
          {skipped.slice(0, 10).map((s) => (
            <div key={s.excelRow}>{s.message}</div>
          ))}
          {skipped.length > 10 && <div>…… 另有 {skipped.length - 10} 行</div>}
        </Alert>
      )}
      {known > 0 && <Alert severity="info">{known} 人参加过其他班次，将关联到同一学员，不会重复建档。</Alert>}
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }} useFlexGap>
        <Box>
          <FormLabel id="import-scope">导入哪些行</FormLabel>
          <RadioGroup
            row
            aria-labelledby="import-scope"
            value={choices.includeWarnings ? 'warnings' : 'clean'}
            onChange={(e) => setChoices((c) => ({ ...c, includeWarnings: e.target.value === 'warnings' }))}
          >
            <FormControlLabel
              value="warnings"
              control={<Radio />}
              label={`无问题和有提醒的行（${counts.ok + counts.warning}）`}
            />
            <FormControlLabel value="clean" control={<Radio />} label={`仅无问题的行（${counts.ok}）`} />
          </RadioGroup>
        </Box>
        {inClass > 0 && (
          <Box>
            <FormLabel id="import-in-class">已在本班的 {inClass} 人</FormLabel>
            <RadioGroup
              row
              aria-labelledby="import-in-class"
              value={choices.alreadyInClass}
              onChange={(e) =>
                setChoices((c) => ({
                  ...c,
                  alreadyInClass: e.target.value as AlreadyInClassChoice,
                  alreadyInClassByRow: {},
                }))
              }
            >
              <FormControlLabel value="skip" control={<Radio />} label="跳过" />
              <FormControlLabel value="update" control={<Radio />} label="用文件中的信息更新" />
            </RadioGroup>
          </Box>
        )}
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filter}
          onChange={(_, v: Filter | null) => v && setFilter(v)}
          aria-label="显示哪些行"
        >
          <ToggleButton value="all">全部 {rows.length}</ToggleButton>
          <ToggleButton value="problems">有问题 {counts.warning + counts.error}</ToggleButton>
          {inClass > 0 && <ToggleButton value="inClass">已在本班 {inClass}</ToggleButton>}
          <ToggleButton value="left">不导入 {rows.length - toImport}</ToggleButton>
        </ToggleButtonGroup>
        <FormControlLabel
          control={<Switch checked={revealIds} onChange={(e) => setRevealIds(e.target.checked)} />}
          label="显示完整身份证号"
        />
        <Box sx={{ flexGrow: 1 }} />
        <Typography sx={{ fontWeight: 700 }} data-testid="import-count">
          将导入 {toImport} 人
        </Typography>
      </Stack>
      <Box sx={{ height: '48vh', minHeight: 300 }}>
        <DataGrid
          rows={shown}
          columns={columns}
          getRowHeight={() => 'auto'}
          sx={{ '& .MuiDataGrid-cell': { py: 0.75, alignItems: 'flex-start', lineHeight: 1.5 } }}
          density="compact"
          disableRowSelectionOnClick
          hideFooterSelectedRowCount
          aria-label="导入预览"
          // The MIT grid pages at most 100 rows; each page is virtualised.
          pageSizeOptions={[25, 50, 100]}
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
        />
      </Box>
      {editing && (
        <UnitPostDialog
          excelRow={editing.id}
          original={combinedCell(flow, editing.id)}
          unit={editing.unit}
          post={editing.post}
          onClose={() => setEditing(null)}
          onSave={(value) => {
            setChoices((c) => ({ ...c, unitPost: { ...c.unitPost, [editing.id]: value } }))
            setEditing(null)
          }}
        />
      )}
    </Stack>
  )
}

function inClassSelect(
  r: PreviewRow,
  value: AlreadyInClassChoice,
  set: (row: number, v: AlreadyInClassChoice) => void,
) {
  return (
    <TextField
      select
      size="small"
      variant="standard"
      value={value}
      onChange={(e) => set(r.id, e.target.value as AlreadyInClassChoice)}
      onKeyDown={(e) => e.stopPropagation()}
      slotProps={{ htmlInput: { 'aria-label': `第${r.id}行已在本班` } }}
    >
      <MenuItem value="skip">已在本班：跳过</MenuItem>
      <MenuItem value="update">已在本班：更新</MenuItem>
    </TextField>
  )
}

/** The 工作单位及职务 cell as written in the file. */
function combinedCell(flow: RosterImport, excelRow: number): string {
  const column = flow.mapping?.byField.unitAndPost
  return column === undefined ? '' : (flow.workbook?.sheet.text[excelRow - 1]?.[column] ?? '').trim()
}
