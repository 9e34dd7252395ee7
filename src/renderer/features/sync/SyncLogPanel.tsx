import { useState } from 'react'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import { formatDateTime } from '../../ui/dates'
import { useSyncLog } from '../../db/sync/syncHooks'
import type { SyncLogEntry } from '../../db/sync/syncRecords'
import { syncTableLabel } from '../../db/sync/syncTableLabels'

const KIND_LABELS: Record<SyncLogEntry['kind'], string> = {
  export: '导出',
  import: '导入',
  backup: '备份',
  restore: '恢复备份',
}

type Filter = 'sync' | 'backup' | 'all'

const sum = (entry: SyncLogEntry, key: string) =>
  Object.values(entry.counts).reduce((s, c) => s + (c[key] ?? 0), 0)

/** The counts of an entry in one line: rows for files written, changes for imports. */
export function describeCounts(entry: SyncLogEntry): string {
  if (entry.kind !== 'import') {
    const parts = Object.entries(entry.counts)
      .filter(([, c]) => (c.rows ?? 0) > 0)
      .map(([t, c]) => `${syncTableLabel(t)} ${c.rows}`)
    return `共 ${sum(entry, 'rows')} 条${parts.length ? `（${parts.join('、')}）` : ''}`
  }
  return `新增 ${sum(entry, 'added')}，修改 ${sum(entry, 'changed')}，移入回收站 ${sum(entry, 'deleted')}，冲突 ${sum(entry, 'conflicts')}`
}

/** 同步记录: every export, import, backup and restore on this PC, for the record. */
export function SyncLogPanel() {
  const log = useSyncLog()
  const [filter, setFilter] = useState<Filter>('sync')
  if (log === undefined) return null
  const shown = log.filter(
    (e) =>
      filter === 'all' ||
      (filter === 'sync'
        ? e.kind === 'export' || e.kind === 'import'
        : e.kind === 'backup' || e.kind === 'restore'),
  )
  return (
    <Stack spacing={2}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={filter}
        onChange={(_, v: Filter | null) => v && setFilter(v)}
        aria-label="记录类型"
      >
        <ToggleButton value="sync">导出与导入</ToggleButton>
        <ToggleButton value="backup">备份与恢复</ToggleButton>
        <ToggleButton value="all">全部</ToggleButton>
      </ToggleButtonGroup>
      <TableContainer component={Paper}>
        <Table size="small" aria-label="同步记录">
          <TableHead>
            <TableRow>
              <TableCell>时间</TableCell>
              <TableCell>类型</TableCell>
              <TableCell>电脑</TableCell>
              <TableCell>文件</TableCell>
              <TableCell>数量</TableCell>
              <TableCell>说明</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                  还没有记录
                </TableCell>
              </TableRow>
            )}
            {shown.map((e) => (
              <TableRow key={e.seq}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(Date.parse(e.at))}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{KIND_LABELS[e.kind]}</TableCell>
                <TableCell>{e.kind === 'import' ? `来自 ${e.replicaName}` : e.replicaName}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{e.fileName}</TableCell>
                <TableCell>{describeCounts(e)}</TableCell>
                <TableCell>{e.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  )
}
