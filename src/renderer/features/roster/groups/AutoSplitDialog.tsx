import { useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import {
  groupBalance,
  splitIntoGroups,
  suggestedGroupCount,
  type SplitMember,
} from '@shared/roster/groupSplit'
import { FormDialog } from '../../../ui/FormDialog'
import { defaultGroupName } from '../../../db/roster/groupRepository'
import type { GroupKind, GroupRecord } from '../../../db/roster/rosterRecords'

/**
 * 自动分组: choose how many groups, see how balanced the split is (size, men and women, most
 * people from one unit), apply. Afterwards the head teacher adjusts by hand.
 */
export function AutoSplitDialog(props: {
  kind: GroupKind
  kindLabel: string
  members: readonly SplitMember[]
  existing: readonly GroupRecord[]
  onClose: () => void
  onApply: (groupCount: number) => Promise<void>
}) {
  const [count, setCount] = useState(
    String(props.existing.length || suggestedGroupCount(props.members.length)),
  )
  const n = Number(count)
  const valid = Number.isInteger(n) && n >= 1 && n <= Math.max(1, props.members.length)
  const preview = useMemo(() => {
    if (!valid) return []
    const byId = new Map(props.members.map((m) => [m.id, m]))
    return splitIntoGroups(props.members, n).map((ids) => groupBalance(ids.map((id) => byId.get(id)!)))
  }, [props.members, n, valid])

  return (
    <FormDialog
      title={`自动分${props.kindLabel}`}
      submitLabel="按此分组"
      submitDisabled={!valid}
      onClose={props.onClose}
      onSubmit={() => props.onApply(n)}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          label={`分成几个${props.kindLabel}`}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={!valid}
          helperText={
            valid ? `共 ${props.members.length} 名在读学员` : `请输入 1 到 ${props.members.length} 之间的整数`
          }
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          autoFocus
        />
        <Alert severity="info">
          按人数平均、男女均衡、同一单位的学员尽量分开。将重新分配全部学员；现有{props.kindLabel}
          的名称保留，组长仍在本组的保留。分好后可以拖动或用“移到”调整。
        </Alert>
        {preview.length > 0 && (
          <Table size="small" aria-label="分组预览">
            <TableHead>
              <TableRow>
                <TableCell>{props.kindLabel}</TableCell>
                <TableCell align="right">人数</TableCell>
                <TableCell align="right">男</TableCell>
                <TableCell align="right">女</TableCell>
                <TableCell align="right">同单位最多</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.map((b, i) => (
                <TableRow key={i}>
                  <TableCell>{props.existing[i]?.name ?? defaultGroupName(props.kind, i + 1)}</TableCell>
                  <TableCell align="right">{b.size}</TableCell>
                  <TableCell align="right">{b.male}</TableCell>
                  <TableCell align="right">{b.female}</TableCell>
                  <TableCell align="right">{b.largestUnit}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </FormDialog>
  )
}
