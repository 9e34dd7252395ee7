import { useState } from 'react'
import Grid from '@mui/material/Grid'
import TextField from '@mui/material/TextField'
import { SESSION_FORMS } from '@shared/plan/sessionForm'
import { defaultTimesFor, SESSION_SLOTS, type SessionFields, type SessionSlot } from '@shared/plan/session'
import { CodeSelect } from '../../ui/CodeSelect'
import { FormDialog } from '../../ui/FormDialog'
import { useFormState } from '../../ui/useFormState'
import { PickerField } from '../../ui/PickerField'

/**
 * One session of the plan, by hand. Changing the slot moves the times to the slot's defaults
 * unless the user has typed times of their own.
 */
export function SessionFormDialog(props: {
  title: string
  initial: SessionFields
  onClose: () => void
  onSubmit: (value: SessionFields) => Promise<void>
}) {
  const { value, setValue, set, setErrors, err } = useFormState(props.initial)
  const [hoursText, setHoursText] = useState(String(props.initial.hours))
  const [timesTouched, setTimesTouched] = useState(false)

  const changeSlot = (slot: SessionSlot) =>
    setValue((old) => ({ ...old, slot, ...(timesTouched ? {} : defaultTimesFor(slot)) }))

  return (
    <FormDialog
      title={props.title}
      maxWidth="md"
      dividers
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={() => props.onSubmit({ ...value, hours: hoursText.trim() === '' ? NaN : Number(hoursText) })}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <PickerField
            type="date"
            label="日期"
            fullWidth
            value={value.date}
            onChange={(v) => set('date', v)}
            {...err('date')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 2 }}>
          <CodeSelect
            label="时段"
            fullWidth
            options={SESSION_SLOTS}
            value={value.slot}
            onChange={(v) => v && changeSlot(v)}
            {...err('slot')}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <PickerField
            type="time"
            label="开始时间"
            fullWidth
            value={value.start}
            onChange={(v) => {
              setTimesTouched(true)
              set('start', v)
            }}
            {...err('start')}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <PickerField
            type="time"
            label="结束时间"
            fullWidth
            value={value.end}
            onChange={(v) => {
              setTimesTouched(true)
              set('end', v)
            }}
            {...err('end')}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            label="课程内容"
            required
            fullWidth
            autoFocus
            value={value.topic}
            onChange={(e) => set('topic', e.target.value)}
            placeholder="例如：党章党规党纪专题"
            {...err('topic')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <CodeSelect
            label="教学形式"
            fullWidth
            options={SESSION_FORMS}
            value={value.form}
            onChange={(v) => v && set('form', v)}
            {...err('form')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            label="授课人"
            fullWidth
            value={value.teacher}
            onChange={(e) => set('teacher', e.target.value)}
            {...err('teacher')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            label="地点"
            fullWidth
            value={value.place}
            onChange={(e) => set('place', e.target.value)}
            {...err('place')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            type="number"
            label="学时"
            fullWidth
            value={hoursText}
            onChange={(e) => setHoursText(e.target.value)}
            slotProps={{ htmlInput: { min: 0, max: 24, step: 0.5 } }}
            {...err('hours')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextField
            label="备注"
            fullWidth
            value={value.note}
            onChange={(e) => set('note', e.target.value)}
            {...err('note')}
          />
        </Grid>
      </Grid>
    </FormDialog>
  )
}
