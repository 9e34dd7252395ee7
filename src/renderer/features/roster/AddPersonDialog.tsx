import { useState } from 'react'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import { enrolPerson } from '../../db/roster/rosterEnrol'
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
  const field = (key: keyof Form, label: string, size = 6, extra: object = {}) => (
    <Grid size={size}>
      <TextField
        label={label}
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
        await enrolPerson(data, props.classId, form)
        props.onAdded(form.name.trim())
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        {field('name', '姓名', 6, { required: true, autoFocus: true })}
        <Grid size={6}>
          <TextField
            select
            label="性别"
            fullWidth
            value={form.gender}
            onChange={(e) => setForm((f) => ({ ...f, gender: e.target.value as Form['gender'] }))}
          >
            <MenuItem value="">（未填）</MenuItem>
            <MenuItem value="男">男</MenuItem>
            <MenuItem value="女">女</MenuItem>
          </TextField>
        </Grid>
        {field('idNumber', '身份证号', 12)}
        {field('unit', '工作单位')}
        {field('post', '职务')}
        {field('phone', '手机')}
        {field('studentNo', '学号')}
      </Grid>
    </FormDialog>
  )
}
