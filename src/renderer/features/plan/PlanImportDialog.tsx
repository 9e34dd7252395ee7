import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
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
import { formatHours } from '@shared/plan/hours'
import { planSpan, sessionsOutside, weeksToStart, type DateRange } from '@shared/plan/planDates'
import { planFieldLabel } from '@shared/plan/planHeaders'
import type { ImportedSession, PlanImportProblem } from '@shared/plan/planImport'
import { planTotalHours, slotLabel, type SessionFields } from '@shared/plan/session'
import { sessionFormLabel } from '@shared/plan/sessionForm'
import { addDays, dateSpan, fullDateWithWeekday } from '@shared/plan/sessionFormat'
import {
  canImport,
  canPickAnother,
  chosenSessions,
  errorOf,
  needsYear,
  previewOf,
  shownPreview,
} from './planImportFlow'
import { matchExisting } from './planRows'
import { usePlanImportFlow } from './usePlanImportFlow'

/**
 * 从 Excel 导入教学计划: pick a file, read it in a worker, show every session found and every
 * problem (row, column, reason), let the user untick rows, then write the ticked ones in one
 * transaction. Closing at any point before 导入 changes nothing. The stages are in planImportFlow.ts.
 */
export function PlanImportDialog(props: {
  existing: readonly SessionFields[]
  /** The class's first and last day: sessions outside them are flagged, with an offer to move the plan. */
  classDates: DateRange
  onClose: () => void
  onImport: (sessions: SessionFields[]) => Promise<void>
}) {
  const flow = usePlanImportFlow(
    props.existing,
    props.onImport,
    Number(props.classDates.start.slice(0, 4)) || undefined,
  )
  const { stage, year } = flow.state
  const shown = shownPreview(stage)
  const buttons = previewOf(stage)
  const chosen = chosenSessions(buttons)
  const error = errorOf(stage)
  const loaded = shown?.loaded
  const plan = loaded?.plan
  const errors = plan?.problems.filter((p) => p.severity === 'error') ?? []
  const warnings = plan?.problems.filter((p) => p.severity === 'warning') ?? []
  const yearless = loaded ? needsYear(loaded) : false
  const outside = new Set(sessionsOutside(plan?.sessions ?? [], props.classDates).map((s) => s.sourceRow))

  return (
    <Dialog open onClose={props.onClose} maxWidth="lg" fullWidth>
      <DialogTitle>从 Excel 导入教学计划</DialogTitle>
      <DialogContent dividers>
        {stage.step === 'start' && (
          <Box sx={{ textAlign: 'center', py: 4 }}>
            <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => void flow.pick()}>
              选择文件…
            </Button>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              支持 .xlsx、.xls 和
              CSV。表中需有“日期”和“课程内容”两列，可有时段、时间、教学形式、授课人、地点、学时、备注；
              标题行、合并的日期单元格和“9月8日（周一）”这样的日期行都能识别。导入前会先列出识别结果和每一行的问题。
            </Typography>
          </Box>
        )}
        {stage.step === 'reading' && (
          <Box sx={{ py: 4 }}>
            <Typography gutterBottom>正在读取“{stage.file.name}”…</Typography>
            <LinearProgress variant="determinate" value={stage.fraction * 100} />
          </Box>
        )}
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {shown && loaded && plan && (
          <Stack spacing={2} data-testid="plan-import-preview">
            {plan.headerRow === null ? (
              <Alert severity="error">
                文件“{loaded.fileName}”工作表“{loaded.sheetName}”中{errors[0]?.message ?? '未找到表头'}
                。请确认选对了文件和工作表；没有导入任何内容。
              </Alert>
            ) : (
              <Alert severity={errors.length || outside.size ? 'warning' : 'success'}>
                文件“{loaded.fileName}”工作表“{loaded.sheetName}”：识别到 {plan.sessions.length} 门课程（合计{' '}
                {formatHours(planTotalHours(plan.sessions))} 学时）；{errors.length} 条错误（这些行不导入），
                {warnings.length} 条提示{outside.size > 0 && `；${outside.size} 门课程不在本班日期内`}。
              </Alert>
            )}
            <OutsideClass
              sessions={plan.sessions}
              outside={outside.size}
              classDates={props.classDates}
              shiftedBy={shown.shiftedBy ?? 0}
              onShift={flow.shift}
            />
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              {loaded.sheets.length > 1 && (
                <TextField
                  select
                  label="工作表"
                  value={loaded.sheetName}
                  onChange={(e) =>
                    void flow.read(shown.file, e.target.value, yearless ? Number(year) : undefined)
                  }
                  sx={{ minWidth: 160 }}
                >
                  {loaded.sheets.map((s) => (
                    <MenuItem key={s.name} value={s.name}>
                      {s.name}
                    </MenuItem>
                  ))}
                </TextField>
              )}
              {yearless && (
                <>
                  <TextField
                    type="number"
                    label="无年份的日期按此年份"
                    value={year}
                    onChange={(e) => flow.setYear(e.target.value)}
                    sx={{ width: 180 }}
                  />
                  <Button onClick={() => void flow.read(shown.file, loaded.sheetName, Number(year))}>
                    重新识别
                  </Button>
                </>
              )}
              {plan.columns.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  识别的列：
                </Typography>
              )}
              {plan.columns.map((c) => (
                <Chip key={c.field} size="small" label={`${c.header} → ${planFieldLabel(c.field)}`} />
              ))}
              {plan.unusedHeaders.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  未使用的列：{plan.unusedHeaders.join('、')}
                </Typography>
              )}
            </Stack>
            {plan.headerRow !== null && plan.problems.length > 0 && (
              <TableContainer sx={{ maxHeight: 200 }}>
                <Table size="small" stickyHeader aria-label="导入问题">
                  <TableHead>
                    <TableRow>
                      <TableCell>行</TableCell>
                      <TableCell>列</TableCell>
                      <TableCell>级别</TableCell>
                      <TableCell>说明</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {plan.problems.map((p, i) => (
                      <TableRow key={i}>
                        <TableCell>{p.row ?? '—'}</TableCell>
                        <TableCell>{p.column ?? '—'}</TableCell>
                        <TableCell>
                          <Chip
                            size="small"
                            color={p.severity === 'error' ? 'error' : 'warning'}
                            label={p.severity === 'error' ? '错误' : '提示'}
                          />
                        </TableCell>
                        <TableCell>{p.message}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
            {plan.headerRow !== null && (
              <SessionPreviewTable
                sessions={plan.sessions}
                warnings={warnings}
                existing={props.existing}
                outside={outside}
                unticked={shown.unticked}
                onToggle={flow.toggle}
              />
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>取消</Button>
        {buttons && (
          <Button onClick={() => void flow.pick()} disabled={!canPickAnother(stage)}>
            换一个文件
          </Button>
        )}
        <Button variant="contained" disabled={!canImport(stage)} onClick={() => void flow.commit()}>
          导入所选 {chosen.length} 门课程
        </Button>
      </DialogActions>
    </Dialog>
  )
}

/**
 * A plan from another year or term: how many sessions fall outside the class, and the offer to
 * move the whole plan so it starts at the class's start, every session on its weekday; then
 * what was done, with 撤销.
 */
function OutsideClass(props: {
  sessions: readonly ImportedSession[]
  outside: number
  classDates: DateRange
  shiftedBy: number
  onShift: (days: number) => void
}) {
  const span = planSpan(props.sessions)
  if (!span) return null
  const days = weeksToStart(props.sessions, props.classDates.start)
  const weeks = (d: number) => `${d > 0 ? '移后' : '提前'} ${Math.abs(d) / 7} 周`
  return (
    <>
      {props.outside > 0 && (
        <Alert
          severity="warning"
          data-testid="plan-outside-class"
          action={
            days !== 0 && (
              <Button
                color="inherit"
                size="small"
                sx={{ whiteSpace: 'nowrap' }}
                onClick={() => props.onShift(days)}
              >
                整体移到开班日期
              </Button>
            )
          }
        >
          {props.outside} 门课程不在本班日期（{dateSpan(props.classDates.start, props.classDates.end)}
          ）内：表中的课程从 {fullDateWithWeekday(span.start)} 到 {fullDateWithWeekday(span.end)}。
          {days !== 0 &&
            `可将整个计划${weeks(days)}，从 ${fullDateWithWeekday(addDays(span.start, days))} 开始，每门课程的星期不变。`}
        </Alert>
      )}
      {props.shiftedBy !== 0 && (
        <Alert
          severity="info"
          data-testid="plan-shifted"
          action={
            <Button color="inherit" size="small" onClick={() => props.onShift(-props.shiftedBy)}>
              撤销
            </Button>
          }
        >
          已将表中的计划整体{weeks(props.shiftedBy)}（星期不变），现从 {fullDateWithWeekday(span.start)} 到{' '}
          {fullDateWithWeekday(span.end)}；Excel 文件本身未改动。
        </Alert>
      )}
    </>
  )
}

function SessionPreviewTable(props: {
  sessions: readonly ImportedSession[]
  warnings: readonly PlanImportProblem[]
  existing: readonly SessionFields[]
  outside: ReadonlySet<number>
  unticked: ReadonlySet<number>
  onToggle: (row: number) => void
}) {
  return (
    <TableContainer sx={{ maxHeight: 420 }}>
      <Table size="small" stickyHeader aria-label="识别到的课程">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" sx={{ whiteSpace: 'nowrap' }}>
              导入
            </TableCell>
            <TableCell>行</TableCell>
            <TableCell>日期</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>时段</TableCell>
            <TableCell>时间</TableCell>
            <TableCell>课程内容</TableCell>
            <TableCell>教学形式</TableCell>
            <TableCell>授课人</TableCell>
            <TableCell>地点</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              学时
            </TableCell>
            <TableCell>说明</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.sessions.map((s) => {
            const match = matchExisting(s, props.existing)
            return (
              <TableRow key={s.sourceRow} hover>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={!props.unticked.has(s.sourceRow)}
                    onChange={() => props.onToggle(s.sourceRow)}
                    slotProps={{ input: { 'aria-label': `导入第${s.sourceRow}行` } }}
                  />
                </TableCell>
                <TableCell>{s.sourceRow}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{fullDateWithWeekday(s.date)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{slotLabel(s.slot)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {s.start}–{s.end}
                </TableCell>
                <TableCell>{s.topic}</TableCell>
                <TableCell>{sessionFormLabel(s.form)}</TableCell>
                <TableCell>{s.teacher}</TableCell>
                <TableCell>{s.place}</TableCell>
                <TableCell align="right">{s.hours}</TableCell>
                <TableCell>
                  {props.warnings
                    .filter((w) => w.row === s.sourceRow)
                    .map((w, i) => (
                      <Chip
                        key={i}
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={`提示：${w.column ?? '本行'}`}
                        title={w.message}
                        sx={{ mr: 0.5 }}
                      />
                    ))}
                  {props.outside.has(s.sourceRow) && (
                    <Chip size="small" color="warning" label="不在本班日期内" sx={{ mr: 0.5 }} />
                  )}
                  {match?.kind === 'same' && <Chip size="small" label="计划中已有，默认不导入" />}
                  {match?.kind === 'overlap' && (
                    <Chip size="small" color="warning" label={`与“${match.topic}”时间重叠`} />
                  )}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
