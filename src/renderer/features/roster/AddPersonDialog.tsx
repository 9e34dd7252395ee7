import { useState } from 'react'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import type { PersonFields } from '../../db/roster/rosterRecords'

type Form = Pick<PersonFields, 'name' | 'idNumber' | 'gender' | 'unit' | 'post' | 'phone' | 'studentNo'>

/** 添加学员: one person typed by hand; someone known from another class is linked, not duplicated. */
export function AddPersonDialog(props: {
  classId: string
  onClose: () => void
  onAdded: (name: string) => void
}) {
  const data = useData()
  const [form, setForm] = useState<Form>({
    name: '',
    idNumber: '',
    gender: '',
    unit: '',
    post: '',
    phone: '',
    studentNo: '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const field = (key: keyof Form, size = 6, extra: object = {}) => (
    <Grid size={size}>
      <TextField
        label={SCREEN_LABEL[key]}
        fullWidth
        value={form[key]}
        onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        error={Boolean(errors[key])}
        helperText={errors[key]}
        {...extra}
      />
    </Grid>
  )
  return (
    <FormDialog
      title="添加学员"
      maxWidth="sm"
      submitLabel="添加"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await data.rosterWrites.enrol(props.classId, form)
        props.onAdded(form.name.trim())
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        {field('name', 6, { required: true, autoFocus: true })}
        <Grid size={6}>
          <TextField
            select
            label={SCREEN_LABEL.gender}
            fullWidth
            value={form.gender}
            onChange={(e) => setForm((f) => ({ ...f, gender: e.target.value as Form['gender'] }))}
          >
            <MenuItem value="">（未填）</MenuItem>
            <MenuItem value="男">男</MenuItem>
            <MenuItem value="女">女</MenuItem>
          </TextField>
        </Grid>
        {field('idNumber', 12)}
        {field('unit')}
        {field('post')}
        {field('phone')}
        {field('studentNo')}
      </Grid>
    </FormDialog>
  )
}
