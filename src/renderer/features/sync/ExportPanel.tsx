import { useEffect, useState } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Autocomplete from '@mui/material/Autocomplete'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import LinearProgress from '@mui/material/LinearProgress'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import SaveIcon from '@mui/icons-material/SaveAlt'
import type { SnapshotScope } from '@shared/sync/snapshot'
import { passphraseRefusal, passphraseStrengthLabel } from '@shared/sync/passphraseRules'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { errorMessage } from '../../ui/Notifier'
import { todayIso } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import type { ClassRecord } from '../../db/core/database'
import { useLiveClasses } from '../../db/classes/classHooks'
import { useSettings } from '../../db/core/settingsHooks'
import { snapshotFileName } from '../../db/sync/syncFileNames'
import { syncTableLabel } from '../../db/sync/syncTableLabels'
import { platform } from '../../platform'
import { SyncProgress } from './SyncProgress'
import { UnencryptedExportNote } from './UnencryptedWarning'
import { rememberLabel, usePassphraseMemory } from './passphraseMemory'
import { loadStrengthEstimator, usePassphraseScore } from './passphraseStrength'
import { passphraseProblem } from './syncPassphrase'
import { baseName } from './syncFormat'
import { useSyncServices } from './useSyncServices'

interface Done {
  path: string
  counts: Record<string, number>
}

/** 导出快照: everything or some classes, encrypted unless the user insists, verified before it is saved. */
export function ExportPanel() {
  const { sync } = useData()
  const { codec } = useSyncServices()
  const settings = useSettings()
  const classes = useLiveClasses()
  const [scopeKind, setScopeKind] = useState<'all' | 'some'>('all')
  const [selected, setSelected] = useState<ClassRecord[]>([])
  const [encrypt, setEncrypt] = useState(true)
  const [askPlain, setAskPlain] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [remember, setRemember] = useState(false)
  const [remembered, setRemembered] = useState<string | null>(null)
  const [progress, setProgress] = useState<{ label: string; fraction: number | null } | null>(null)
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<Done | null>(null)

  const memory = usePassphraseMemory()
  useEffect(() => {
    let live = true
    void memory?.read().then((p) => {
      if (!live || p === null) return
      setRemembered(p)
      setPassphrase(p)
      setRepeated(p)
      setRemember(true)
    })
    return () => {
      live = false
    }
  }, [memory])

  // The school's and office's names are the first guesses: the file's header names the office.
  const names = { schoolName: settings?.schoolName, officeName: settings?.officeName }
  const knownWords = [names.schoolName ?? '', names.officeName ?? ''].filter((w) => w !== '')
  const { score } = usePassphraseScore(encrypt ? passphrase : '', knownWords)
  const usingRemembered = remembered !== null && passphrase === remembered
  const problem = encrypt
    ? passphraseProblem(passphrase, usingRemembered ? passphrase : repeated, { ...names, score })
    : null
  const fieldProblem =
    encrypt && passphrase !== '' ? passphraseRefusal({ passphrase, score, ...names }) : null
  const remembering = rememberLabel(memory?.keeping)
  const scopeProblem = scopeKind === 'some' && selected.length === 0 ? '请至少选择一个班次' : null
  const busy = progress !== null

  const run = async () => {
    setError(undefined)
    setDone(null)
    if (problem || scopeProblem || !settings) {
      setError(problem ?? scopeProblem ?? '请先完成设置')
      return
    }
    if (encrypt && score === null) {
      // Exported before the meter had a score: wait for it (a failed load leaves our own rules).
      const estimator = await loadStrengthEstimator().catch(() => null)
      const refusal =
        estimator && passphraseRefusal({ passphrase, score: estimator(passphrase, knownWords), ...names })
      if (refusal) {
        setError(refusal)
        return
      }
    }
    const scope: SnapshotScope = scopeKind === 'all' ? 'all' : { classIds: selected.map((c) => c.id) }
    try {
      setProgress({ label: '正在读取数据…', fraction: null })
      const snapshot = await sync.readSnapshot(scope)
      const day = todayIso()
      const name = snapshotFileName(settings.officeName, day, await sync.log.nextExportSequence(day))
      const bytes = await codec.encode(snapshot, encrypt ? passphrase : null, (fraction) =>
        setProgress({ label: fraction < 0.6 ? '正在压缩并加密…' : '正在读回校验…', fraction }),
      )
      setProgress({
        label: platform.kind === 'electron' ? '正在写入文件并读回校验…' : '正在下载…',
        fraction: 1,
      })
      const saved = await platform.saveSnapshot({
        suggestedName: name,
        bytes: bytes as Uint8Array<ArrayBuffer>,
      })
      if (!saved.ok) {
        if (saved.error.code !== 'cancelled') setError(saved.error.message)
        return
      }
      await sync.recordExport(snapshot, baseName(saved.value.path))
      if (encrypt) await memory?.remember(remember ? passphrase : null)
      setRemembered(encrypt && remember && memory?.keeping.where !== 'none' ? passphrase : null)
      setDone({ path: saved.value.path, counts: snapshot.header.counts })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setProgress(null)
    }
  }

  const total = done ? Object.values(done.counts).reduce((s, n) => s + n, 0) : 0
  const parts = done
    ? Object.entries(done.counts)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${syncTableLabel(t)} ${n}`)
        .join('、')
    : ''

  return (
    <Paper sx={{ p: 3, maxWidth: 760 }}>
      <Stack spacing={2.5}>
        <Typography color="text.secondary">
          把本机的数据导出为快照文件（.banwu），用U盘带到另一台电脑，在那里“导入快照”。两边都可以继续修改，之后再互相导入即可合并。
        </Typography>

        <div>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            导出范围
          </Typography>
          <RadioGroup
            row
            value={scopeKind}
            onChange={(e) => setScopeKind(e.target.value as 'all' | 'some')}
            aria-label="导出范围"
          >
            <FormControlLabel value="all" control={<Radio />} label="全部数据" />
            <FormControlLabel value="some" control={<Radio />} label="选定的班次" />
          </RadioGroup>
          {scopeKind === 'some' && (
            <Autocomplete
              multiple
              disableCloseOnSelect
              options={classes ?? []}
              value={selected}
              onChange={(_, v) => setSelected(v)}
              getOptionLabel={(c) => c.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              renderInput={(params) => (
                <TextField {...params} label="选择班次" helperText="只导出这些班次及其学员、考勤等记录" />
              )}
              sx={{ mt: 1 }}
            />
          )}
        </div>

        <div>
          <FormControlLabel
            control={
              <Switch
                checked={encrypt}
                onChange={(e) => (e.target.checked ? setEncrypt(true) : setAskPlain(true))}
              />
            }
            label="加密快照文件（推荐）"
          />
          {encrypt ? (
            <Stack spacing={2} sx={{ mt: 1 }}>
              <TextField
                label="密码"
                type="password"
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.target.value)
                  setError(undefined)
                }}
                error={fieldProblem !== null}
                helperText={
                  fieldProblem ??
                  '至少 10 个字符，不要用学校名、日期或 123456 这样的组合。导入时需要输入同一个密码；请用其他方式（当面、电话）告诉对方，不要写在U盘上'
                }
              />
              {passphrase !== '' && <StrengthMeter score={score} />}
              {!usingRemembered && (
                <TextField
                  label="再次输入密码"
                  type="password"
                  autoComplete="new-password"
                  value={repeated}
                  onChange={(e) => {
                    setRepeated(e.target.value)
                    setError(undefined)
                  }}
                />
              )}
              <div>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={remember && memory?.keeping.where !== 'none'}
                      disabled={memory?.keeping.where === 'none'}
                      onChange={(e) => setRemember(e.target.checked)}
                    />
                  }
                  label={remembering.label}
                />
                {remembering.note && (
                  <Typography variant="body2" color="text.secondary" data-testid="passphrase-keeping">
                    {remembering.note}
                  </Typography>
                )}
              </div>
            </Stack>
          ) : (
            <Alert severity="warning" sx={{ mt: 1 }}>
              快照文件将不加密。文件中有学员的身份证号、电话等个人信息，任何拿到U盘的人都能读取。
              <UnencryptedExportNote />
            </Alert>
          )}
        </div>

        {error && <Alert severity="error">{error}</Alert>}
        {progress && <SyncProgress label={progress.label} fraction={progress.fraction} />}
        {done && (
          <Alert severity="success" data-testid="export-done">
            <AlertTitle>
              {platform.kind === 'electron'
                ? '快照已写入并校验无误，可以拔出U盘了。'
                : '快照已校验无误并开始下载。'}
            </AlertTitle>
            {platform.kind === 'electron' ? (
              <>文件：{done.path}</>
            ) : (
              <>
                文件“{baseName(done.path)}”在浏览器的下载文件夹中。把它复制到U盘，复制完成后就可以拔出U盘了。
              </>
            )}
            <br />共 {total} 条记录{parts && `（${parts}）`}。
          </Alert>
        )}

        <div>
          <Button
            variant="contained"
            size="large"
            startIcon={<SaveIcon />}
            disabled={busy}
            onClick={() => void run()}
          >
            导出快照
          </Button>
        </div>
      </Stack>
      <ConfirmDialog
        open={askPlain}
        title="不加密导出？"
        message="不加密的快照文件中，学员的身份证号、电话等个人信息任何人都能读取。只有在确实无法约定密码时才这样做。确定不加密吗？"
        confirmLabel="不加密"
        onCancel={() => setAskPlain(false)}
        onConfirm={() => {
          setEncrypt(false)
          setAskPlain(false)
          return Promise.resolve()
        }}
      />
    </Paper>
  )
}

const METER_COLORS = ['error', 'error', 'warning', 'success', 'success'] as const

/** 密码强度 under the field, from zxcvbn's score (0–4); 正在评估 while the estimator loads. */
function StrengthMeter({ score }: { score: number | null }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} data-testid="passphrase-strength">
      <LinearProgress
        variant={score === null ? 'indeterminate' : 'determinate'}
        value={score === null ? 0 : (score + 1) * 20}
        color={score === null ? 'inherit' : METER_COLORS[score]}
        aria-label="密码强度"
        sx={{ flex: 1, maxWidth: 240, height: 8, borderRadius: 4 }}
      />
      <Typography variant="body2" color="text.secondary">
        {score === null ? '正在评估密码强度…' : `密码强度：${passphraseStrengthLabel(score)}`}
      </Typography>
    </Stack>
  )
}
