import { useState } from 'react'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { ROSTER_SCREEN_LABELS as SCREEN_LABEL } from '@shared/roster/fields'
import { FormDialog } from '../../../ui/FormDialog'

/** Corrects how one row's 工作单位及职务 was split into unit and post. */
export function UnitPostDialog(props: {
  excelRow: number
  original: string
  unit: string
  post: string
  onClose: () => void
  onSave: (value: { unit: string; post: string }) => void
}) {
  const [unit, setUnit] = useState(props.unit)
  const [post, setPost] = useState(props.post)
  return (
    <FormDialog
      title={`第${props.excelRow}行：单位和职务`}
      submitLabel="确定"
      onClose={props.onClose}
      onSubmit={() => {
        props.onSave({ unit: unit.trim(), post: post.trim() })
        return Promise.resolve()
      }}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        {props.original && <Typography color="text.secondary">文件中为：{props.original}</Typography>}
        <TextField
          label={SCREEN_LABEL.unit}
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          autoFocus
          fullWidth
        />
        <TextField
          label={SCREEN_LABEL.post}
          value={post}
          onChange={(e) => setPost(e.target.value)}
          fullWidth
        />
      </Stack>
    </FormDialog>
  )
}
