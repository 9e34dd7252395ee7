import { useState } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import FormControlLabel from '@mui/material/FormControlLabel'
import Grid from '@mui/material/Grid'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import {
  CLASS_STATUSES,
  CLASS_TIERS,
  CLASS_TYPES,
  classFromDraft,
  defaultNoLeaveFor,
  defaultResidentialFor,
  defaultTierFor,
  type ClassDraft,
  type ClassType,
  type TrainingClassInput,
} from '@shared/domain/trainingClass'
import { CodeSelect } from '../../ui/CodeSelect'
import { FormDialog } from '../../ui/FormDialog'
import { useFormState } from '../../ui/useFormState'
import { PickerField } from '../../ui/PickerField'

/**
 * Create or edit a class. A new class starts with no type (newClassDraft): the head teacher chooses
 * it, and choosing a type fills in tier, residential and no-leave defaults (DOMAIN.md), unless the
 * user has already set them by hand.
 */
export function ClassFormDialog(props: {
  title: string
  initial: ClassDraft
  onClose: () => void
  onSubmit: (value: TrainingClassInput) => Promise<void>
}) {
  const form = useFormState(props.initial)
  const { value, setValue, errors, setErrors, err } = form
  const [touched, setTouched] = useState<Set<string>>(new Set())

  const set = <K extends keyof ClassDraft>(key: K, v: ClassDraft[K]) => {
    form.set(key, v)
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

  const dateField = (key: 'startDate' | 'endDate', label: string) => (
    <PickerField
      type="date"
      label={label}
      fullWidth
      value={value[key]}
      onChange={(v) => set(key, v)}
      {...err(key)}
    />
  )

  return (
    <FormDialog
      title={props.title}
      maxWidth="md"
      dividers
      onClose={props.onClose}
      onSubmit={() => props.onSubmit(classFromDraft(value))}
      onFieldErrors={setErrors}
    >
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
          <CodeSelect
            label="班次类型"
            fullWidth
            options={CLASS_TYPES}
            required
            value={value.type}
            onChange={(v) => v && changeType(v)}
            error={Boolean(errors.type)}
            helperText={errors.type ?? (value.type ? undefined : '请选择，将按类型填写层次和请假规定')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <CodeSelect
            label="班级层次"
            fullWidth
            options={CLASS_TIERS}
            value={value.tier}
            onChange={(v) => v && set('tier', v)}
            error={Boolean(errors.tier)}
            helperText={
              errors.tier ?? (value.type ? '决定使用哪一张班务工作事项表' : '选择班次类型后自动填写')
            }
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <CodeSelect
            label="状态"
            fullWidth
            options={CLASS_STATUSES}
            value={value.status}
            onChange={(v) => v && set('status', v)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>{dateField('startDate', '开班日期')}</Grid>
        <Grid size={{ xs: 12, sm: 4 }}>{dateField('endDate', '结业日期')}</Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            type="number"
            label="总学时"
            fullWidth
            value={Number.isFinite(value.totalHours) ? value.totalHours : ''}
            onChange={(e) => set('totalHours', e.target.value === '' ? Number.NaN : Number(e.target.value))}
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
              <Switch checked={value.residential} onChange={(e) => set('residential', e.target.checked)} />
            }
            label="住校"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormControlLabel
            control={<Switch checked={value.noLeave} onChange={(e) => set('noLeave', e.target.checked)} />}
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
    </FormDialog>
  )
}
