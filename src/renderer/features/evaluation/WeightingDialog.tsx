import { useState } from 'react'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { REVIEW_ASPECTS, type ReviewWeighting } from '@shared/evaluation/review'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'

/** The school's weighting of the year-end review (synced: every office ranks the same way). */
export function WeightingDialog(props: { current: ReviewWeighting; onClose: () => void }) {
  const { reviewWeighting } = useData()
  const [v, setV] = useState(() =>
    Object.fromEntries(REVIEW_ASPECTS.map((a) => [a.key, String(props.current[a.key])])),
  )
  return (
    <FormDialog
      title="评估权重（全校统一）"
      onClose={props.onClose}
      onSubmit={async () => {
        await reviewWeighting.save(
          Object.fromEntries(REVIEW_ASPECTS.map((a) => [a.key, Number(v[a.key] || 0)])) as ReviewWeighting,
        )
        props.onClose()
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        各项权重为 0–100 的数，按比例折算为满分 100；填 0 表示该项不计入。
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1.5, flexWrap: 'wrap' }}>
        {REVIEW_ASPECTS.map((a) => (
          <TextField
            key={a.key}
            size="small"
            label={a.label}
            value={v[a.key]}
            sx={{ width: 130 }}
            onChange={(e) => setV({ ...v, [a.key]: e.target.value.replace(/[^\d.]/g, '') })}
          />
        ))}
      </Stack>
    </FormDialog>
  )
}
