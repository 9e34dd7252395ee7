import { useEffect, useState } from 'react'
import { Link as RouterLink } from 'react-router'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import FileOpenIcon from '@mui/icons-material/FileOpenOutlined'
import type { ImportRefusal } from '@shared/sync/importPlan'
import type { Snapshot } from '@shared/sync/snapshot'
import { readSnapshotHeader, type SnapshotFileHeader } from '@shared/sync/snapshotFile'
import { errorMessage } from '../../ui/Notifier'
import { formatDateTime } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import type { ImportOutcome, LocalImportPlan } from '../../db/sync/syncRepository'
import { platform } from '../../platform'
import { ImportDryRun } from './ImportDryRun'
import { SyncProgress } from './SyncProgress'
import { useSyncServices } from './useSyncServices'

interface ChosenFile {
  name: string
  bytes: Uint8Array
  header: SnapshotFileHeader
  /** Why the file cannot be read whole (cut short, bytes after its end), known from its length alone. */
  damage: string | null
  /** Why it may not be imported whatever it holds (another school, a newer version), from its header. */
  refusals: ImportRefusal[]
}

type Confirmations = { olderThanMerged?: boolean; massDelete?: boolean }

/**
 * 导入快照: choose a file, see from whom it is, give its passphrase, see the
 * dry run, then apply — after a backup — in one transaction.
 */
export function ImportPanel() {
  const { sync } = useData()
  const { codec, backups } = useSyncServices()
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [remember, setRemember] = useState(false)
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null)
  const [confirmed, setConfirmed] = useState<Confirmations>({})
  const [plan, setPlan] = useState<LocalImportPlan | null>(null)
  const [progress, setProgress] = useState<{ label: string; fraction: number } | null>(null)
  const [error, setError] = useState<string>()
  const [outcome, setOutcome] = useState<(ImportOutcome & { plan: LocalImportPlan }) | null>(null)

  useEffect(() => {
    let live = true
    void sync.state.rememberedPassphrase().then((p) => {
      if (live && p !== null) {
        setPassphrase(p)
        setRemember(true)
      }
    })
    return () => {
      live = false
    }
  }, [sync])

  const reset = () => {
    setFile(null)
    setSnapshot(null)
    setPlan(null)
    setConfirmed({})
    setError(undefined)
    setOutcome(null)
  }

  const choose = async () => {
    reset()
    const opened = await platform.openFiles({ filters: [{ name: '班务通快照', extensions: ['banwu'] }] })
    if (!opened.ok) {
      setError(opened.error.message)
      return
    }
    const [picked] = opened.value
    if (!picked) return
    try {
      const header = await readSnapshotHeader(picked.bytes)
      // A file cut short (a stick pulled while writing) shows whose it is, and why it cannot be imported.
      const damage = await readSnapshotHeader(picked.bytes, { wholeFile: true }).then(
        () => null,
        (e: unknown) => errorMessage(e),
      )
      const refusals = damage ? [] : await sync.refusalsOf(header)
      setFile({ ...picked, header, damage, refusals })
      if (damage) setError(damage)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const check = async () => {
    if (!file) return
    setError(undefined)
    try {
      setProgress({ label: file.header.encryption ? '正在解密并检查文件…' : '正在检查文件…', fraction: 0 })
      const decoded = await codec.decode(file.bytes, file.header.encryption ? passphrase : null, (fraction) =>
        setProgress({ label: '正在解密并检查文件…', fraction }),
      )
      if (file.header.encryption) await sync.state.rememberPassphrase(remember ? passphrase : null)
      setSnapshot(decoded)
      setPlan(await sync.planImport(decoded, confirmed))
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setProgress(null)
    }
  }

  const confirm = async (code: keyof Confirmations, value: boolean) => {
    if (!snapshot) return
    const next = { ...confirmed, [code]: value }
    setConfirmed(next)
    try {
      setPlan(await sync.planImport(snapshot, next))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const apply = async () => {
    if (!file || !snapshot || !plan) return
    setError(undefined)
    try {
      setProgress({ label: '正在备份本机数据（导入前自动备份）…', fraction: 0 })
      try {
        await backups.create('beforeImport', (fraction) =>
          setProgress({ label: '正在备份本机数据（导入前自动备份）…', fraction }),
        )
      } catch (e) {
        throw new Error(`导入前的自动备份失败，未导入任何内容：${errorMessage(e)}`)
      }
      // The data may have changed since the dry run (another window): then plan again.
      const fresh = (await sync.isUnchangedSince(plan)) ? plan : await sync.planImport(snapshot, confirmed)
      if (!fresh.canApply) {
        setPlan(fresh)
        throw new Error('数据在检查后发生了变化，请重新查看试运行结果后再导入。')
      }
      setProgress({ label: '正在导入…', fraction: 0 })
      const result = await sync.applyImport(fresh, {
        fileName: file.name,
        onProgress: (fraction) => setProgress({ label: '正在导入…', fraction }),
      })
      setOutcome({ ...result, plan: fresh })
      setPlan(null)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setProgress(null)
    }
  }

  const header = file?.header
  const busy = progress !== null
  const scope =
    header && (header.scope === 'all' ? '全部数据' : `选定的 ${header.scope.classIds.length} 个班次`)
  const rows = header ? Object.values(header.counts).reduce((s, n) => s + n, 0) : 0

  return (
    <Paper sx={{ p: 3, maxWidth: 860 }}>
      <Stack spacing={2.5}>
        <Typography color="text.secondary">
          选择另一台电脑导出的快照文件。导入前会先试运行，显示将要发生的变化；确认后才会更改数据，并且导入前会自动备份本机数据。
        </Typography>
        <div>
          <Button
            variant="outlined"
            startIcon={<FileOpenIcon />}
            disabled={busy}
            onClick={() => void choose()}
          >
            选择快照文件…
          </Button>
        </div>

        {header && file && (
          <Alert severity="info" icon={false} data-testid="file-header">
            <AlertTitle>{file.name}</AlertTitle>
            <div>
              来自：<strong>{header.replicaName}</strong>（{header.school}）
            </div>
            <div>导出时间：{formatDateTime(Date.parse(header.createdAt))}</div>
            <div>
              范围：{scope}，共 {rows} 条记录
            </div>
            <div>
              {header.encryption ? '已加密' : '未加密'}，班务通版本 {header.appVersion}
            </div>
          </Alert>
        )}

        {file?.refusals.map((r) => (
          <Alert key={r.code} severity="error" data-testid="refusal">
            <strong>不能导入：</strong>
            {r.message}
          </Alert>
        ))}

        {header && file && !file.damage && file.refusals.length === 0 && !plan && !outcome && (
          <Stack spacing={2}>
            {header.encryption && (
              <>
                <TextField
                  label="快照密码"
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') void check()
                  }}
                  sx={{ maxWidth: 360 }}
                />
                <FormControlLabel
                  control={<Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)} />}
                  label="在本机记住此密码"
                />
              </>
            )}
            <div>
              <Button variant="contained" disabled={busy} onClick={() => void check()}>
                检查内容（试运行）
              </Button>
            </div>
          </Stack>
        )}

        {progress && <SyncProgress label={progress.label} fraction={progress.fraction} />}
        {error && (
          <Alert severity="error" data-testid="import-error">
            {error}
          </Alert>
        )}

        {plan && (
          <>
            <ImportDryRun
              plan={plan}
              confirmed={confirmed}
              onConfirm={(code, value) => void confirm(code, value)}
            />
            <Stack direction="row" spacing={1}>
              {plan.refusals.every((r) => r.overridable) && (
                <Button variant="contained" disabled={busy || !plan.canApply} onClick={() => void apply()}>
                  导入
                </Button>
              )}
              <Button disabled={busy} onClick={reset}>
                取消
              </Button>
            </Stack>
          </>
        )}

        {outcome && (
          <Alert severity="success" data-testid="import-done">
            <AlertTitle>导入完成</AlertTitle>
            新增 {outcome.plan.totals.added} 条，修改 {outcome.plan.totals.changed} 条，移入回收站{' '}
            {outcome.plan.totals.deleted} 条，新的冲突 {outcome.conflicts} 条。
            {outcome.conflicts > 0 && (
              <>
                {' '}
                <Button component={RouterLink} to="/sync/conflicts" size="small">
                  查看冲突记录
                </Button>
              </>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
