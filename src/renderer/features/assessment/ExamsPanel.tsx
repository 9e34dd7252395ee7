import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import FormControlLabel from '@mui/material/FormControlLabel'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { DEFAULT_FULL_MARK, type ExamSitting, type ExamStatus } from '@shared/assessment/exam'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import type { ExamInput, ScorePatch } from '../../db/assessment/assessmentRepository'
import type { ExamRecord } from '../../db/assessment/assessmentRecords'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { gridKeyDown } from './gridKeys'
import { readExamFile, type ExamFileResult } from './scoreImport'
import { platform } from '../../platform'
import { cellInputSx } from './PointsPanel'

const STATUS: Record<ExamStatus, { label: string; color: 'default' | 'success' | 'warning' | 'error' }> = {
  pending: { label: '未录入', color: 'default' },
  passed: { label: '通过', color: 'success' },
  makeUpDue: { label: '待补考', color: 'warning' },
  failed: { label: '未通过', color: 'error' },
}

const sittingText = (s: ExamSitting | null) =>
  !s ? '' : s.absent ? '缺考' : s.score === null ? '' : String(s.score)

/** A typed sitting: '' clears it, 缺 / 缺考 marks 缺考, a number is the score. */
function parseSitting(text: string): { score: number | null; absent: boolean } | string {
  const t = text.trim()
  if (t === '') return { score: null, absent: false }
  if (t === '缺' || t === '缺考' || t.toLowerCase() === 'q') return { score: null, absent: true }
  const v = Number(t)
  return Number.isFinite(v) ? { score: v, absent: false } : `“${t}”不是分数（缺考请输入“缺”）`
}

/**
 * Exams and 考查 (附2 第十九条; seed 001 7.7): any number per class, each with its pass mark
 * (default 60 of 100). Scores by keyboard (缺 for 缺考); who failed or missed the first sitting is
 * on the 补考名单, and the make-up score, recorded beside the first, decides passing.
 */
export function ExamsPanel({ cls, view }: { cls: ClassRecord; view: ClassAssessmentView }) {
  const { assessment } = useData()
  const notify = useNotify()
  const exams = view.records.exams
  const [chosen, setChosen] = useState<string | null>(null)
  const [editing, setEditing] = useState<ExamRecord | 'new' | null>(null)
  const [deleting, setDeleting] = useState<ExamRecord | null>(null)
  const [onlyMakeUp, setOnlyMakeUp] = useState(false)
  const [importing, setImporting] = useState<ExamFileResult | null>(null)
  const locked = view.summary.finalised
  const exam = exams.find((x) => x.id === chosen) ?? exams[0]

  const save = async (
    enrollmentId: string,
    which: 'first' | 'makeUp',
    text: string,
    input: HTMLInputElement,
  ) => {
    if (!exam) return
    const s = view.summary.students.find((x) => x.enrollmentId === enrollmentId)!
    const current = s.exams.find((e) => e.examId === exam.id)
    const before = sittingText(which === 'first' ? (current?.first ?? null) : (current?.makeUp ?? null))
    if (text.trim() === before) return
    const parsed = parseSitting(text)
    if (typeof parsed === 'string') {
      notify(`${s.name}：${parsed}`, 'error')
      input.value = before
      return
    }
    const patch: ScorePatch =
      which === 'first'
        ? { score: parsed.score, absent: parsed.absent }
        : { makeUpScore: parsed.score, makeUpAbsent: parsed.absent }
    try {
      await assessment.setScore(cls.id, exam, enrollmentId, patch)
    } catch (e) {
      notify(`${s.name}：${errorMessage(e)}`, 'error')
      input.value = before
    }
  }

  const pickScores = async () => {
    if (!exam) return
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
      setImporting(await readExamFile(f, view.students, exam.fullMark))
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const rows = view.summary.students.flatMap((s) => {
    const e = exam && s.exams.find((x) => x.examId === exam.id)
    if (!e) return []
    const onList = e.first.absent || (e.first.score !== null && e.result.decidedBy !== 'first')
    return onlyMakeUp && !onList ? [] : [{ s, e, onList }]
  })
  const seatOf = new Map(view.students.map((s) => [s.enrollmentId, s.seat]))
  const results = exam ? view.summary.students.map((s) => s.exams.find((x) => x.examId === exam.id)!) : []
  const count = (f: (e: (typeof results)[number]) => boolean) => results.filter(f).length

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        {exams.map((x) => (
          <Chip
            key={x.id}
            label={`${x.name}（及格 ${x.passMark}/${x.fullMark}）`}
            color={x.id === exam?.id ? 'primary' : 'default'}
            onClick={() => setChosen(x.id)}
          />
        ))}
        <Button size="small" variant="outlined" disabled={locked} onClick={() => setEditing('new')}>
          新增考试
        </Button>
        {exam && (
          <>
            <Button size="small" disabled={locked} onClick={() => setEditing(exam)}>
              修改
            </Button>
            <Button size="small" color="error" disabled={locked} onClick={() => setDeleting(exam)}>
              删除
            </Button>
            <Button size="small" disabled={locked} onClick={() => void pickScores()}>
              从 Excel 导入成绩
            </Button>
          </>
        )}
        <Box sx={{ flex: 1 }} />
        {exam && (
          <FormControlLabel
            control={
              <Switch size="small" checked={onlyMakeUp} onChange={(e) => setOnlyMakeUp(e.target.checked)} />
            }
            label={`只看补考名单（${count((e) => e.first.absent || (e.first.score !== null && e.result.decidedBy !== 'first'))} 人）`}
          />
        )}
      </Stack>
      {!exam ? (
        <Typography color="text.secondary">
          本班还没有考试。入党积极分子、发展对象培训班以书面考试结业（考试合格发给结业证书）；其他班次按需增加考试或考查。
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="exam-counts">
            {[
              `已录入 ${count((e) => e.result.status !== 'pending')}/${results.length} 人`,
              `缺考 ${count((e) => e.first.absent)} 人`,
              `首次不及格 ${count((e) => !e.first.absent && e.first.score !== null && e.first.score < exam.passMark)} 人`,
              `待补考 ${count((e) => e.result.status === 'makeUpDue')} 人`,
              `未通过 ${count((e) => e.result.status === 'failed')} 人。`,
            ].join('，')}
            输入分数后按 Enter 到下一人；缺考输入“缺”。
          </Typography>
          <TableContainer sx={{ maxHeight: 'max(340px, calc(100vh - 350px))' }}>
            <Table
              size="small"
              stickyHeader
              aria-label={`${exam.name}成绩`}
              sx={{
                width: 'auto',
                minWidth: 560,
                '& .MuiTableCell-root': { py: 0.25, px: 0.75 },
                '& th': { whiteSpace: 'nowrap' },
              }}
            >
              <TableHead>
                <TableRow>
                  <TableCell>座号</TableCell>
                  <TableCell>姓名</TableCell>
                  <TableCell sx={{ width: 110 }}>成绩</TableCell>
                  <TableCell sx={{ width: 110 }}>补考成绩</TableCell>
                  <TableCell>结果</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map(({ s, e, onList }, row) => (
                  <TableRow key={s.enrollmentId} hover data-testid={`exam-row-${s.name}`}>
                    <TableCell>{seatOf.get(s.enrollmentId) ?? ''}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.name}</TableCell>
                    <TableCell>
                      <Box
                        component="input"
                        key={`${exam.id}:${sittingText(e.first)}`}
                        defaultValue={sittingText(e.first)}
                        disabled={locked}
                        aria-label={`${s.name} 成绩`}
                        data-grid="exam"
                        data-row={row}
                        data-col={0}
                        onKeyDown={gridKeyDown}
                        onFocus={(ev) => ev.currentTarget.select()}
                        onBlur={(ev) =>
                          void save(s.enrollmentId, 'first', ev.currentTarget.value, ev.currentTarget)
                        }
                        sx={cellInputSx}
                      />
                    </TableCell>
                    <TableCell>
                      <Box
                        component="input"
                        key={`${exam.id}:${sittingText(e.makeUp)}`}
                        defaultValue={sittingText(e.makeUp)}
                        disabled={locked || (!onList && !e.makeUp)}
                        aria-label={`${s.name} 补考成绩`}
                        data-grid="exam"
                        data-row={row}
                        data-col={1}
                        onKeyDown={gridKeyDown}
                        onFocus={(ev) => ev.currentTarget.select()}
                        onBlur={(ev) =>
                          void save(s.enrollmentId, 'makeUp', ev.currentTarget.value, ev.currentTarget)
                        }
                        sx={cellInputSx}
                      />
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={
                          STATUS[e.result.status].label +
                          (e.result.decidedBy === 'makeUp' && e.result.status === 'passed' ? '（补考）' : '')
                        }
                        color={STATUS[e.result.status].color}
                        variant="outlined"
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {editing && (
        <ExamDialog
          exam={editing === 'new' ? null : editing}
          passMark={view.scheme.scheme.passMark}
          onClose={() => setEditing(null)}
          onSave={async (input) => {
            if (editing === 'new') setChosen((await assessment.createExam(cls.id, input)).id)
            else await assessment.updateExam(cls.id, editing.id, input)
            setEditing(null)
          }}
        />
      )}
      {importing && exam && (
        <Dialog open onClose={() => setImporting(null)} maxWidth="md" fullWidth>
          <DialogTitle>
            从 Excel 导入{exam.name}成绩：{importing.fileName}
          </DialogTitle>
          <DialogContent dividers>
            {importing.ok ? (
              <Typography>
                {`将导入 ${importing.rows.length} 名学员的成绩（其中补考 ${importing.rows.filter((r) => r.makeUp).length} 人）。`}
                表中空白的格子不改动。
              </Typography>
            ) : (
              <>
                <Alert severity="error" sx={{ mb: 1 }}>
                  表格有 {importing.problems.length} 处问题，没有导入任何成绩。请在 Excel 中改正后重新导入。
                </Alert>
                <Box component="ul" sx={{ m: 0, pl: 3, maxHeight: 360, overflow: 'auto' }}>
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
              <Button
                variant="contained"
                onClick={() =>
                  void assessment.importScores(cls.id, exam, importing.rows).then(
                    (n) => {
                      notify(`已导入 ${n} 名学员的成绩`)
                      setImporting(null)
                    },
                    (e: unknown) => notify(errorMessage(e), 'error'),
                  )
                }
              >
                导入
              </Button>
            )}
          </DialogActions>
        </Dialog>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="删除考试"
        message={`把“${deleting?.name ?? ''}”移入回收站？已录入的成绩随之保留，恢复后可见。`}
        confirmLabel="删除"
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          await assessment.deleteExam(cls.id, deleting!.id)
          setDeleting(null)
        }}
      />
    </Box>
  )
}

function ExamDialog(props: {
  exam: ExamRecord | null
  passMark: number
  onClose: () => void
  onSave: (input: ExamInput) => Promise<void>
}) {
  const e = props.exam
  const [name, setName] = useState(e?.name ?? '结业考试')
  const [kind, setKind] = useState<'exam' | 'check'>(e?.kind ?? 'exam')
  const [date, setDate] = useState(e?.date ?? '')
  const [fullMark, setFullMark] = useState(String(e?.fullMark ?? DEFAULT_FULL_MARK))
  const [passMark, setPassMark] = useState(String(e?.passMark ?? props.passMark))
  return (
    <FormDialog
      title={e ? '修改考试' : '新增考试'}
      onClose={props.onClose}
      onSubmit={() => {
        return props.onSave({ name, kind, date, fullMark: Number(fullMark), passMark: Number(passMark) })
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={8}>
          <TextField
            fullWidth
            label="名称"
            value={name}
            onChange={(ev) => setName(ev.target.value)}
            autoFocus
          />
        </Grid>
        <Grid size={4}>
          <TextField
            select
            fullWidth
            label="方式"
            value={kind}
            onChange={(ev) => setKind(ev.target.value as 'exam' | 'check')}
          >
            <MenuItem value="exam">考试</MenuItem>
            <MenuItem value="check">考查</MenuItem>
          </TextField>
        </Grid>
        <Grid size={4}>
          <PickerField type="date" fullWidth label="日期" value={date} onChange={setDate} />
        </Grid>
        <Grid size={4}>
          <TextField
            fullWidth
            label="满分"
            value={fullMark}
            onChange={(ev) => setFullMark(ev.target.value)}
          />
        </Grid>
        <Grid size={4}>
          <TextField
            fullWidth
            label="及格分"
            value={passMark}
            onChange={(ev) => setPassMark(ev.target.value)}
          />
        </Grid>
      </Grid>
    </FormDialog>
  )
}
