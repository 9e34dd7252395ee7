import { useState } from 'react'
import dayjs from 'dayjs'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Grid from '@mui/material/Grid'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { gradeChoiceProblem, type StudentAssessment } from '@shared/assessment/classAssessment'
import { GRADE_LABELS, GRADES, type Grade } from '@shared/assessment/grades'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { errorMessage, useNotify } from '../../ui/Notifier'

const EXAM_LABEL = { pending: '未录入', passed: '通过', makeUpDue: '待补考', failed: '未通过' } as const

/**
 * 等次评定 (附3 第十三条、第十四条): the app's proposal, the head teacher's grade, the 优秀 quota
 * with its reading stated, the 校长室 adjustment, the veto with its reason, and 定稿 (locks; an
 * unlock needs a reason and is logged).
 */
export function GradesPanel({ cls, view }: { cls: ClassRecord; view: ClassAssessmentView }) {
  const { assessment } = useData()
  const settings = useSettings()
  const notify = useNotify()
  const { summary } = view
  const me = settings?.currentUser || settings?.officeName || ''
  const [dialog, setDialog] = useState<'adjust' | 'unlock' | { sanction: StudentAssessment } | null>(null)
  const [refusal, setRefusal] = useState<string[] | null>(null)
  const now = () => dayjs().format('YYYY-MM-DDTHH:mm')

  const choose = async (s: StudentAssessment, grade: Grade | null) => {
    const problem = gradeChoiceProblem(summary, s.enrollmentId, grade)
    if (problem) {
      notify(`不能这样评定：${problem}`, 'error')
      return
    }
    try {
      await assessment.setGrade(cls.id, s.enrollmentId, grade, s.proposal.grade)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const finalise = async () => {
    if (summary.blockers.length) {
      setRefusal(summary.blockers)
      notify(`不能定稿：${summary.blockers[0]}`, 'error')
      return
    }
    setRefusal(null)
    try {
      await assessment.finalise(
        cls.id,
        summary.students.map((s) => ({
          enrollmentId: s.enrollmentId,
          grade: s.grade!,
          proposed: s.proposal.grade,
        })),
        me,
        now(),
      )
      notify('考核已定稿，等次已锁定')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  const { quota, verdict } = summary
  const pct = view.scheme.scheme.quota
  const header = view.records.header
  return (
    <Box>
      <Paper variant="outlined" sx={{ p: 1.5, mb: 1 }} data-testid="quota-panel">
        <Grid container spacing={1} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Typography variant="body2">
              {`本班 ${quota.n} 人（不含退学学员）。第十三条：优秀等次人数应为学员总人数的 ${pct.minPercent}%–${pct.maxPercent}%。`}
              {`本校口径：优秀人数须在 ⌈${pct.minPercent}% × ${quota.n}⌉ 至 ⌊${pct.maxPercent}% × ${quota.n}⌋ 之间（下限向上取整，上限向下取整），`}
              {quota.empty
                ? '本班此范围为空，须由校长室决定。'
                : `即 ${quota.min === quota.max ? quota.min : `${quota.min}–${quota.max}`} 人。`}
            </Typography>
            {view.adjustment && (
              <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="quota-adjustment">
                校长室调整：优秀{' '}
                {view.adjustment.min === view.adjustment.max
                  ? view.adjustment.min
                  : `${view.adjustment.min}–${view.adjustment.max}`}{' '}
                人（{view.adjustment.decidedBy}，{view.adjustment.decidedAt.replace('T', ' ')} 决定；原因：
                {view.adjustment.reason}）
                {!summary.finalised && (
                  <Button
                    size="small"
                    sx={{ py: 0 }}
                    onClick={() =>
                      void assessment
                        .withdrawAdjustment(cls.id, view.adjustment!.id)
                        .catch((e: unknown) => notify(errorMessage(e), 'error'))
                    }
                  >
                    撤销
                  </Button>
                )}
              </Typography>
            )}
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Alert severity={verdict.ok ? 'success' : 'warning'} sx={{ py: 0 }} data-testid="quota-verdict">
              已评优秀 {summary.excellentCount} 人。{verdict.ok ? '符合要求' : verdict.message}
            </Alert>
          </Grid>
        </Grid>
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
          {summary.finalised ? (
            <>
              <Typography variant="body2" color="success.main" data-testid="finalised-note">
                已定稿：{header?.finalisedBy || '—'}，{header?.finalisedAt.replace('T', ' ')}。等次已锁定。
              </Typography>
              <Button size="small" variant="outlined" onClick={() => setDialog('unlock')}>
                解除锁定…
              </Button>
            </>
          ) : (
            <>
              <Button size="small" variant="contained" onClick={() => void finalise()}>
                定稿
              </Button>
              <Button size="small" onClick={() => setDialog('adjust')}>
                登记校长室调整…
              </Button>
              <Typography variant="body2" color="text.secondary">
                {summary.blockers.length ? `尚有 ${summary.blockers.length} 个问题` : '可以定稿'}
              </Typography>
            </>
          )}
          <Box sx={{ flex: 1 }} />
          {view.records.log.length > 0 && (
            <Typography variant="caption" color="text.secondary" data-testid="finalise-log">
              {view.records.log
                .slice(-3)
                .map(
                  (l) =>
                    `${l.at.replace('T', ' ')} ${l.by} ${l.action === 'finalise' ? '定稿' : `解除锁定（${l.reason}）`}`,
                )
                .join('；')}
            </Typography>
          )}
        </Stack>
        {refusal && !summary.finalised && summary.blockers.length > 0 && (
          <Alert
            severity="error"
            sx={{ mt: 1 }}
            onClose={() => setRefusal(null)}
            data-testid="finalise-refusal"
          >
            不能定稿：
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {summary.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </Box>
          </Alert>
        )}
      </Paper>
      <TableContainer sx={{ maxHeight: 'max(320px, calc(100vh - 420px))' }}>
        <Table
          size="small"
          stickyHeader
          aria-label="等次评定"
          sx={{ '& .MuiTableCell-root': { py: 0.25, px: 0.75 }, '& th': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>座号</TableCell>
              <TableCell>姓名</TableCell>
              <TableCell align="right">定量</TableCell>
              <TableCell>考试</TableCell>
              <TableCell>建议等次</TableCell>
              <TableCell>等次</TableCell>
              <TableCell>说明</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {summary.students.map((s, i) => (
              <TableRow key={s.enrollmentId} hover data-testid={`grade-row-${s.name}`}>
                <TableCell>{view.students[i]?.seat ?? ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.name}</TableCell>
                <TableCell align="right">{s.total ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {s.examStatus ? EXAM_LABEL[s.examStatus] : '—'}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} title={s.proposal.why}>
                  {s.proposal.grade ? GRADE_LABELS[s.proposal.grade] : `—（${s.proposal.why}）`}
                </TableCell>
                <TableCell>
                  <ToggleButtonGroup
                    size="small"
                    exclusive
                    value={s.grade}
                    disabled={summary.finalised}
                    aria-label={`${s.name}的等次`}
                    onChange={(_, g: Grade | null) => void choose(s, g)}
                    sx={{ '& .MuiToggleButton-root': { py: 0, px: 1 } }}
                  >
                    {GRADES.map((g) => (
                      <ToggleButton
                        key={g}
                        value={g}
                        disabled={summary.finalised || !s.veto.allowed.includes(g)}
                        color={g === 'excellent' ? 'primary' : g === 'fail' ? 'error' : 'standard'}
                      >
                        {GRADE_LABELS[g]}
                      </ToggleButton>
                    ))}
                  </ToggleButtonGroup>
                </TableCell>
                <TableCell sx={{ fontSize: 12, maxWidth: 360 }}>
                  {s.veto.reason ? (
                    <Typography variant="caption" color="error" data-testid="veto-reason">
                      {s.veto.reason}
                    </Typography>
                  ) : s.chosen && s.chosen !== s.proposal.grade ? (
                    <Typography variant="caption" color="text.secondary">
                      班主任调整{s.reason ? `：${s.reason}` : ''}
                    </Typography>
                  ) : s.grade && (!s.chosen || s.chosen === s.proposal.grade) ? (
                    <Typography variant="caption" color="text.secondary">
                      按建议
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    sx={{ py: 0, minWidth: 0, whiteSpace: 'nowrap' }}
                    disabled={summary.finalised}
                    onClick={() => setDialog({ sanction: s })}
                  >
                    {s.sanction ? '处分…' : '登记处分'}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {dialog === 'adjust' && (
        <AdjustmentDialog
          n={quota.n}
          onClose={() => setDialog(null)}
          onSave={async (f) => {
            await assessment.recordAdjustment(cls.id, { ...f, recordedBy: me })
            notify('已登记校长室调整')
            setDialog(null)
          }}
        />
      )}
      {dialog === 'unlock' && (
        <UnlockDialog
          onClose={() => setDialog(null)}
          onSave={async (reason) => {
            await assessment.unlock(cls.id, reason, me, now())
            notify('已解除锁定，原因已记录')
            setDialog(null)
          }}
        />
      )}
      {dialog && typeof dialog === 'object' && (
        <SanctionDialog
          student={dialog.sanction}
          onClose={() => setDialog(null)}
          onSave={async (text) => {
            await assessment.setSanction(cls.id, dialog.sanction.enrollmentId, text)
            setDialog(null)
          }}
        />
      )}
    </Box>
  )
}

function AdjustmentDialog(props: {
  n: number
  onClose: () => void
  onSave: (f: {
    min: number
    max: number
    decidedBy: string
    decidedAt: string
    reason: string
  }) => Promise<void>
}) {
  const [min, setMin] = useState('')
  const [max, setMax] = useState('')
  const [decidedBy, setDecidedBy] = useState('')
  const [decidedAt, setDecidedAt] = useState(dayjs().format('YYYY-MM-DDTHH:mm'))
  const [reason, setReason] = useState('')
  return (
    <FormDialog
      title="登记校长室调整"
      onClose={props.onClose}
      onSubmit={() => {
        const a = Number(min)
        const b = max.trim() === '' ? a : Number(max)
        if (min.trim() === '' || !Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b > props.n)
          throw new Error(`优秀人数应为 0 到 ${props.n} 之间的整数`)
        if (!decidedAt) throw new Error('请填写决定时间')
        return props.onSave({ min: a, max: b, decidedBy, decidedAt, reason })
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        第十三条：“个别班次结合其实际情况，在校长室的指导下酌情删减”。登记后，本班的优秀人数按此范围检查。
      </Typography>
      <Grid container spacing={2}>
        <Grid size={6}>
          <TextField
            fullWidth
            label="优秀人数下限"
            value={min}
            onChange={(e) => setMin(e.target.value)}
            autoFocus
          />
        </Grid>
        <Grid size={6}>
          <TextField
            fullWidth
            label="优秀人数上限"
            value={max}
            onChange={(e) => setMax(e.target.value)}
            helperText="不填则与下限相同"
          />
        </Grid>
        <Grid size={6}>
          <TextField
            fullWidth
            label="决定人（校长室）"
            value={decidedBy}
            onChange={(e) => setDecidedBy(e.target.value)}
          />
        </Grid>
        <Grid size={6}>
          <PickerField
            type="datetime-local"
            fullWidth
            label="决定时间"
            value={decidedAt}
            onChange={setDecidedAt}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            fullWidth
            multiline
            label="原因"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Grid>
      </Grid>
    </FormDialog>
  )
}

function UnlockDialog(props: { onClose: () => void; onSave: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('')
  return (
    <FormDialog
      title="解除定稿锁定"
      submitLabel="解除锁定"
      onClose={props.onClose}
      onSubmit={() => props.onSave(reason)}
    >
      <TextField
        fullWidth
        multiline
        minRows={2}
        label="原因（必填，记入定稿记录）"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
        sx={{ mt: 1 }}
      />
    </FormDialog>
  )
}

function SanctionDialog(props: {
  student: StudentAssessment
  onClose: () => void
  onSave: (text: string) => Promise<void>
}) {
  const [text, setText] = useState(props.student.sanction)
  return (
    <FormDialog
      title={`${props.student.name}：违纪处分`}
      onClose={props.onClose}
      onSubmit={() => props.onSave(text)}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        第十四条：违反学员管理有关规定或受到违法违纪处分的，考核不予合格。登记后该学员只能评为不合格；清空即撤销登记。批评教育、擅自离校记录在“请假”页登记，同样计入。
      </Typography>
      <TextField
        fullWidth
        multiline
        label="处分（如：2026年6月 党内警告）"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
    </FormDialog>
  )
}
