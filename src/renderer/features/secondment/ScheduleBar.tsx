import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { fridayMeetings, MEETING_KIND_LABELS, skippedFridayProblems } from '@shared/secondment/fridayMeetings'
import { PERIOD_READING, type Period } from '@shared/secondment/period'
import { periodDays } from '@shared/secondment/progress'
import { PickerField } from '../../ui/PickerField'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import type { SecondmentRecord } from '../../db/secondment/secondmentRecords'

/** Where holidays come from: the plan marks none, so the user lists them here. */
export const HOLIDAY_HELP =
  '教学计划中没有节假日标记，请在这里填写挂职期内放假、不开座谈会的星期五（如 2026-05-01，多个用逗号分隔），或点击下方的星期五切换；这些星期五不开会，但仍计周次。'

/** How the weeks are counted, shown beside the meetings (附4 第六条(四)). */
export const WEEK_READING =
  '单周小组交流、双周班级交流：挂职期内第一个星期五为第1周（单周），此后每周五依次计周；不开会的星期五也计周次'

/**
 * The 部署会 date, the period it gives (附4 第五条, with how one month is counted), the Friday
 * meetings and the button that writes them into the class's plan.
 */
export function ScheduleBar(props: {
  classId: string
  schedule: SecondmentRecord | null
  period: Period | null
}) {
  const { secondments } = useData()
  const notify = useNotify()
  const [date, setDate] = useState(props.schedule?.deploymentDate ?? '')
  const [skipped, setSkipped] = useState((props.schedule?.skippedFridays ?? []).join('，'))
  const [error, setError] = useState<string>()
  const skippedList = () =>
    skipped
      .split(/[，,、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean)
  const save = async () => {
    setError(undefined)
    try {
      await secondments.setSchedule(props.classId, date, skippedList())
      notify('已保存部署会日期')
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const generate = async () => {
    try {
      const n = await secondments.generateMeetings(props.classId)
      notify(`已将 ${n} 次周五座谈会写入教学计划，考勤在“考勤”中点名`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }
  const meetings = props.period
    ? fridayMeetings(props.period, new Set(props.schedule?.skippedFridays ?? []))
    : []
  const typed = skippedList()
  const fridays = props.period ? fridayMeetings(props.period) : []
  const warnings = skippedFridayProblems(typed, props.period)
  const toggle = (date: string) =>
    setSkipped((typed.includes(date) ? typed.filter((d) => d !== date) : [...typed, date].sort()).join('，'))
  return (
    <Paper sx={{ p: 1.5, mb: 1.5 }} data-testid="secondment-schedule">
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <PickerField
          type="date"
          label="部署会日期"
          size="small"
          value={date}
          onChange={setDate}
          sx={{ width: 170 }}
        />
        <TextField
          size="small"
          label="放假不开座谈会的星期五"
          placeholder="如 2026-05-01，多个用逗号分隔"
          value={skipped}
          onChange={(e) => setSkipped(e.target.value)}
          sx={{ width: 300 }}
        />
        <Button variant="outlined" onClick={() => void save()}>
          保存
        </Button>
        <Button variant="contained" disabled={!props.schedule} onClick={() => void generate()}>
          生成周五座谈会到教学计划
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
        {HOLIDAY_HELP}
      </Typography>
      {fridays.length > 0 && (
        <Stack
          direction="row"
          spacing={0.5}
          useFlexGap
          sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography variant="caption">挂职期内的星期五：</Typography>
          {fridays.map((f) => (
            <Chip
              key={f.date}
              size="small"
              variant={typed.includes(f.date) ? 'outlined' : 'filled'}
              color={typed.includes(f.date) ? 'warning' : 'default'}
              label={`${f.date.slice(5)}${typed.includes(f.date) ? ' 放假' : ''}`}
              onClick={() => toggle(f.date)}
            />
          ))}
          <Typography variant="caption" color="text.secondary">
            （改后请点“保存”）
          </Typography>
        </Stack>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="holiday-warnings">
          {warnings.join('；')}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {props.period ? (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="secondment-period">
          挂职期：{props.period.from} 至 {props.period.to}（共 {periodDays(props.period)} 天）。
          {PERIOD_READING}（附4 第五条）。
        </Typography>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          填写部署会日期后显示挂职期（挂职时间为1个月，从部署会召开之日起算）。
        </Typography>
      )}
      {meetings.length > 0 && (
        <Stack
          direction="row"
          spacing={0.5}
          useFlexGap
          sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap' }}
        >
          <Typography variant="body2">周五座谈会：</Typography>
          {meetings.map((m) => (
            <Chip
              key={m.date}
              size="small"
              label={`${m.date.slice(5)} 第${m.week}周 ${MEETING_KIND_LABELS[m.kind]}`}
            />
          ))}
          <Typography variant="caption" color="text.secondary" sx={{ width: '100%' }}>
            {WEEK_READING}。
          </Typography>
        </Stack>
      )}
    </Paper>
  )
}
