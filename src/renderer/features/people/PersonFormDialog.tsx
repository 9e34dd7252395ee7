import { Fragment, useState } from 'react'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import { personFieldsOf } from '../../db/roster/personRepository'
import type { PersonFields, PersonRecord } from '../../db/roster/rosterRecords'

const FIELDS: { key: keyof PersonFields; label: string; size: number }[] = [
  { key: 'name', label: '姓名', size: 4 },
  { key: 'ethnicity', label: '民族', size: 4 },
  { key: 'idNumber', label: '身份证号', size: 8 },
  { key: 'birthDate', label: '出生日期', size: 4 },
  { key: 'politicalStatus', label: '政治面貌', size: 4 },
  { key: 'education', label: '学历', size: 4 },
  { key: 'phone', label: '手机', size: 4 },
  { key: 'unit', label: '工作单位', size: 8 },
  { key: 'post', label: '职务', size: 4 },
  { key: 'studentNo', label: '学号', size: 4 },
  { key: 'college', label: '学院', size: 4 },
  { key: 'major', label: '专业班级', size: 4 },
  { key: 'activistSince', label: '确定为积极分子时间', size: 6 },
  { key: 'note', label: '备注', size: 12 },
]

/** Edits a person: the change shows on every class's roster the person is on. */
export function PersonFormDialog(props: { person: PersonRecord; onClose: () => void; onSaved: () => void }) {
  const { people } = useData()
  const [form, setForm] = useState<PersonFields>(personFieldsOf(props.person))
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title={`编辑学员：${props.person.name}`}
      maxWidth="md"
      dividers
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await people.updatePerson(props.person.id, form)
        props.onSaved()
      }}
    >
      <Grid container spacing={2}>
        {FIELDS.map(({ key, label, size }) => (
          <Fragment key={key}>
            <Grid size={size}>
              <TextField
                label={label}
                fullWidth
                required={key === 'name'}
                value={form[key] ?? ''}
                onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
                error={Boolean(errors[key])}
                helperText={errors[key]}
              />
            </Grid>
            {key === 'name' && (
              <Grid size={4}>
                <TextField
                  select
                  label="性别"
                  fullWidth
                  value={form.gender}
                  onChange={(e) =>
                    setForm((f) => ({ ...f, gender: e.target.value as PersonFields['gender'] }))
                  }
                >
                  <MenuItem value="">（未填）</MenuItem>
                  <MenuItem value="男">男</MenuItem>
                  <MenuItem value="女">女</MenuItem>
                </TextField>
              </Grid>
            )}
          </Fragment>
        ))}
      </Grid>
    </FormDialog>
  )
}
