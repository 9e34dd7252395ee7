import { useState } from 'react'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  DEMOCRATIC_RESULTS,
  DEMOCRATIC_RESULT_LABELS,
  ledgerReviewId,
  type DemocraticResult,
} from '@shared/ledger/records'
import type { MemberStanding } from '@shared/ledger/standing'
import {
  YEAR_END_OUTCOME_LABELS,
  yearEndOutcomes,
  yearEndSuggestion,
  type YearEndOutcome,
} from '@shared/ledger/yearEnd'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

/**
 * Scheme 1's 考核评比 (seed 004 办法一 五、(四)): 自我评议, 民主评议, 满意度测评 and the branch's
 * outcome — 表彰, 批评教育, or for a 预备党员 a recommendation on the probation — with what the
 * ledger suggests beside it.
 */
export function YearEndPanel(props: {
  data: BranchData
  member: LedgerMemberRecord
  standing: MemberStanding
}) {
  const { data, member } = props
  const { ledger } = useData()
  const notify = useNotify()
  const stored = data.reviews.find((r) => r.id === ledgerReviewId(member.id, data.branch.year))
  const [selfReview, setSelfReview] = useState(stored?.selfReview ?? '')
  const [democratic, setDemocratic] = useState<DemocraticResult>(stored?.democratic ?? '')
  const [satisfaction, setSatisfaction] = useState(
    stored?.satisfaction == null ? '' : String(stored.satisfaction),
  )
  const [outcome, setOutcome] = useState<YearEndOutcome>(stored?.outcome ?? '')
  const save = async () => {
    const value = satisfaction.trim() === '' ? null : Number(satisfaction)
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > 100)) {
      notify('满意度应为 0–100 之间的数字（百分比）', 'error')
      return
    }
    try {
      await ledger.setYearEnd(member, data.branch.year, {
        selfReview,
        democratic,
        satisfaction: value,
        outcome,
      })
      notify('已保存年度考核评比')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }
  return (
    <Paper sx={{ p: 2, mb: 2 }} data-testid="year-end-panel">
      <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
        {data.branch.year} 年度考核评比
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        台账提示：{yearEndSuggestion(props.standing, member.status)}
      </Typography>
      <TextField
        label="自我评议"
        value={selfReview}
        onChange={(e) => setSelfReview(e.target.value)}
        fullWidth
        multiline
        minRows={2}
        margin="dense"
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
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
        <TextField
          label="满意度测评（%）"
          value={satisfaction}
          onChange={(e) => setSatisfaction(e.target.value)}
          fullWidth
          margin="dense"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <TextField
          select
          label="考核结果"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as YearEndOutcome)}
          fullWidth
          margin="dense"
        >
          {yearEndOutcomes(member.status).map((o) => (
            <MenuItem key={o} value={o}>
              {YEAR_END_OUTCOME_LABELS[o]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Button variant="contained" sx={{ mt: 1 }} onClick={() => void save()}>
        保存考核评比
      </Button>
    </Paper>
  )
}
