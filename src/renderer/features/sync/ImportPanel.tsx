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
import { formatDateTime } from '../../ui/dates'
import {
  asksPassphrase,
  asksUnencryptedConfirmation,
  canApply,
  canCheck,
  canChoose,
  chosenFile,
  dryRunOf,
  errorOf,
  isBusy,
  offersApply,
  progressOf,
} from './importFlow'
import { ImportDryRun } from './ImportDryRun'
import { rememberLabel } from './passphraseMemory'
import { SyncProgress } from './SyncProgress'
import { UnencryptedReminder, UnencryptedWarning } from './UnencryptedWarning'
import { useImportFlow } from './useImportFlow'

/**
 * 导入快照: choose a file, see from whom it is, give its passphrase, see the
 * dry run, then apply — after a backup — in one transaction. The stages are in importFlow.ts.
 */
export function ImportPanel() {
  const flow = useImportFlow()
  const { stage, passphrase, remember } = flow.state
  const file = chosenFile(stage)
  const header = file?.header
  const busy = isBusy(stage)
  const progress = progressOf(stage)
  const error = errorOf(stage)
  const dryRun = dryRunOf(stage)
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
            disabled={!canChoose(stage)}
            onClick={() => void flow.choose()}
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

        {header && asksUnencryptedConfirmation(stage) && (
          <UnencryptedWarning
            officeName={header.replicaName}
            onAccept={flow.acceptUnencrypted}
            onDecline={flow.declineUnencrypted}
          />
        )}
        {header && !header.encryption && (asksPassphrase(stage) || dryRunOf(stage) !== null) && (
          <UnencryptedReminder />
        )}

        {header && asksPassphrase(stage) && (
          <Stack spacing={2}>
            {header.encryption && (
              <>
                <TextField
                  label="快照密码"
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  onChange={(e) => flow.setPassphrase(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') void flow.check()
                  }}
                  sx={{ maxWidth: 360 }}
                />
                <div>
                  <FormControlLabel
                    control={
                      <Checkbox
                        checked={remember && flow.keeping?.where !== 'none'}
                        disabled={flow.keeping?.where === 'none'}
                        onChange={(e) => flow.setRemember(e.target.checked)}
                      />
                    }
                    label={rememberLabel(flow.keeping).label}
                  />
                  {rememberLabel(flow.keeping).note && (
                    <Typography variant="body2" color="text.secondary">
                      {rememberLabel(flow.keeping).note}
                    </Typography>
                  )}
                </div>
              </>
            )}
            <div>
              <Button variant="contained" disabled={!canCheck(stage)} onClick={() => void flow.check()}>
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

        {dryRun && (
          <>
            <ImportDryRun
              plan={dryRun.plan}
              confirmed={dryRun.confirmed}
              onConfirm={(code, value) => void flow.confirm(code, value)}
            />
            <Stack direction="row" spacing={1}>
              {offersApply(dryRun.plan) && (
                <Button variant="contained" disabled={!canApply(stage)} onClick={() => void flow.apply()}>
                  导入
                </Button>
              )}
              <Button disabled={busy} onClick={flow.cancel}>
                取消
              </Button>
            </Stack>
          </>
        )}

        {stage.step === 'done' && (
          <Alert severity="success" data-testid="import-done">
            <AlertTitle>导入完成</AlertTitle>
            新增 {stage.plan.totals.added} 条，修改 {stage.plan.totals.changed} 条，移入回收站{' '}
            {stage.plan.totals.deleted} 条，新的冲突 {stage.outcome.conflicts} 条。
            {stage.outcome.conflicts > 0 && (
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
