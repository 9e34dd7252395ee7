import { useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Chip from '@mui/material/Chip'
import FormControlLabel from '@mui/material/FormControlLabel'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import RestoreIcon from '@mui/icons-material/Restore'
import { isSupersededBySameReplica } from '@shared/sync/merge'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { formatDateTime } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import { recordKey } from '../../db/sync/syncConflictRepository'
import { useConflictRecords, useConflicts, useReplicaNames, useSyncLog } from '../../db/sync/syncHooks'
import type { ConflictRecord } from '../../db/sync/syncRecords'
import { syncTableLabel } from '../../db/sync/syncTableLabels'
import { fieldLabel, formatFieldValue, recordLabel, stampDateTime, stampOffice } from './syncFormat'

type StatusFilter = 'open' | 'resolved' | 'all'

/**
 * 冲突记录: each value that lost a merge, beside the value that won, with the
 * offices and times of both writes. Restoring writes the losing value back as
 * a new edit, which the next snapshot carries to the other offices.
 */
export function ConflictLogPanel() {
  const { sync, replica } = useData()
  const settings = useSettings()
  const notify = useNotify()
  const conflicts = useConflicts()
  const names = useReplicaNames()
  const log = useSyncLog()
  const [table, setTable] = useState('')
  const [importId, setImportId] = useState('')
  const [status, setStatus] = useState<StatusFilter>('open')
  const [showSequential, setShowSequential] = useState(false)
  const [error, setError] = useState<string>()

  const self = { id: replica.id, name: settings?.officeName ?? '本机' }
  const tables = useMemo(() => [...new Set((conflicts ?? []).map((c) => c.table))], [conflicts])
  const imports = useMemo(() => {
    const ids = new Set((conflicts ?? []).map((c) => c.importId))
    return (log ?? []).filter((e) => e.kind === 'import' && ids.has(e.seq ?? -1))
  }, [conflicts, log])
  const hiddenSequential = (conflicts ?? []).filter(isSupersededBySameReplica).length

  const shown = useMemo(
    () =>
      (conflicts ?? []).filter(
        (c) =>
          (table === '' || c.table === table) &&
          (importId === '' || String(c.importId) === importId) &&
          (status === 'all' || (status === 'open') === (c.resolved === '')) &&
          (showSequential || !isSupersededBySameReplica(c)),
      ),
    [conflicts, table, importId, status, showSequential],
  )
  const records = useConflictRecords(shown)

  const act = async (c: ConflictRecord, action: 'restore' | 'dismiss') => {
    setError(undefined)
    try {
      if (action === 'restore') {
        await sync.conflicts.restore(c.seq!)
        notify('已恢复被覆盖的值；下次同步时会一并带给其他电脑')
      } else {
        await sync.conflicts.dismiss(c.seq!)
        notify('已保留现值')
      }
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  if (conflicts === undefined) return null
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">
        两台电脑改了同一项内容时，以较晚的修改为准；被覆盖的值保存在这里，可一键恢复（恢复也是一次修改，会同步到其他电脑）。
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          label="数据区域"
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          value={table}
          onChange={(e) => setTable(e.target.value)}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">全部</MenuItem>
          {tables.map((t) => (
            <MenuItem key={t} value={t}>
              {syncTableLabel(t)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="来自哪次导入"
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          value={importId}
          onChange={(e) => setImportId(e.target.value)}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="">全部</MenuItem>
          {imports.map((e) => (
            <MenuItem key={e.seq} value={String(e.seq)}>
              {formatDateTime(Date.parse(e.at))} 导入 {e.replicaName} 的快照
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="处理状态"
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
          sx={{ minWidth: 120 }}
        >
          <MenuItem value="open">待处理</MenuItem>
          <MenuItem value="resolved">已处理</MenuItem>
          <MenuItem value="all">全部</MenuItem>
        </TextField>
        <FormControlLabel
          control={
            <Checkbox checked={showSequential} onChange={(e) => setShowSequential(e.target.checked)} />
          }
          label={`显示同一台电脑的先后修改（${hiddenSequential} 条）`}
        />
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      <TableContainer component={Paper}>
        <Table size="small" aria-label="冲突记录">
          <TableHead>
            <TableRow>
              <TableCell>数据区域</TableCell>
              <TableCell>记录</TableCell>
              <TableCell>内容</TableCell>
              <TableCell>被覆盖的值</TableCell>
              <TableCell>覆盖它的值</TableCell>
              <TableCell align="right">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                  {conflicts.length === 0 ? '还没有冲突记录' : '没有符合条件的冲突记录'}
                </TableCell>
              </TableRow>
            )}
            {shown.map((c) => {
              const row = records?.get(recordKey(c.table, c.recordId))
              return (
                <TableRow key={c.seq}>
                  <TableCell>{syncTableLabel(c.table)}</TableCell>
                  <TableCell>
                    {recordLabel(row, c.recordId)}
                    {row?.deleted === true && <Chip size="small" label="在回收站" sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>{fieldLabel(c.table, c.field)}</TableCell>
                  <TableCell>
                    <ValueWithOrigin
                      value={formatFieldValue(c.table, c.field, c.losingValue)}
                      origin={`${stampOffice(c.losingStamp, names ?? {}, self)} · ${stampDateTime(c.losingStamp)}`}
                    />
                  </TableCell>
                  <TableCell>
                    <ValueWithOrigin
                      value={formatFieldValue(c.table, c.field, c.winningValue)}
                      origin={`${stampOffice(c.winningStamp, names ?? {}, self)} · ${stampDateTime(c.winningStamp)}`}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {c.resolved === '' ? (
                      <>
                        <Button
                          size="small"
                          startIcon={<RestoreIcon />}
                          onClick={() => void act(c, 'restore')}
                        >
                          恢复此值
                        </Button>
                        <Button size="small" color="inherit" onClick={() => void act(c, 'dismiss')}>
                          保留现值
                        </Button>
                      </>
                    ) : (
                      <Typography variant="body2" color="text.secondary">
                        {c.resolved === 'restored' ? '已恢复' : '已保留现值'}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  )
}

function ValueWithOrigin({ value, origin }: { value: string; origin: string }) {
  return (
    <Box>
      <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {origin}
      </Typography>
    </Box>
  )
}
