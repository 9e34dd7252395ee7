import { useState } from 'react'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  describeLeaveRules,
  leaveRuleSettingsOf,
  type StoredLeaveRules,
} from '@shared/attendance/leaveRuleSettings'
import { FormDialog } from '../../ui/FormDialog'
import { useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'

/**
 * 请假规则设置: how the school applies 第九条 to unapproved absence — after 批评教育 (3.(1), the
 * default) or at once (1.) — and how many class hours of 旷课/无故超假 it tolerates. The 1/7 limit
 * itself is the seed's and is not offered.
 */
export function LeaveRulesDialog(props: { initial: StoredLeaveRules; onClose: () => void }) {
  const { attendanceSettings } = useData()
  const notify = useNotify()
  const [afterCriticism, setAfterCriticism] = useState(props.initial.afterCriticismOnly ?? true)
  const [tolerated, setTolerated] = useState(String(props.initial.toleratedHours ?? 0))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const value = (): StoredLeaveRules => ({
    afterCriticismOnly: afterCriticism,
    toleratedHours: tolerated.trim() === '' ? 0 : Number(tolerated),
  })
  const preview = describeLeaveRules(leaveRuleSettingsOf(value()))
  return (
    <FormDialog
      title="请假规则设置"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await attendanceSettings.saveLeaveRules(value())
        notify('已保存请假规则设置')
        props.onClose()
      }}
    >
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          累计请假不得超过总学时的1/7，超过的应作退学处理（第九条），此项不可更改。下面设定旷课、无故超假和擅自离校的处理方式。这是本校规则：适用于全校，会随快照同步到其他办公室。
        </Typography>
        <RadioGroup
          aria-label="处理方式"
          value={afterCriticism ? 'after' : 'atOnce'}
          onChange={(e) => setAfterCriticism(e.target.value === 'after')}
        >
          <FormControlLabel
            value="after"
            control={<Radio />}
            label="先批评教育，经批评教育仍不能纠正的应作退学处理（第九条三（一），默认）"
          />
          <FormControlLabel
            value="atOnce"
            control={<Radio />}
            label="未经批准擅自离校、旷课或无故超假即应作退学处理（第九条一）"
          />
        </RadioGroup>
        <TextField
          label="可容忍的旷课、超假学时"
          type="number"
          value={tolerated}
          onChange={(e) => {
            setErrors({})
            setTolerated(e.target.value)
          }}
          error={Boolean(errors.toleratedHours)}
          helperText={errors.toleratedHours ?? '超过此学时才作退学处理；擅自离校不在此列。0 表示不容忍。'}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 0.5 } }}
          sx={{ maxWidth: 320 }}
        />
        <Typography variant="body2" data-testid="leave-rules-preview">
          {preview}
        </Typography>
      </Stack>
    </FormDialog>
  )
}
