import AddIcon from '@mui/icons-material/Add'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import type { OverviewRow } from '@shared/ledger/overview'
import { orgLifeSummary } from '@shared/ledger/orgLife'
import { ITEM_STATE_LABELS, type ItemStanding } from '@shared/ledger/standing'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

/** The name column stays in view when the table scrolls sideways. */
const STICKY = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 } as const

const STATE_COLOR = { met: 'success', inProgress: 'info', missing: 'default' } as const

/** An items scheme at a glance: members × items, met / in progress / missing, 落后进度 and 待审核. */
export function BranchItemsTable(props: {
  data: BranchData
  rows: OverviewRow<LedgerMemberRecord>[]
  onOpen: (m: LedgerMemberRecord) => void
  onRecord: (m: LedgerMemberRecord) => void
}) {
  const { scheme } = props.data
  // Items the class's roll call counts (scheme 2's 组织生活): the header says where they come from.
  const fromAttendance = new Set(
    props.rows.flatMap((r) => r.standing?.items.filter((i) => i.attendance).map((i) => i.code) ?? []),
  )
  return (
    <Table size="small" aria-label="党性锻炼台账" data-testid="branch-ledger">
      <TableHead>
        <TableRow>
          <TableCell sx={STICKY}>姓名</TableCell>
          {scheme.items.map((i) => (
            <TableCell key={i.code} align="center" sx={{ px: 0.5 }}>
              <Box component="span" sx={{ display: 'inline-block', width: '4.2em', lineHeight: 1.25 }}>
                {i.label}
                {fromAttendance.has(i.code) && (
                  <Box component="span" sx={{ display: 'block', fontSize: '0.8em', color: 'text.secondary' }}>
                    （来自考勤）
                  </Box>
                )}
              </Box>
            </TableCell>
          ))}
          <TableCell sx={{ whiteSpace: 'nowrap' }}>完成</TableCell>
          <TableCell>进度</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(({ member, standing }) => (
          <TableRow key={member.id} hover data-testid="ledger-row">
            <TableCell sx={{ ...STICKY, whiteSpace: 'nowrap' }}>
              <Button size="small" onClick={() => props.onOpen(member)}>
                {member.name}
              </Button>
            </TableCell>
            {standing!.items.map((s) => (
              <TableCell key={s.code} align="center" sx={{ whiteSpace: 'nowrap', px: 0.5 }}>
                <ItemChip s={s} />
              </TableCell>
            ))}
            <TableCell>
              {standing!.met}/{standing!.items.length}
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {standing!.behind && <Chip size="small" color="warning" label="落后进度" />}
                {standing!.pending > 0 && <Chip size="small" label={`${standing!.pending} 待审核`} />}
              </Stack>
            </TableCell>
            <TableCell sx={{ px: 0.5 }}>
              <Button
                size="small"
                startIcon={<AddIcon />}
                onClick={() => props.onRecord(member)}
                sx={{ whiteSpace: 'nowrap' }}
              >
                记录
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** One cell: hours/times for volunteering, the roll call's count for 组织生活, else ✓ or —. */
function ItemChip({ s }: { s: ItemStanding }) {
  if (s.volunteer)
    return (
      <Chip
        size="small"
        color={s.state === 'met' ? 'success' : s.volunteer.behind ? 'warning' : STATE_COLOR[s.state]}
        label={`${s.volunteer.hours}h/${s.volunteer.times}次`}
        title={`应达 ${s.volunteer.dueHours} 小时、${s.volunteer.dueTimes} 次（按今天的进度）`}
      />
    )
  if (s.attendance)
    return (
      <Chip
        size="small"
        variant="outlined"
        color={s.attendance.missed > 0 ? 'warning' : STATE_COLOR[s.state]}
        label={`出席 ${s.attendance.attended}/${s.attendance.held}`}
        title={orgLifeSummary(s.attendance)}
        data-testid="org-life-chip"
      />
    )
  return (
    <Chip
      size="small"
      variant="outlined"
      color={STATE_COLOR[s.state]}
      label={s.state === 'met' ? '✓' : '—'}
      title={ITEM_STATE_LABELS[s.state]}
    />
  )
}
