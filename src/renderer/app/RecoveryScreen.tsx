import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
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
import dayjs from 'dayjs'
import type { StartupFailure } from '../db/core/DataProvider'
import { openData } from '../db/core/openData'
import {
  dumpDatabase,
  recreateDatabase,
  repairLocalState,
  START_FRESH_CONFIRMATION,
  startFresh,
} from '../db/core/recovery'
import { BackupService, describeBackup, type BackupInfo } from '../db/sync/backupService'
import { createFolderBackupStore, createIndexedDbBackupStore, type BackupStore } from '../db/sync/backupStore'
import { BACKUP_REASON_LABELS } from '../db/sync/syncFileNames'
import { platform } from '../platform'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { formatDateTime } from '../ui/dates'
import { errorMessage } from '../ui/Notifier'
import { createWorkerSnapshotCodec } from '../workers/snapshotClient'
import { formatBytes } from '../features/settings'

/**
 * The start screen when the database or this installation's local state
 * cannot be opened (issue 12, point 6), without the rest of the app: restore
 * an automatic backup, export the raw database for support, or start fresh
 * after a typed confirmation. The backup list lives outside the main database
 * (Electron: userData/backups; browser: the `banwu-backups` database), so it
 * reads even when the main database does not open.
 */
export function RecoveryScreen({ failure }: { failure: StartupFailure }) {
  const { diagnosis } = failure
  const [store] = useState<BackupStore>(() =>
    platform.kind === 'electron' ? createFolderBackupStore(platform) : createIndexedDbBackupStore(),
  )
  const [list, setList] = useState<BackupInfo[] | null>(null)
  const [listError, setListError] = useState<string>()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const [typed, setTyped] = useState('')

  useEffect(() => {
    let live = true
    store.list().then(
      (files) => live && setList(files.map(describeBackup)),
      (e: unknown) => live && setListError(errorMessage(e)),
    )
    return () => {
      live = false
    }
  }, [store])

  if (diagnosis.screen === 'blocked')
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 4 }}>
        <Alert
          severity="warning"
          sx={{ maxWidth: 640 }}
          action={
            <Button color="inherit" onClick={() => window.location.reload()}>
              重试
            </Button>
          }
        >
          {diagnosis.detail}
        </Alert>
      </Box>
    )

  const run = async (label: string, action: () => Promise<void>) => {
    setError(undefined)
    setBusy(label)
    try {
      await action()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  const restore = (b: BackupInfo) =>
    run('正在恢复备份…', async () => {
      setRestoring(null)
      if (diagnosis.repair) await repairLocalState(diagnosis.repair)
      else await recreateDatabase()
      const data = await openData()
      try {
        await new BackupService(data.sync, store, createWorkerSnapshotCodec()).restore(b.name)
      } finally {
        data.db.close()
      }
      setDone(`已恢复 ${formatDateTime(b.takenAt.getTime())} 的备份，正在重新启动…`)
      window.location.reload()
    })

  const exportRaw = () =>
    run('正在导出原始数据…', async () => {
      const bytes = (await dumpDatabase()) as Uint8Array<ArrayBuffer>
      const saved = await platform.saveFile({
        suggestedName: `班务通原始数据_${dayjs().format('YYYY-MM-DD_HHmmss')}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        bytes,
      })
      if (saved.ok)
        setDone(platform.kind === 'electron' ? `已保存到 ${saved.value.path}` : '已下载原始数据文件')
      else if (saved.error.code !== 'cancelled') throw new Error(saved.error.message)
    })

  const fresh = () =>
    run('正在清空…', async () => {
      await startFresh(typed)
      window.location.reload()
    })

  return (
    <Box sx={{ maxWidth: 900, mx: 'auto', p: 4 }} data-testid="recovery-screen">
      <Typography variant="h4" component="h1" gutterBottom>
        班务通无法正常启动
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }} data-testid="recovery-problems">
        {diagnosis.problems.map((p) => (
          <div key={p.area + p.detail}>{p.detail}</div>
        ))}
        <div>
          其余数据仍保存在本机。可以从自动备份恢复；恢复前请先“导出原始数据”留底，以便技术支持查找原因。
        </div>
      </Alert>
      {busy && <Alert severity="info">{busy}</Alert>}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      {done && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {done}
        </Alert>
      )}
      <Stack spacing={2}>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" gutterBottom>
            从自动备份恢复
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {diagnosis.repair
              ? '恢复会用所选备份替换本机全部业务数据，并修复本机编号与同步时钟；当前数据会先自动备份。'
              : '数据库无法打开：恢复会重建数据库，再导入所选备份。'}
          </Typography>
          {listError && <Alert severity="error">无法读取备份列表：{listError}</Alert>}
          {list && list.length === 0 && <Alert severity="warning">本机没有自动备份。</Alert>}
          {list && list.length > 0 && (
            <Table size="small" aria-label="可恢复的备份">
              <TableHead>
                <TableRow>
                  <TableCell>备份时间</TableCell>
                  <TableCell>原因</TableCell>
                  <TableCell>大小</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {list.map((b) => (
                  <TableRow key={b.name}>
                    <TableCell>{formatDateTime(b.takenAt.getTime())}</TableCell>
                    <TableCell>{b.reason ? BACKUP_REASON_LABELS[b.reason] : '—'}</TableCell>
                    <TableCell>{formatBytes(b.size)}</TableCell>
                    <TableCell align="right">
                      <Button size="small" disabled={busy !== null} onClick={() => setRestoring(b)}>
                        恢复
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Paper>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" gutterBottom>
            导出原始数据
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            把本机数据库的每张表原样导出为 JSON 文件，交给技术支持分析。不修改任何数据。
          </Typography>
          <Button variant="outlined" disabled={busy !== null} onClick={() => void exportRaw()}>
            导出原始数据
          </Button>
        </Paper>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" gutterBottom>
            清空重来
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            删除本机全部数据（自动备份保留），重新开始设置。此操作无法撤销，请先导出原始数据。确认请输入“
            {START_FRESH_CONFIRMATION}”。
          </Typography>
          <Stack direction="row" spacing={1}>
            <TextField
              size="small"
              label="确认文字"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <Button
              color="error"
              variant="outlined"
              disabled={busy !== null || typed.trim() !== START_FRESH_CONFIRMATION}
              onClick={() => void fresh()}
            >
              清空重来
            </Button>
          </Stack>
        </Paper>
        <Box>
          <Button onClick={() => window.location.reload()}>重试启动</Button>
        </Box>
      </Stack>
      <ConfirmDialog
        open={restoring !== null}
        title="从备份恢复"
        message={
          restoring
            ? `用 ${formatDateTime(restoring.takenAt.getTime())} 的备份替换本机全部数据？当前数据会先自动备份。`
            : ''
        }
        confirmLabel="恢复"
        onCancel={() => setRestoring(null)}
        onConfirm={async () => {
          const b = restoring
          if (b) await restore(b)
        }}
      />
    </Box>
  )
}
