import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import { lowSpaceMessage, PERSIST_DENIED_MESSAGE } from '../../ui/storageErrors'
import { formatBytes, freeBytes, LOW_SPACE_BYTES, type StorageStatus } from './storage'

/**
 * The storage warnings, on 首页 and in 设置: little space left, and a denied
 * request for persistent storage; each says what to do. Nothing when all is well.
 */
export function StorageWarnings({
  status,
  compact = false,
}: {
  status: StorageStatus | null
  compact?: boolean
}) {
  if (!status) return null
  const free = freeBytes(status)
  const low = free !== null && free < LOW_SPACE_BYTES
  if (!low && status.persisted !== false) return null
  return (
    <Stack spacing={1} sx={compact ? { mb: 2 } : undefined} data-testid="storage-warnings">
      {low && <Alert severity="error">{lowSpaceMessage(formatBytes(free))}</Alert>}
      {status.persisted === false && (
        <Alert
          severity="warning"
          action={
            compact ? (
              <Button color="inherit" size="small" href="#/settings">
                查看存储
              </Button>
            ) : undefined
          }
        >
          {PERSIST_DENIED_MESSAGE}
        </Alert>
      )}
    </Stack>
  )
}
