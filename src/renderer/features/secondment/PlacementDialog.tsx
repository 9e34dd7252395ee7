import { useState } from 'react'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import type { PlacementFields } from '@shared/secondment/records'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import type { PlacementRecord } from '../../db/secondment/secondmentRecords'

type Editable = Omit<PlacementFields, 'classId' | 'enrollmentId'>
const FIELDS: { key: keyof Editable; label: string; helper?: string }[] = [
  { key: 'hostUnit', label: '挂职单位' },
  { key: 'post', label: '挂职岗位', helper: '如：镇长助理、街道办事处主任助理、书记助理' },
  { key: 'contact', label: '联络人', helper: '一般为挂职单位组织工作分管领导（附4 第七条(一)）' },
  { key: 'mentor', label: '带教责任人' },
  { key: 'dispatchingUnit', label: '派出单位' },
  { key: 'note', label: '备注' },
]

/** One student's placement (one student, one placement). */
export function PlacementDialog(props: {
  classId: string
  enrollmentId: string
  name: string
  unit: string
  current: PlacementRecord | null
  onClose: () => void
}) {
  const { placements } = useData()
  const c = props.current
  const [v, setV] = useState<Editable>({
    hostUnit: c?.hostUnit ?? '',
    post: c?.post ?? '',
    contact: c?.contact ?? '',
    mentor: c?.mentor ?? '',
    dispatchingUnit: c?.dispatchingUnit ?? props.unit,
    note: c?.note ?? '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title={`挂职安排：${props.name}`}
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await placements.save(props.classId, { ...v, enrollmentId: props.enrollmentId })
        props.onClose()
      }}
    >
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            size="small"
            label={f.label}
            value={v[f.key]}
            autoFocus={f.key === 'hostUnit'}
            error={Boolean(errors[f.key])}
            helperText={errors[f.key] ?? f.helper}
            onChange={(e) => setV({ ...v, [f.key]: e.target.value })}
          />
        ))}
      </Stack>
    </FormDialog>
  )
}
