import { useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { ATTENDANCE_ITEM } from '@shared/assessment/classAssessment'
import { safeFileName } from '@shared/fileName'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { platform } from '../../platform'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { gridKeyDown, parsePoints } from './gridKeys'
import { SessionPoints } from './SessionPoints'
import { GroupPointsDialog } from './GroupPointsDialog'
import { readScoreFile, scoreTemplate, type ScoreFileResult } from './scoreImport'

export const cellInputSx = {
  width: '100%',
  minWidth: 48,
  boxSizing: 'border-box',
  border: '1px solid',
  borderColor: 'divider',
  borderRadius: '4px',
  px: 0.5,
  py: '2px',
  font: 'inherit',
  textAlign: 'right',
  bgcolor: 'background.paper',
  '&:focus': { outline: '2px solid', outlineColor: 'primary.main', borderColor: 'transparent' },
  '&:disabled': { bgcolor: 'action.hover', color: 'text.secondary' },
} as const

/**
 * 平时考核 (附3 第八条, "形成考核数据积累"): points per student and item, typed in a grid
 * (Enter / arrows move, leaving a cell saves) or imported from an Excel sheet with one column per
 * item. 学员考勤 is computed from attendance and never typed.
 */
export function PointsPanel({ cls, view }: { cls: ClassRecord; view: ClassAssessmentView }) {
  const { assessment } = useData()
  const notify = useNotify()
  const scheme = view.scheme.scheme
  const items = scheme.quantitative
  const locked = view.summary.finalised
  const [importing, setImporting] = useState<ScoreFileResult | null>(null)
  const [mode, setMode] = useState<'grid' | 'session'>('grid')
  const [byGroup, setByGroup] = useState(false)
  const groupItem = items.find((i) => i.code === 'groupDiscussion')

  // The recorded points (date ''), and what dated +/- entries add on top.
  const { base, extra } = useMemo(() => {
    const base = new Map<string, number>()
    const extra = new Map<string, number>()
    for (const e of view.records.entries) {
      const key = `${e.enrollmentId}:${e.itemCode}`
      if (e.date === '') base.set(key, e.points)
      else extra.set(key, (extra.get(key) ?? 0) + e.points)
    }
    return { base, extra }
  }, [view.records.entries])

  const save = async (enrollmentId: string, itemCode: string, text: string, input: HTMLInputElement) => {
    const item = items.find((i) => i.code === itemCode)!
    const before = base.get(`${enrollmentId}:${itemCode}`)
    const parsed = parsePoints(text)
    const revert = () => {
      input.value = before === undefined ? '' : String(before)
    }
    if (!parsed.ok) {
      notify(`${item.label}：${parsed.message}`, 'error')
      return revert()
    }
    const v = parsed.value
    if (v === (before ?? null)) return
    if (v !== null && v < 0) {
      notify(`${item.label}：分数不能为负`, 'error')
      return revert()
    }
    if (v !== null && item.maxPoints > 0 && v > item.maxPoints) {
      notify(`${item.label}：${v} 分超过本项满分 ${item.maxPoints} 分`, 'error')
      return revert()
    }
    try {
      await assessment.setPoints(cls.id, enrollmentId, itemCode, v)
    } catch (e) {
      notify(errorMessage(e), 'error')
      revert()
    }
  }

  const pick = async () => {
    const r = await platform.openFiles({
      filters: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'xls', 'csv', 'et'] }],
    })
    if (!r.ok) {
      if (r.error.code !== 'cancelled') notify(r.error.message, 'error')
      return
    }
    const f = r.value[0]
    if (!f) return
    try {
      setImporting(await readScoreFile(f, view.students, scheme))
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const downloadTemplate = async () => {
    const r = await platform.saveFile({
      suggestedName: `${safeFileName(cls.name)}-平时考核录入表.xlsx`,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      bytes: scoreTemplate(view.students, scheme),
    })
    if (r.ok) notify(platform.kind === 'browser' ? `已下载：${r.value.path}` : `已保存：${r.value.path}`)
    else if (r.error.code !== 'cancelled') notify(r.error.message, 'error')
  }

  const commit = async (entries: NonNullable<Extract<ScoreFileResult, { ok: true }>['entries']>) => {
    try {
      const n = await assessment.importPoints(cls.id, entries)
      notify(`已导入 ${n} 项分数`)
      setImporting(null)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  if (view.students.length === 0) return <Typography color="text.secondary">本班还没有学员。</Typography>
  const studentBy = new Map(view.summary.students.map((s) => [s.enrollmentId, s]))
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={mode}
          onChange={(_, m: 'grid' | 'session' | null) => m && setMode(m)}
          aria-label="录入方式"
          sx={{ '& .MuiToggleButton-root': { py: 0.25, whiteSpace: 'nowrap' } }}
        >
          <ToggleButton value="grid">各项分数</ToggleButton>
          <ToggleButton value="session">课堂加减分</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {mode === 'grid' ? 'Enter / 方向键换格，离开即保存；学员考勤按已点名课程的考勤自动计算。' : ''}
        </Typography>
        {groupItem && (
          <Button size="small" disabled={locked} onClick={() => setByGroup(true)}>
            按小组录入{groupItem.label}
          </Button>
        )}
        <Button size="small" onClick={() => void downloadTemplate()}>
          下载录入表
        </Button>
        <Button size="small" variant="outlined" disabled={locked} onClick={() => void pick()}>
          从 Excel 导入
        </Button>
      </Stack>
      {locked && (
        <Alert severity="info" sx={{ mb: 1, py: 0 }}>
          本班考核已定稿，分数不能修改；如需修改，请在“等次评定”中解除锁定。
        </Alert>
      )}
      {mode === 'session' ? (
        <SessionPoints cls={cls} view={view} />
      ) : (
        <TableContainer sx={{ maxHeight: 'max(360px, calc(100vh - 330px))' }}>
          <Table
            size="small"
            stickyHeader
            aria-label="平时考核"
            sx={{ '& .MuiTableCell-root': { py: 0.25, px: 0.75 }, '& th': { whiteSpace: 'nowrap' } }}
          >
            <TableHead>
              <TableRow>
                <TableCell>座号</TableCell>
                <TableCell>姓名</TableCell>
                {items.map((i) => (
                  <TableCell key={i.code} align="right">
                    {i.label}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {i.code === ATTENDANCE_ITEM
                        ? '自动计算'
                        : i.maxPoints > 0
                          ? `满分 ${i.maxPoints}`
                          : '未设分值'}
                    </Typography>
                  </TableCell>
                ))}
                <TableCell align="right">合计</TableCell>
                <TableCell>缺项</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {view.students.map((st, row) => {
                const s = studentBy.get(st.enrollmentId)!
                return (
                  <TableRow key={st.enrollmentId} hover data-testid={`points-row-${st.name}`}>
                    <TableCell>{st.seat ?? ''}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{st.name}</TableCell>
                    {items.map((i, col) => {
                      if (i.code === ATTENDANCE_ITEM)
                        return (
                          <TableCell key={i.code} align="right" title="由考勤计算">
                            {s.items[i.code]}
                          </TableCell>
                        )
                      const key = `${st.enrollmentId}:${i.code}`
                      const v = base.get(key)
                      const plus = extra.get(key)
                      return (
                        <TableCell key={i.code} align="right" sx={{ minWidth: 64 }}>
                          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                            <Box
                              component="input"
                              key={`${v}`}
                              defaultValue={v === undefined ? '' : String(v)}
                              disabled={locked}
                              inputMode="decimal"
                              aria-label={`${st.name} ${i.label}`}
                              data-grid="points"
                              data-row={row}
                              data-col={col}
                              onKeyDown={gridKeyDown}
                              onFocus={(e) => e.currentTarget.select()}
                              onBlur={(e) =>
                                void save(st.enrollmentId, i.code, e.currentTarget.value, e.currentTarget)
                              }
                              sx={cellInputSx}
                            />
                            {plus ? (
                              <Typography variant="caption" color="text.secondary" title="课堂上的加减分">
                                {plus > 0 ? `+${plus}` : plus}
                              </Typography>
                            ) : null}
                          </Box>
                        </TableCell>
                      )
                    })}
                    <TableCell align="right">{s.total ?? '—'}</TableCell>
                    <TableCell sx={{ color: 'warning.main', fontSize: 12, whiteSpace: 'nowrap' }}>
                      {s.missingItems.length ? `缺 ${s.missingItems.length} 项` : ''}
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {byGroup && groupItem && (
        <GroupPointsDialog
          students={view.students}
          item={groupItem}
          onClose={() => setByGroup(false)}
          onSave={async (entries) => {
            await assessment.importPoints(cls.id, entries)
            notify(`已为 ${entries.length} 名学员记${groupItem.label}分数`)
            setByGroup(false)
          }}
        />
      )}
      {importing && (
        <Dialog open onClose={() => setImporting(null)} maxWidth="md" fullWidth>
          <DialogTitle>从 Excel 导入平时考核：{importing.fileName}</DialogTitle>
          <DialogContent dividers>
            {importing.ok ? (
              <Typography>
                {`将导入 ${importing.students} 名学员的${importing.items
                  .map((c) => items.find((i) => i.code === c)?.label)
                  .join('、')}，共 ${importing.entries.length} 项分数。`}
                已有的分数将被表中的分数替换；表中空白的格子不改动。
              </Typography>
            ) : (
              <>
                <Alert severity="error" sx={{ mb: 1 }}>
                  表格有 {importing.problems.length} 处问题，没有导入任何分数。请在 Excel 中改正后重新导入。
                </Alert>
                <Box
                  component="ul"
                  sx={{ m: 0, pl: 3, maxHeight: 360, overflow: 'auto' }}
                  data-testid="import-problems"
                >
                  {importing.problems.map((p, i) => (
                    <li key={i}>
                      <Typography variant="body2">{p}</Typography>
                    </li>
                  ))}
                </Box>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setImporting(null)}>{importing.ok ? '取消' : '关闭'}</Button>
            {importing.ok && (
              <Button variant="contained" onClick={() => void commit(importing.entries)}>
                导入
              </Button>
            )}
          </DialogActions>
        </Dialog>
      )}
    </Box>
  )
}
