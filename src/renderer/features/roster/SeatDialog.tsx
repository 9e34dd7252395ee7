import { useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import FormControlLabel from '@mui/material/FormControlLabel'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import type { ClassRoster } from '../../db/roster/rosterQueries'
import { SEAT_ORDER_LABELS, seatPlan, type SeatOrder } from './seatPlan'

/** How many names the dialog shows as an example of the numbering. */
const EXAMPLE = 6

/**
 * 编排座号: number the whole class 1, 2, 3 … in one of a few orders, instead of typing 48 seats
 * one by one. Desk cards, sign-in sheets and the roll call follow the seats.
 */
export function SeatDialog(props: { roster: ClassRoster; onClose: () => void; onDone: (n: number) => void }) {
  const { enrollments } = useData()
  const [order, setOrder] = useState<SeatOrder>('list')
  const plan = useMemo(
    () => seatPlan(props.roster.entries, props.roster.groups, order),
    [props.roster, order],
  )
  const nameOf = useMemo(
    () => new Map(props.roster.entries.map((e) => [e.enrollment.id, e.person.name])),
    [props.roster],
  )
  const seated = plan.filter((p) => p.seat !== null)
  const hasSeats = props.roster.entries.some((e) => e.enrollment.seat !== null)
  const hasGroups = props.roster.groups.some((g) => g.kind === 'discussion')

  return (
    <FormDialog
      title="编排座号"
      submitLabel={`编排 ${seated.length} 个座号`}
      submitDisabled={seated.length === 0}
      onClose={props.onClose}
      onSubmit={async () => {
        await enrollments.assignSeats(plan)
        props.onDone(seated.length)
      }}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <RadioGroup
          value={order}
          onChange={(e) => setOrder(e.target.value as SeatOrder)}
          aria-label="座号顺序"
        >
          {(Object.keys(SEAT_ORDER_LABELS) as SeatOrder[]).map((o) => (
            <FormControlLabel
              key={o}
              value={o}
              control={<Radio />}
              label={o === 'group' && !hasGroups ? `${SEAT_ORDER_LABELS[o]}：尚未分组` : SEAT_ORDER_LABELS[o]}
              disabled={o === 'group' && !hasGroups}
            />
          ))}
        </RadioGroup>
        <Typography color="text.secondary" data-testid="seat-example">
          {seated
            .slice(0, EXAMPLE)
            .map((p) => `${p.seat} ${nameOf.get(p.enrollmentId) ?? ''}`)
            .join('、')}
          {seated.length > EXAMPLE
            ? ` …… ${seated.length} ${nameOf.get(seated.at(-1)!.enrollmentId) ?? ''}`
            : ''}
        </Typography>
        <Alert severity={hasSeats ? 'warning' : 'info'}>
          {hasSeats ? '现有座号将全部按新顺序重排。' : ''}
          退学学员不编座号。编好后仍可在花名册中逐个修改。
        </Alert>
      </Stack>
    </FormDialog>
  )
}
