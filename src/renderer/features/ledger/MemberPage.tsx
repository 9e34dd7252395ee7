import { useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import AddIcon from '@mui/icons-material/Add'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import PrintIcon from '@mui/icons-material/Print'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { branchOverview } from '@shared/ledger/overview'
import { MEMBER_STATUS_LABELS } from '@shared/ledger/records'
import { entryItemLabels } from '@shared/ledger/scheme'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { todayIso } from '../../ui/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useData } from '../../db/core/DataProvider'
import { useBranchData, useBranchOrgLife } from '../../db/ledger/ledgerHooks'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerEntryRecord, LedgerMemberRecord } from '../../db/ledger/ledgerRecords'
import { EntryDialog } from './EntryDialog'
import { MemberDialog } from './MemberDialog'
import { MemberEntriesTable } from './MemberEntriesTable'
import { MemberStandingPanel } from './MemberStandingPanel'
import { ReturnDialog } from './ReturnDialog'
import { ReviewPanel } from './ReviewPanel'
import { ScoreSheetPanel } from './ScoreSheetPanel'
import { YearEndPanel } from './YearEndPanel'
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
  const orgLife = useBranchOrgLife(data)
  const row = useMemo(
    () => branchOverview(scheme, [member], data.entries, data.reviews, branch.year, today, orgLife)[0]!,
    [scheme, member, data.entries, data.reviews, branch.year, today, orgLife],
  )
  const entries = data.entries
    .filter((e) => e.memberId === member.id)
    .sort((a, b) => b.date.localeCompare(a.date))
  const label = entryItemLabels(scheme)
  const pending = entries.filter((e) => e.review === 'submitted').map((e) => e.id)
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
        <MemberStandingPanel
          scheme={scheme}
          standing={row.standing!}
          entries={entries}
          year={branch.year}
          periodLabel={scheme.period === 'class' ? '本班次' : `${branch.year} 年`}
        />
      )}
      {scheme.kind === 'items' && scheme.period === 'year' && (
        <YearEndPanel data={data} member={member} standing={row.standing!} />
      )}

      <Paper sx={{ mb: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, p: 2, pb: 0 }}>
          台账记录（{entries.length} 条）
        </Typography>
        <MemberEntriesTable
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
        <EntryDialog
          data={data}
          memberIds={[member.id]}
          bulk={false}
          fromAttendance={!!orgLife?.has(member.id)}
          onClose={() => setRecording(false)}
        />
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
