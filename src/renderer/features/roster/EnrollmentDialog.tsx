import { useState } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Grid from '@mui/material/Grid'
import TextField from '@mui/material/TextField'
import { CodeSelect } from '../../ui/CodeSelect'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { todayIso } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import { ENROLLMENT_STATUS_LABELS } from '../../db/roster/enrollmentRepository'
import type { EnrollmentStatus } from '../../db/roster/rosterRecords'
import { COMMITTEE_ROLES } from '@shared/roster/roles'
import type { RosterGridRow } from './rosterGridRows'

const STATUS_OPTIONS = (Object.entries(ENROLLMENT_STATUS_LABELS) as [EnrollmentStatus, string][]).map(
  ([code, label]) => ({ code, label }),
)

/** A person's place in this class: seat, committee roles, dormitory, 在读 / 退学 (why, when) / 结业. */
export function EnrollmentDialog(props: {
  row: RosterGridRow
  residential: boolean
  onClose: () => void
  onSaved: () => void
}) {
  const { enrollments } = useData()
  const { row } = props
  const [seat, setSeat] = useState(row.seat === null ? '' : String(row.seat))
  const [roles, setRoles] = useState<string[]>(row.roles)
  const [dormRoom, setDormRoom] = useState(row.dormRoom)
  const [status, setStatus] = useState<EnrollmentStatus>(row.status)
  const [withdrawReason, setWithdrawReason] = useState(row.withdrawReason)
  const [withdrawDate, setWithdrawDate] = useState(row.withdrawDate || todayIso())
  const [note, setNote] = useState(row.note)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const err = (key: string) => ({ error: Boolean(errors[key]), helperText: errors[key] })

  return (
    <FormDialog
      title={`${row.name}（本班信息）`}
      maxWidth="sm"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await enrollments.updateEnrollment(row.id, {
          seat: seat.trim() === '' ? null : Number(seat),
          roles,
          dormRoom,
          status,
          note,
          ...(status === 'withdrawn' ? { withdrawReason, withdrawDate } : {}),
        })
        props.onSaved()
      }}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={4}>
          <TextField
            label="座号"
            fullWidth
            value={seat}
            onChange={(e) => setSeat(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            {...err('seat')}
          />
        </Grid>
        <Grid size={8}>
          {(props.residential || dormRoom) && (
            <TextField
              label="宿舍"
              fullWidth
              value={dormRoom}
              onChange={(e) => setDormRoom(e.target.value)}
            />
          )}
        </Grid>
        <Grid size={12}>
          <Autocomplete
            multiple
            freeSolo
            options={[...COMMITTEE_ROLES]}
            value={roles}
            onChange={(_, v) => setRoles(v)}
            renderInput={(params) => (
              <TextField
                {...params}
                label="班内职务（支委、班委）"
                helperText="可从列表选择，也可直接输入后按回车"
              />
            )}
          />
        </Grid>
        <Grid size={6}>
          <CodeSelect
            label="状态"
            fullWidth
            options={STATUS_OPTIONS}
            value={status}
            onChange={(v) => v && setStatus(v)}
          />
        </Grid>
        {status === 'withdrawn' && (
          <>
            <Grid size={6}>
              <PickerField
                type="date"
                label="退学日期"
                fullWidth
                value={withdrawDate}
                onChange={setWithdrawDate}
                {...err('withdrawDate')}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                label="退学原因"
                fullWidth
                value={withdrawReason}
                onChange={(e) => setWithdrawReason(e.target.value)}
                {...err('withdrawReason')}
              />
            </Grid>
          </>
        )}
        <Grid size={12}>
          <TextField
            label="备注"
            fullWidth
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Grid>
      </Grid>
    </FormDialog>
  )
}
