import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { formatDateTime } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import type { BackupInfo } from '../../db/sync/backupService'
import { BACKUP_REASON_LABELS } from '../../db/sync/syncFileNames'
import { MAX_BACKUP_KEEP_DAYS } from '../../db/sync/syncLocalState'
import { platform } from '../../platform'
import { SyncProgress } from './SyncProgress'
import { formatSize } from './syncFormat'
import { useSyncServices } from './useSyncServices'

/**
 * 设置 → 自动备份: how long backups are kept, the list, a backup now, a
 * download, and restoring (itself undoable: the current data is backed up first).
 */
export function BackupSection() {
  const { sync } = useData()
  const { backups } = useSyncServices()
  const notify = useNotify()
  const [list, setList] = useState<BackupInfo[] | null>(null)
  const [days, setDays] = useState('')
  const [progress, setProgress] = useState<{ label: string; fraction: number } | null>(null)
  const [error, setError] = useState<string>()
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)

  const [version, setVersion] = useState(0)
  const refresh = () => setVersion((v) => v + 1)

  useEffect(() => {
    let live = true
    backups.list().then(
      (l) => live && setList(l),
      (e: unknown) => live && setError(errorMessage(e)),
    )
    return () => {
      live = false
    }
  }, [backups, version])

  useEffect(() => {
    let live = true
    void sync.state.backupKeepDays().then((d) => live && setDays(String(d)))
    return () => {
      live = false
    }
  }, [sync])

  const saveDays = async () => {
    setError(undefined)
    try {
      await sync.state.setBackupKeepDays(Number(days))
      notify(`备份将保留 ${days} 天`)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const backupNow = async () => {
    setError(undefined)
    try {
      setProgress({ label: '正在备份…', fraction: 0 })
      await backups.create('manual', (fraction) => setProgress({ label: '正在备份…', fraction }))
      notify('已备份')
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setProgress(null)
      refresh()
    }
  }

  const download = async (b: BackupInfo) => {
    setError(undefined)
    try {
      const bytes = (await backups.read(b.name)) as Uint8Array<ArrayBuffer>
      const saved = await platform.saveFile({
        suggestedName: b.name,
        filters: [{ name: '班务通快照', extensions: ['banwu'] }],
        bytes,
      })
      if (!saved.ok && saved.error.code !== 'cancelled') setError(saved.error.message)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const restore = async (b: BackupInfo) => {
    setRestoring(null)
    setError(undefined)
    try {
      setProgress({ label: '正在恢复…', fraction: 0 })
      await backups.restore(b.name, (fraction) => setProgress({ label: '正在恢复…', fraction }))
      notify(`已恢复 ${formatDateTime(b.takenAt.getTime())} 的备份`)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setProgress(null)
      refresh()
    }
  }

  return (
    <Paper sx={{ p: 3 }} data-testid="backup-panel">
      <Typography variant="h6" gutterBottom>
        自动备份
      </Typography>
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {backups.kind === 'folder'
            ? '每天第一次打开班务通时，以及每次导入快照前，会把本机全部数据备份到程序数据文件夹下的 backups 文件夹（不在浏览器数据中）。'
            : '每天第一次打开班务通时，以及每次导入快照前，会把本机全部数据备份在浏览器中，可用于撤销导入或恢复。浏览器数据被清除时备份也会丢失，请定期点“下载”把备份保存到电脑或U盘。'}
          备份不加密，只保存在本机。
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label="保留天数"
            type="number"
            value={days}
            onChange={(e) => setDays(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: MAX_BACKUP_KEEP_DAYS } }}
            sx={{ width: 120 }}
          />
          <Button variant="outlined" onClick={() => void saveDays()}>
            设为保留天数
          </Button>
          <div style={{ flexGrow: 1 }} />
          <Button variant="contained" disabled={progress !== null} onClick={() => void backupNow()}>
            立即备份
          </Button>
        </Stack>
        {progress && <SyncProgress label={progress.label} fraction={progress.fraction} />}
        {error && <Alert severity="error">{error}</Alert>}
        <Table size="small" aria-label="备份列表">
          <TableHead>
            <TableRow>
              <TableCell>备份时间</TableCell>
              <TableCell>原因</TableCell>
              <TableCell align="right">大小</TableCell>
              <TableCell align="right">操作</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list?.length === 0 && (
              <TableRow>
                <TableCell colSpan={4} align="center" sx={{ py: 3, color: 'text.secondary' }}>
                  还没有备份
                </TableCell>
              </TableRow>
            )}
            {list?.map((b) => (
              <TableRow key={b.name}>
                <TableCell title={b.name}>{formatDateTime(b.takenAt.getTime())}</TableCell>
                <TableCell>{b.reason ? BACKUP_REASON_LABELS[b.reason] : '其他'}</TableCell>
                <TableCell align="right">{formatSize(b.size)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => void download(b)}>
                    {platform.kind === 'electron' ? '另存为' : '下载'}
                  </Button>
                  <Button size="small" disabled={progress !== null} onClick={() => setRestoring(b)}>
                    恢复
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
      <ConfirmDialog
        open={restoring !== null}
        title="恢复备份？"
        message={
          restoring
            ? `本机的全部数据将替换为 ${formatDateTime(restoring.takenAt.getTime())} 的备份。恢复前会自动备份当前数据；如需撤销，恢复列表中那份“恢复前”备份即可。之后导入其他电脑的快照时，对方较新的修改仍会合并进来。`
            : ''
        }
        confirmLabel="恢复"
        onCancel={() => setRestoring(null)}
        onConfirm={() => (restoring ? restore(restoring) : Promise.resolve())}
      />
    </Paper>
  )
}
