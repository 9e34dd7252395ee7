import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Autocomplete from '@mui/material/Autocomplete'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import {
  CLASS_STATUSES,
  CLASS_TIERS,
  CLASS_TYPES,
  defaultNoLeaveFor,
  defaultResidentialFor,
  defaultTierFor,
  type ClassStatus,
  type ClassTier,
  type ClassType,
  type TrainingClassInput,
} from '@shared/domain/trainingClass'
import { errorMessage } from '../../app/Notifier'
import { ValidationError } from '../../db/validationError'

/**
 * Create or edit a class. Choosing a type fills in tier, residential and
 * no-leave defaults (DOMAIN.md), unless the user has already set them by hand.
 */
export function ClassFormDialog(props: {
  open: boolean
  title: string
  initial: TrainingClassInput
  onClose: () => void
  onSubmit: (value: TrainingClassInput) => Promise<void>
}) {
  const [value, setValue] = useState(props.initial)
  const [touched, setTouched] = useState<Set<string>>(new Set())
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const set = <K extends keyof TrainingClassInput>(key: K, v: TrainingClassInput[K]) => {
    setValue((old) => ({ ...old, [key]: v }))
    setTouched((t) => new Set(t).add(key))
  }

  const changeType = (type: ClassType) => {
    setValue((old) => ({
      ...old,
      type,
      tier: touched.has('tier') ? old.tier : defaultTierFor(type),
      residential: touched.has('residential') ? old.residential : defaultResidentialFor(type),
      noLeave: touched.has('noLeave') ? old.noLeave : defaultNoLeaveFor(type),
    }))
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setErrors({})
    setFormError(undefined)
    try {
      await props.onSubmit(value)
    } catch (err) {
      if (err instanceof ValidationError) setErrors(err.fieldErrors)
      else setFormError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  const err = (key: string) => ({ error: Boolean(errors[key]), helperText: errors[key] })

  return (
    <Dialog open={props.open} onClose={props.onClose} maxWidth="md" fullWidth>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent dividers>
          <Grid container spacing={2}>
            <Grid size={12}>
              <TextField
                label="班次名称"
                required
                fullWidth
                autoFocus
                value={value.name}
                onChange={(e) => set('name', e.target.value)}
                placeholder="例如：2025年春季中青年干部培训班"
                {...err('name')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                select
                label="班次类型"
                fullWidth
                value={value.type}
                onChange={(e) => changeType(e.target.value as ClassType)}
                {...err('type')}
              >
                {CLASS_TYPES.map((t) => (
                  <MenuItem key={t.code} value={t.code}>
                    {t.label}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                select
                label="班级层次"
                fullWidth
                value={value.tier}
                onChange={(e) => set('tier', e.target.value as ClassTier)}
                helperText="决定使用哪一张班务工作事项表"
              >
                {CLASS_TIERS.map((t) => (
                  <MenuItem key={t.code} value={t.code}>
                    {t.label}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                select
                label="状态"
                fullWidth
                value={value.status}
                onChange={(e) => set('status', e.target.value as ClassStatus)}
              >
                {CLASS_STATUSES.map((s) => (
                  <MenuItem key={s.code} value={s.code}>
                    {s.label}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                type="date"
                label="开班日期"
                fullWidth
                value={value.startDate}
                onChange={(e) => set('startDate', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                {...err('startDate')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                type="date"
                label="结业日期"
                fullWidth
                value={value.endDate}
                onChange={(e) => set('endDate', e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
                {...err('endDate')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                type="number"
                label="总学时"
                fullWidth
                value={Number.isFinite(value.totalHours) ? value.totalHours : ''}
                onChange={(e) =>
                  set('totalHours', e.target.value === '' ? Number.NaN : Number(e.target.value))
                }
                slotProps={{ htmlInput: { min: 0, step: 0.5 } }}
                error={Boolean(errors.totalHours)}
                helperText={errors.totalHours ?? '请假累计不得超过总学时的 1/7'}
              />
            </Grid>
            <Grid size={12}>
              <Autocomplete
                multiple
                freeSolo
                options={[]}
                value={value.headTeachers}
                onChange={(_, v) => set('headTeachers', v.map((s) => s.trim()).filter(Boolean))}
                renderInput={(params) => (
                  <TextField {...params} label="班主任 / 组织员" helperText="输入姓名后按回车，可填写多人" />
                )}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormControlLabel
                control={
                  <Switch
                    checked={value.residential}
                    onChange={(e) => set('residential', e.target.checked)}
                  />
                }
                label="住校"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormControlLabel
                control={
                  <Switch checked={value.noLeave} onChange={(e) => set('noLeave', e.target.checked)} />
                }
                label="原则上不准请假"
              />
            </Grid>
            <Grid size={12}>
              <TextField
                label="备注"
                fullWidth
                multiline
                minRows={2}
                value={value.note}
                onChange={(e) => set('note', e.target.value)}
              />
            </Grid>
          </Grid>
          {formError && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {formError}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            保存
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
