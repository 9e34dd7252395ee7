import { Fragment, useState } from 'react'
import Grid from '@mui/material/Grid'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL, type PersonField } from '@shared/roster/fields'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import { personFieldsOf } from '../../db/roster/rosterBuilders'
import type { PersonFields, PersonRecord } from '../../db/roster/rosterRecords'

/** The text fields, in form order, with their width in grid columns; 性别 is a choice next to 姓名. */
const FIELDS: { key: Exclude<PersonField, 'gender'>; size: number }[] = [
  { key: 'name', size: 4 },
  { key: 'ethnicity', size: 4 },
  { key: 'idNumber', size: 8 },
  { key: 'birthDate', size: 4 },
  { key: 'politicalStatus', size: 4 },
  { key: 'education', size: 4 },
  { key: 'phone', size: 4 },
  { key: 'unit', size: 8 },
  { key: 'post', size: 4 },
  { key: 'studentNo', size: 4 },
  { key: 'college', size: 4 },
  { key: 'major', size: 4 },
  { key: 'activistSince', size: 6 },
  { key: 'note', size: 12 },
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
        {FIELDS.map(({ key, size }) => (
          <Fragment key={key}>
            <Grid size={size}>
              <TextField
                label={SCREEN_LABEL[key]}
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
                  label={SCREEN_LABEL.gender}
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
