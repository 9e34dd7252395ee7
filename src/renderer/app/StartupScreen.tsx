import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import CircularProgress from '@mui/material/CircularProgress'

/** Shown while the database opens, or when it cannot be opened (never a blank screen). */
export function StartupScreen({ error }: { error?: string }) {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 4 }}>
      {error ? (
        <Alert severity="error" sx={{ maxWidth: 640 }}>
          无法打开本机数据库：{error}
          <br />
          请关闭其他正在运行的班务通窗口后重试；若仍然失败，请在“设置”中从自动备份恢复，或联系管理员。
        </Alert>
      ) : (
        <CircularProgress aria-label="正在打开数据" />
      )}
    </Box>
  )
}
