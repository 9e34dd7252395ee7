import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Grid from '@mui/material/Grid'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { AssessmentScheme } from '@shared/assessment/scheme'
import { FormDialog } from '../../ui/FormDialog'
import { useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { SchemeVersion } from '../../db/assessment/assessmentSchemeRepository'

/**
 * The school-wide 考核方案 (synced, versioned): points per quantitative item, the deduction per
 * hour of 旷课 for 学员考勤, the 优秀 percentages and the pass mark. Saving makes a new version;
 * classes that started on an older one keep it until they choose the new one.
 */
export function SchemeDialog({ current, onClose }: { current: SchemeVersion; onClose: () => void }) {
  const { assessmentSchemes } = useData()
  const notify = useNotify()
  const s = current.scheme
  const [points, setPoints] = useState(() => s.quantitative.map((i) => String(i.maxPoints)))
  const [deduction, setDeduction] = useState(String(s.attendanceDeductionPerAbsentHour))
  const [minPct, setMinPct] = useState(String(s.quota.minPercent))
  const [maxPct, setMaxPct] = useState(String(s.quota.maxPercent))
  const [passMark, setPassMark] = useState(String(s.passMark))

  const num = (label: string, v: string): number => {
    const n = Number(v.trim())
    if (v.trim() === '' || !Number.isFinite(n) || n < 0) throw new Error(`${label}应为不小于 0 的数字`)
    return n
  }

  const submit = async () => {
    const edited: AssessmentScheme = {
      ...s,
      quantitative: s.quantitative.map((i, k) => ({
        ...i,
        maxPoints: num(`“${i.label}”的分值`, points[k]!),
      })),
      attendanceDeductionPerAbsentHour: num('每旷课 1 学时扣分', deduction),
      quota: {
        minPercent: Math.round(num('优秀比例下限', minPct)),
        maxPercent: Math.round(num('优秀比例上限', maxPct)),
      },
      passMark: num('及格分', passMark),
    }
    const saved = await assessmentSchemes.saveNewVersion(edited, current.version)
    notify(`考核方案已保存为第 ${saved.version} 版`)
    onClose()
  }

  return (
    <FormDialog
      title={`全校考核方案（现为第 ${current.version} 版）`}
      maxWidth="md"
      onClose={onClose}
      onSubmit={submit}
      submitLabel="保存为新版本"
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        考核内容依《主体班学员考核管理办法》（附3）第七条、第八条。办法没有规定各项的权重和分值，由学校确定；保存后同步到各办公室，已开始考核的班次仍按原版本，可在班次中改用新版本。
      </Alert>
      <Typography variant="subtitle2" gutterBottom>
        定量考核（第八条）：各项分值
      </Typography>
      <Grid container spacing={1.5} sx={{ mb: 2 }}>
        {s.quantitative.map((item, k) => (
          <Grid key={item.code} size={{ xs: 6, sm: 3 }}>
            <TextField
              size="small"
              fullWidth
              label={item.label}
              value={points[k]}
              onChange={(e) => setPoints((p) => p.map((v, j) => (j === k ? e.target.value : v)))}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              helperText={item.code === 'attendance' ? '由考勤自动计算' : undefined}
            />
          </Grid>
        ))}
      </Grid>
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            fullWidth
            label="每旷课 1 学时扣分"
            value={deduction}
            onChange={(e) => setDeduction(e.target.value)}
            helperText="学员考勤：满分减扣分，最低 0"
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            fullWidth
            label="优秀比例下限（%）"
            value={minPct}
            onChange={(e) => setMinPct(e.target.value)}
            helperText="第十三条：15%"
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            fullWidth
            label="优秀比例上限（%）"
            value={maxPct}
            onChange={(e) => setMaxPct(e.target.value)}
            helperText="第十三条：20%"
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            fullWidth
            label="考试及格分"
            value={passMark}
            onChange={(e) => setPassMark(e.target.value)}
            helperText="新建考试的默认及格分"
          />
        </Grid>
      </Grid>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        定性考核（第七条）：{s.qualitative.map((q) => q.label).join('、')}。
      </Typography>
    </FormDialog>
  )
}
