import { useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import AddIcon from '@mui/icons-material/Add'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import AttachFileIcon from '@mui/icons-material/AttachFile'
import PrintIcon from '@mui/icons-material/Print'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { branchOverview } from '@shared/ledger/overview'
import { OUTCOME_LABELS } from '@shared/ledger/quantified'
import {
  DEMOCRATIC_RESULTS,
  DEMOCRATIC_RESULT_LABELS,
  MEMBER_STATUS_LABELS,
  REVIEW_STATE_LABELS,
  ledgerReviewId,
  type DemocraticResult,
} from '@shared/ledger/records'
import { entryItemLabels } from '@shared/ledger/scheme'
import type { ScoreSheet } from '@shared/ledger/scoreSheet'
import { ITEM_STATE_LABELS, hoursByMonth } from '@shared/ledger/standing'
import { FormDialog } from '../../ui/FormDialog'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { todayIso } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import { useBranchAttachments, useBranchData } from '../../db/ledger/ledgerHooks'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerEntryRecord, LedgerMemberRecord } from '../../db/ledger/ledgerRecords'
import { platform } from '../../platform'
import { Bars } from './Bars'
import { EntryDialog } from './EntryDialog'
import { MemberDialog } from './MemberDialog'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { ledgerPrintPath } from './ledgerPrintPath'

/** One member's year: standing or score sheet, the entries with 支部审核 and evidence, the review. */
export function MemberPage() {
  const { branchId, memberId } = useParams()
  const data = useBranchData(branchId)
  if (data === undefined) return null
  const member = data?.members.find((m) => m.id === memberId)
  if (!data || !member)
    return (
      <Alert severity="warning" action={<a href={`#/ledger/${branchId ?? ''}`}>返回支部</a>}>
        找不到这名党员。
      </Alert>
    )
  return <MemberView data={data} member={member} />
}

function MemberView({ data, member }: { data: BranchData; member: LedgerMemberRecord }) {
  const navigate = useNavigate()
  const { ledger } = useData()
  const notify = useNotify()
  const { branch, scheme } = data
  const [recording, setRecording] = useState(false)
  const [editing, setEditing] = useState(false)
  const [removing, setRemoving] = useState(false)
  const [returning, setReturning] = useState<LedgerEntryRecord | null>(null)
  const today = todayIso()
  const row = useMemo(
    () => branchOverview(scheme, [member], data.entries, data.reviews, branch.year, today)[0]!,
    [scheme, member, data.entries, data.reviews, branch.year, today],
  )
  const entries = data.entries
    .filter((e) => e.memberId === member.id)
    .sort((a, b) => b.date.localeCompare(a.date))
  const label = entryItemLabels(scheme)
  const pending = entries.filter((e) => e.review === 'submitted').map((e) => e.id)
  const volunteer = scheme.items.find((i) => i.rule === 'volunteer')
  const act = (p: Promise<unknown>) => p.catch((e: unknown) => notify(errorMessage(e), 'error'))

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate(`/ledger/${branch.id}`)}>
          {branch.name}
        </Button>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {member.name}
          <Typography component="span" color="text.secondary" sx={{ ml: 2 }}>
            {MEMBER_STATUS_LABELS[member.status]}
            {member.staffNo && ` · ${member.staffNo}`}
            {member.partyPost && ` · ${member.partyPost}`}
            {member.joinedOn && ` · ${member.joinedOn} 入党`}
          </Typography>
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setRecording(true)}>
          记录
        </Button>
        {pending.length > 0 && (
          <Button variant="outlined" onClick={() => void act(ledger.verify(pending))}>
            全部审核通过（{pending.length}）
          </Button>
        )}
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          onClick={() => void navigate(ledgerPrintPath(branch.id, 'appraisal', member.id))}
        >
          打印考核表
        </Button>
        <Button onClick={() => void navigate(ledgerPrintPath(branch.id, 'register', member.id))}>
          登记本
        </Button>
        <Button onClick={() => setEditing(true)}>修改信息</Button>
        <Button color="error" onClick={() => setRemoving(true)}>
          移出支部
        </Button>
      </Stack>

      {scheme.kind === 'quantified' ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2, mb: 2 }}>
          <ScoreSheetPanel sheet={row.sheet!} />
          <ReviewPanel data={data} member={member} />
        </Box>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2, mb: 2 }}>
          <Paper sx={{ p: 2 }} data-testid="member-standing">
            <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
              {branch.year} 年完成情况：{row.standing!.met}/{scheme.items.length} 项
              {row.standing!.behind && <Chip size="small" color="warning" label="落后进度" sx={{ ml: 1 }} />}
            </Typography>
            <Table size="small">
              <TableBody>
                {row.standing!.items.map((s) => {
                  const item = scheme.items.find((i) => i.code === s.code)!
                  return (
                    <TableRow key={s.code}>
                      <TableCell>{item.label}</TableCell>
                      <TableCell>{ITEM_STATE_LABELS[s.state]}</TableCell>
                      <TableCell>
                        {s.volunteer
                          ? `${s.volunteer.hours} 小时 / ${s.volunteer.times} 次；按今天的进度应达 ${s.volunteer.dueHours} 小时、${s.volunteer.dueTimes} 次${s.volunteer.behind ? '（落后进度）' : ''}`
                          : `${s.entryIds.length} 条记录`}
                      </TableCell>
                    </TableRow>
                  )
                })}
              </TableBody>
            </Table>
          </Paper>
          {volunteer && (
            <Paper sx={{ p: 2 }}>
              <Bars
                title="每月义工时长（小时）"
                direction="column"
                max={0}
                bars={hoursByMonth(entries, volunteer.code, branch.year).map((h, i) => ({
                  label: `${i + 1}`,
                  value: h,
                }))}
              />
            </Paper>
          )}
        </Box>
      )}

      <Paper sx={{ mb: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, p: 2, pb: 0 }}>
          台账记录（{entries.length} 条）
        </Typography>
        <EntriesTable
          data={data}
          entries={entries}
          label={label}
          onVerify={(e) => void act(ledger.verify([e.id]))}
          onReturn={setReturning}
          onResubmit={(e) => void act(ledger.resubmit(e.id))}
          onDelete={(e) => void act(ledger.deleteEntry(e.id))}
        />
      </Paper>
      {editing && <MemberDialog data={data} member={member} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={removing}
        title={`把${member.name}移出${branch.name}？`}
        message="移出后不再列入本支部的台账；已有的记录保留。"
        confirmLabel="移出"
        onCancel={() => setRemoving(false)}
        onConfirm={async () => {
          await ledger.members.softDelete(member.id)
          void navigate(`/ledger/${branch.id}`)
        }}
      />
      {recording && (
        <EntryDialog data={data} memberIds={[member.id]} bulk={false} onClose={() => setRecording(false)} />
      )}
      {returning && (
        <ReturnDialog
          onClose={() => setReturning(null)}
          onSubmit={async (reason) => {
            await ledger.returnEntry(returning.id, reason)
            setReturning(null)
          }}
        />
      )}
    </>
  )
}

function EntriesTable(props: {
  data: BranchData
  entries: LedgerEntryRecord[]
  label: Map<string, string>
  onVerify: (e: LedgerEntryRecord) => void
  onReturn: (e: LedgerEntryRecord) => void
  onResubmit: (e: LedgerEntryRecord) => void
  onDelete: (e: LedgerEntryRecord) => void
}) {
  const { ledger } = useData()
  const notify = useNotify()
  const attachments = useBranchAttachments(props.data.branch.id) ?? []
  const attach = async (e: LedgerEntryRecord) => {
    const r = await platform.openFiles({
      filters: [
        {
          name: '照片、扫描件或 PDF',
          extensions: ['jpg', 'jpeg', 'png', 'pdf', 'webp', 'gif', 'bmp', 'tif', 'tiff'],
        },
      ],
    })
    if (!r.ok || !r.value[0]) return
    try {
      await ledger.attach(e, r.value[0])
      notify(`已附上“${r.value[0].name}”`)
    } catch (err) {
      notify(errorMessage(err), 'error')
    }
  }
  const download = async (id: string, name: string) => {
    const full = await ledger.attachmentBytes(id)
    if (!full) return
    const saved = await platform.saveFile({ suggestedName: name, bytes: new Uint8Array(full.bytes) })
    if (!saved.ok && saved.error.code !== 'cancelled') notify(saved.error.message, 'error')
  }
  return (
    <Table size="small" aria-label="台账记录" data-testid="member-entries">
      <TableHead>
        <TableRow>
          <TableCell>日期</TableCell>
          <TableCell>项目</TableCell>
          <TableCell align="right">数量</TableCell>
          <TableCell>说明</TableCell>
          <TableCell>佐证材料</TableCell>
          <TableCell>支部审核</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.entries.map((e) => (
          <TableRow key={e.id} data-testid="entry-row">
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.date}</TableCell>
            <TableCell>{props.label.get(e.item) ?? e.item}</TableCell>
            <TableCell align="right">{e.amount}</TableCell>
            <TableCell>{e.note}</TableCell>
            <TableCell>
              {attachments
                .filter((a) => a.entryId === e.id)
                .map((a) => (
                  <Button key={a.id} size="small" onClick={() => void download(a.id, a.name)}>
                    {a.name}
                  </Button>
                ))}
              <Button
                size="small"
                startIcon={<AttachFileIcon />}
                aria-label={`附上佐证材料 ${e.date}`}
                onClick={() => void attach(e)}
              >
                附上
              </Button>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Chip
                size="small"
                color={e.review === 'verified' ? 'success' : e.review === 'returned' ? 'error' : 'default'}
                label={REVIEW_STATE_LABELS[e.review]}
              />
              {e.review === 'returned' && (
                <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                  {e.returnReason}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {e.review !== 'verified' && (
                <Button size="small" onClick={() => props.onVerify(e)}>
                  通过
                </Button>
              )}
              {e.review !== 'returned' && (
                <Button size="small" color="warning" onClick={() => props.onReturn(e)}>
                  退回
                </Button>
              )}
              {e.review === 'returned' && (
                <Button size="small" onClick={() => props.onResubmit(e)}>
                  重新提交
                </Button>
              )}
              <Button size="small" color="error" onClick={() => props.onDelete(e)}>
                删除
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

function ReturnDialog(props: { onClose: () => void; onSubmit: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title="退回这条记录"
      submitLabel="退回"
      submitColor="warning"
      onClose={props.onClose}
      onSubmit={() => props.onSubmit(reason)}
      onFieldErrors={setErrors}
    >
      <TextField
        label="退回原因"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        fullWidth
        margin="dense"
        autoFocus
        error={!!errors.reason}
        helperText={errors.reason ?? '例如：缺少佐证材料、时长与签到不符'}
      />
    </FormDialog>
  )
}

/** The scheme-3 score sheet: each figure with the entries that produced it. */
export function ScoreSheetPanel({ sheet }: { sheet: ScoreSheet }) {
  return (
    <Paper sx={{ p: 2 }} data-testid="score-sheet">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
        量化考核得分表（{sheet.form.label}）
      </Typography>
      {sheet.vetoed && (
        <Alert severity="error" sx={{ mb: 1 }}>
          民主评议为不合格：一票否决，不再进行量化考核。
        </Alert>
      )}
      <Table size="small" sx={{ '& th, & td:first-of-type': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>考核项目</TableCell>
            <TableCell align="right">标准分</TableCell>
            <TableCell align="right">加分</TableCell>
            <TableCell align="right">减分</TableCell>
            <TableCell align="right">得分</TableCell>
            <TableCell>依据</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sheet.categories.map((c) => (
            <TableRow key={c.code} data-testid={`category-${c.code}`}>
              <TableCell>{c.label}</TableCell>
              <TableCell align="right">{c.standard}</TableCell>
              <TableCell align="right">{c.bonuses ? `+${c.bonuses}` : ''}</TableCell>
              <TableCell align="right">{c.deductions ? `−${c.deductions}` : ''}</TableCell>
              <TableCell align="right">
                {sheet.vetoed ? '—' : c.score}
                {!sheet.vetoed && c.clamped === 'standard' && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    超过标准分，按 {c.standard} 分计
                  </Typography>
                )}
                {!sheet.vetoed && c.clamped === 'zero' && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    低于 0 分，按 0 分计
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {c.lines.map((l) => (
                  <Typography key={l.entryId} variant="caption" sx={{ display: 'block' }}>
                    {l.date} {l.rule.label}
                    {l.amount !== 1 ? ` ×${l.amount}` : ''}：{l.points > 0 ? `+${l.points}` : l.points}
                  </Typography>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ mt: 1.5 }} data-testid="score-total">
        {sheet.vetoed ? (
          <Typography sx={{ fontWeight: 700 }}>结果：{OUTCOME_LABELS.vetoed}</Typography>
        ) : (
          <>
            <Typography>
              量化得分 {sheet.score.quantified} × {sheet.quantifiedPercent}% ＋ 民主测评{' '}
              {sheet.score.survey ?? '—'} × {100 - sheet.quantifiedPercent}% ＝ 总分{' '}
              <b>{sheet.score.total ?? '—'}</b>
            </Typography>
            <Typography sx={{ fontWeight: 700 }}>
              结果：{sheet.surveyMissing ? '待民主测评' : OUTCOME_LABELS[sheet.score.outcome]}
            </Typography>
          </>
        )}
        {sheet.readings && (
          <Typography variant="caption" color="text.secondary">
            本方案：{sheet.readings.commend}；{sheet.readings.unqualified}（第十四条）
          </Typography>
        )}
      </Box>
    </Paper>
  )
}

function ReviewPanel({ data, member }: { data: BranchData; member: LedgerMemberRecord }) {
  const { ledger } = useData()
  const notify = useNotify()
  const stored = data.reviews.find((r) => r.id === ledgerReviewId(member.id, data.branch.year))
  const [survey, setSurvey] = useState(stored?.survey == null ? '' : String(stored.survey))
  const [democratic, setDemocratic] = useState<DemocraticResult>(stored?.democratic ?? '')
  const save = async () => {
    const value = survey.trim() === '' ? null : Number(survey)
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > 100)) {
      notify('民主测评得分应为 0–100 之间的数字', 'error')
      return
    }
    try {
      await ledger.setReview(member, data.branch.year, { survey: value, democratic })
      notify('已保存年度评议')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }
  return (
    <Paper sx={{ p: 2 }} data-testid="review-panel">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }} gutterBottom>
        {data.branch.year} 年度评议
      </Typography>
      <TextField
        label="民主测评得分"
        value={survey}
        onChange={(e) => setSurvey(e.target.value)}
        fullWidth
        margin="dense"
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      <TextField
        select
        label="民主评议结果"
        value={democratic}
        onChange={(e) => setDemocratic(e.target.value as DemocraticResult)}
        fullWidth
        margin="dense"
      >
        {DEMOCRATIC_RESULTS.map((r) => (
          <MenuItem key={r} value={r}>
            {DEMOCRATIC_RESULT_LABELS[r]}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="contained" sx={{ mt: 1 }} onClick={() => void save()}>
        保存评议
      </Button>
      <TextField
        select
        label="考核类别"
        value={member.form}
        onChange={(e) =>
          void ledger.members
            .update(member.id, { form: e.target.value as LedgerMemberRecord['form'] })
            .catch((err: unknown) => notify(errorMessage(err), 'error'))
        }
        fullWidth
        margin="dense"
        sx={{ mt: 3 }}
      >
        {data.scheme.forms.map((f) => (
          <MenuItem key={f.code} value={f.code}>
            {f.label}
          </MenuItem>
        ))}
      </TextField>
    </Paper>
  )
}
