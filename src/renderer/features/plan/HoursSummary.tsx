import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import { compareHours, formatHours, ZERO_HOURS } from '@shared/plan/hours'
import type { ClassHoursSummary } from '@shared/plan/session'

/**
 * How many sessions the plan has and on how many days (issue 11), then the class's total hours: the plan's sum, the total set on the class (if any) and the difference.
 * The rules use the set total when there is one (docs/leave-rules.md §7).
 */
export function HoursSummary(props: {
  hours: ClassHoursSummary
  /** Sessions in the plan and the days they fall on. */
  count?: { sessions: number; days: number }
  onUsePlan?: () => void
}) {
  const { plan, set, planMinusSet } = props.hours
  const differs = planMinusSet !== null && compareHours(planMinusSet, ZERO_HOURS) !== 0
  const diff = planMinusSet ? formatHours(planMinusSet) : ''
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
      data-testid="hours-summary"
    >
      {props.count && props.count.sessions > 0 && (
        <Chip
          label={`共 ${props.count.sessions} 门课程 · ${props.count.days} 天`}
          color="primary"
          data-testid="session-count"
        />
      )}
      <Chip label={`计划合计 ${formatHours(plan)} 学时`} color="primary" variant="outlined" />
      {set ? (
        <Chip label={`班次设定 ${formatHours(set)} 学时`} variant="outlined" />
      ) : (
        <Chip label="班次未设定总学时，以计划为准" variant="outlined" />
      )}
      {differs && (
        <Tooltip title="请假上限按班次设定的总学时计算；如以计划为准，可改用计划学时">
          <Chip
            color="warning"
            label={`差额 ${diff.startsWith('-') ? diff : '+' + diff} 学时（计划−设定）`}
            data-testid="hours-difference"
          />
        </Tooltip>
      )}
      {differs && props.onUsePlan && (
        <Button size="small" onClick={props.onUsePlan}>
          改用计划学时
        </Button>
      )}
    </Stack>
  )
}
