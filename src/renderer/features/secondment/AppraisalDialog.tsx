import { useState } from 'react'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import dayjs from 'dayjs'
import {
  APPRAISAL_GRADES,
  APPRAISAL_QUALITIES,
  EMPTY_QUALITIES,
  type AppraisalFields,
} from '@shared/secondment/records'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { useData } from '../../db/core/DataProvider'
import type { SecondmentRow } from './secondmentRows'

/** 《中青班学员挂职锻炼鉴定表》 of one student (附4 第九条(二)). */
export function AppraisalDialog(props: { classId: string; row: SecondmentRow; onClose: () => void }) {
  const { appraisals } = useData()
  const a = props.row.appraisal
  const [v, setV] = useState<AppraisalFields>({
    classId: props.classId,
    enrollmentId: props.row.student.enrollmentId,
    selfSummary: a?.selfSummary ?? '',
    qualities: a?.qualities ?? EMPTY_QUALITIES,
    hostOpinion: a?.hostOpinion ?? '',
    grade: a?.grade ?? null,
    appraisedOn: a?.appraisedOn || dayjs().format('YYYY-MM-DD'),
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title={`挂职锻炼鉴定：${props.row.student.name}`}
      maxWidth="md"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await appraisals.save(v)
        props.onClose()
      }}
    >
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        <TextField
          label="本人挂职总结（学员本人填写）"
          multiline
          minRows={2}
          maxRows={5}
          value={v.selfSummary}
          onChange={(e) => setV({ ...v, selfSummary: e.target.value })}
        />
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
          {APPRAISAL_QUALITIES.map((q) => (
            <TextField
              key={q.code}
              size="small"
              label={q.label}
              value={v.qualities[q.code]}
              onChange={(e) => setV({ ...v, qualities: { ...v.qualities, [q.code]: e.target.value } })}
              sx={{ width: 'calc(50% - 4px)' }}
            />
          ))}
        </Stack>
        <TextField
          size="small"
          label="挂职单位意见"
          multiline
          maxRows={3}
          value={v.hostOpinion}
          onChange={(e) => setV({ ...v, hostOpinion: e.target.value })}
        />
        <Stack direction="row" spacing={1}>
          <TextField
            select
            size="small"
            label="鉴定等次"
            value={v.grade ?? ''}
            onChange={(e) => setV({ ...v, grade: (e.target.value || null) as AppraisalFields['grade'] })}
            sx={{ width: 240 }}
            error={Boolean(errors.grade)}
            helperText={errors.grade}
          >
            <MenuItem value="">未评定</MenuItem>
            {APPRAISAL_GRADES.map((g) => (
              <MenuItem key={g.code} value={g.code}>
                {g.label}
              </MenuItem>
            ))}
          </TextField>
          <PickerField
            type="date"
            size="small"
            label="鉴定日期"
            value={v.appraisedOn}
            onChange={(appraisedOn) => setV({ ...v, appraisedOn })}
            error={Boolean(errors.appraisedOn)}
            helperText={errors.appraisedOn}
            sx={{ width: 180 }}
          />
        </Stack>
      </Stack>
    </FormDialog>
  )
}
