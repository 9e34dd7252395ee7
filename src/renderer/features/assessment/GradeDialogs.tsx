import { useState } from 'react'
import dayjs from 'dayjs'
import Grid from '@mui/material/Grid'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { StudentAssessment } from '@shared/assessment/classAssessment'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'

/** The dialogs of 等次评定: the 校长室 adjustment, unlocking 定稿, a sanction. */

export function AdjustmentDialog(props: {
  n: number
  onClose: () => void
  onSave: (f: {
    min: number
    max: number
    decidedBy: string
    decidedAt: string
    reason: string
  }) => Promise<void>
}) {
  const [min, setMin] = useState('')
  const [max, setMax] = useState('')
  const [decidedBy, setDecidedBy] = useState('')
  const [decidedAt, setDecidedAt] = useState(dayjs().format('YYYY-MM-DDTHH:mm'))
  const [reason, setReason] = useState('')
  return (
    <FormDialog
      title="登记校长室调整"
      onClose={props.onClose}
      onSubmit={() => {
        const a = Number(min)
        const b = max.trim() === '' ? a : Number(max)
        if (min.trim() === '' || !Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b > props.n)
          throw new Error(`优秀人数应为 0 到 ${props.n} 之间的整数`)
        if (!decidedAt) throw new Error('请填写决定时间')
        return props.onSave({ min: a, max: b, decidedBy, decidedAt, reason })
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        第十三条：“个别班次结合其实际情况，在校长室的指导下酌情删减”。登记后，本班的优秀人数按此范围检查。
      </Typography>
      <Grid container spacing={2}>
        <Grid size={6}>
          <TextField
            fullWidth
            label="优秀人数下限"
            value={min}
            onChange={(e) => setMin(e.target.value)}
            autoFocus
          />
        </Grid>
        <Grid size={6}>
          <TextField
            fullWidth
            label="优秀人数上限"
            value={max}
            onChange={(e) => setMax(e.target.value)}
            helperText="不填则与下限相同"
          />
        </Grid>
        <Grid size={6}>
          <TextField
            fullWidth
            label="决定人（校长室）"
            value={decidedBy}
            onChange={(e) => setDecidedBy(e.target.value)}
          />
        </Grid>
        <Grid size={6}>
          <PickerField
            type="datetime-local"
            fullWidth
            label="决定时间"
            value={decidedAt}
            onChange={setDecidedAt}
          />
        </Grid>
        <Grid size={12}>
          <TextField
            fullWidth
            multiline
            label="原因"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Grid>
      </Grid>
    </FormDialog>
  )
}

export function UnlockDialog(props: { onClose: () => void; onSave: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('')
  return (
    <FormDialog
      title="解除定稿锁定"
      submitLabel="解除锁定"
      onClose={props.onClose}
      onSubmit={() => props.onSave(reason)}
    >
      <TextField
        fullWidth
        multiline
        minRows={2}
        label="原因（必填，记入定稿记录）"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
        sx={{ mt: 1 }}
      />
    </FormDialog>
  )
}

export function SanctionDialog(props: {
  student: StudentAssessment
  onClose: () => void
  onSave: (text: string) => Promise<void>
}) {
  const [text, setText] = useState(props.student.sanction)
  return (
    <FormDialog
      title={`${props.student.name}：违纪处分`}
      onClose={props.onClose}
      onSubmit={() => props.onSave(text)}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        第十四条：违反学员管理有关规定或受到违法违纪处分的，考核不予合格。登记后该学员只能评为不合格；清空即撤销登记。批评教育、擅自离校记录在“请假”页登记，同样计入。
      </Typography>
      <TextField
        fullWidth
        multiline
        label="处分（如：2026年6月 党内警告）"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
    </FormDialog>
  )
}
