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
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { gradeChoiceProblem, type StudentAssessment } from '@shared/assessment/classAssessment'
import { GRADE_LABELS, GRADES, type Grade } from '@shared/assessment/grades'
import { WRITTEN_EXAM_RULE_NOTE } from '@shared/assessment/writtenExamClass'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { AdjustmentDialog, SanctionDialog, UnlockDialog } from './GradeDialogs'
import { FinaliseDialog } from './FinaliseDialog'
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
  const [dialog, setDialog] = useState<
    'adjust' | 'unlock' | 'finalise' | { sanction: StudentAssessment } | null
  >(null)
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

  const finalise = () => {
    if (summary.blockers.length) {
      setRefusal(summary.blockers)
      notify(`不能定稿：${summary.blockers[0]}`, 'error')
      return
    }
    setRefusal(null)
    setDialog('finalise')
  }

  const { quota, verdict } = summary
  const pct = view.scheme.scheme.quota
  const header = view.records.header
  return (
    <Box>
      <Paper variant="outlined" sx={{ p: 1.5, mb: 1 }} data-testid="quota-panel">
        {summary.writtenExamOnly ? (
          <WrittenExamReading view={view} />
        ) : (
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
        )}
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
              <Button size="small" variant="contained" onClick={finalise}>
                定稿
              </Button>
              {!summary.writtenExamOnly && (
                <Button size="small" onClick={() => setDialog('adjust')}>
                  登记校长室调整…
                </Button>
              )}
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
              {!summary.writtenExamOnly && <TableCell align="right">定量</TableCell>}
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
                {!summary.writtenExamOnly && <TableCell align="right">{s.total ?? '—'}</TableCell>}
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
                        disabled={
                          summary.finalised ||
                          !s.veto.allowed.includes(g) ||
                          (g === 'excellent' && summary.writtenExamOnly)
                        }
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
      {dialog === 'finalise' && (
        <FinaliseDialog cls={cls} view={view} by={me} at={now} onClose={() => setDialog(null)} />
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

/**
 * For 入党积极分子/发展对象 classes the rule of seed 001 7.7–7.9 replaces the quota: 合格 on the
 * written exam, no 优秀 (the rule and its counts come from the summary; nothing computed here).
 */
function WrittenExamReading({ view }: { view: ClassAssessmentView }) {
  const { students } = view.summary
  const passed = students.filter((s) => s.grade === 'pass').length
  const failed = students.filter((s) => s.grade === 'fail').length
  return (
    <Grid container spacing={1} sx={{ alignItems: 'center' }}>
      <Grid size={{ xs: 12, md: 8 }}>
        <Typography variant="body2" data-testid="written-exam-rule">
          {WRITTEN_EXAM_RULE_NOTE}
          。笔试（含补考）合格的学员建议为合格、发给结业证书，未通过的为不合格；不适用优秀等次 15%–20%
          的比例。
        </Typography>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Alert severity="info" sx={{ py: 0 }} data-testid="written-exam-counts">
          {`本班 ${students.length} 人：合格 ${passed} 人，不合格 ${failed} 人，未定 ${students.length - passed - failed} 人`}
        </Alert>
      </Grid>
    </Grid>
  )
}
