import { useState } from 'react'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  DEMOCRATIC_RESULTS,
  DEMOCRATIC_RESULT_LABELS,
  ledgerReviewId,
  type DemocraticResult,
} from '@shared/ledger/records'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

/** A member's year-end review (民主测评 score, 民主评议 result) and scheme 3's form (考核类别). */
export function ReviewPanel({ data, member }: { data: BranchData; member: LedgerMemberRecord }) {
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
