import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { ENCRYPTED_ONLY_PLACE, UNENCRYPTED_WARNING } from '@shared/sync/unencryptedFiles'
import { useSnapshotPolicy } from '../../db/core/schoolSettingsHooks'

/**
 * Before an unencrypted snapshot file is read (the school accepts them: 只接受加密快照 is off):
 * what such a file cannot prove, and an explicit choice to go on or not.
 */
export function UnencryptedWarning({
  officeName,
  onAccept,
  onDecline,
}: {
  officeName: string
  onAccept: () => void
  onDecline: () => void
}) {
  return (
    <Alert severity="warning" data-testid="unencrypted-warning">
      <AlertTitle>未加密的快照文件：无法确认来源和内容</AlertTitle>
      {UNENCRYPTED_WARNING}
      <div style={{ marginTop: 8 }}>文件头自称来自「{officeName}」，但这一点无法核实。</div>
      <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
        <Button variant="contained" color="warning" onClick={onAccept}>
          我了解风险，继续检查此文件
        </Button>
        <Button onClick={onDecline}>不导入</Button>
      </Stack>
    </Alert>
  )
}

/** Under the passphrase form and the dry run, once the user went on: a reminder. */
export function UnencryptedReminder() {
  return (
    <Alert severity="warning" data-testid="unencrypted-reminder">
      您已确认继续处理这个未加密的文件。其内容可能被他人编写或改动过，导入前请仔细查看试运行结果。
    </Alert>
  )
}

/** Under the export's 快照文件将不加密: whether the other offices will take the file at all. */
export function UnencryptedExportNote() {
  const policy = useSnapshotPolicy()
  if (!policy) return null
  return policy.encryptedOnly ? (
    <div data-testid="unencrypted-export-note">
      本校设置为只接受加密快照，其他办公室将不能导入这个文件（可在「{ENCRYPTED_ONLY_PLACE}」中更改）。
    </div>
  ) : (
    <div data-testid="unencrypted-export-note">
      对方导入前须确认：未加密的文件无法证明来自本机，也无法证明未被改动。
    </div>
  )
}
