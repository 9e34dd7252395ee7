import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useNotify } from '../../ui/Notifier'
import { PageHeader } from '../../ui/PageHeader'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import { BackupSection } from '../sync'
import { InstallationForm } from './InstallationForm'
import { SchoolIdSection } from './SchoolIdSection'
import { SchoolRulesSection } from './SchoolRulesSection'
import { formatBytes, useStorageStatus } from './storage'
import { StorageWarnings } from './StorageWarnings'

export function SettingsPage() {
  const { settings: repo } = useData()
  const settings = useSettings()
  const notify = useNotify()
  const [storage, refresh] = useStorageStatus()

  return (
    <>
      <PageHeader title="设置" />
      <Stack spacing={3} sx={{ maxWidth: 640 }}>
        <Paper sx={{ p: 3 }}>
          <Typography variant="h6" gutterBottom>
            学校与本机
          </Typography>
          {settings && (
            <InstallationForm
              key={JSON.stringify(settings)}
              initial={settings}
              submitLabel="保存"
              onSubmit={async (v) => {
                await repo.save(v)
                notify('设置已保存')
              }}
            />
          )}
        </Paper>
        <SchoolIdSection />
        <Paper sx={{ p: 3 }} data-testid="storage-panel">
          <Typography variant="h6" gutterBottom>
            本机存储
          </Typography>
          {storage ? (
            <Stack spacing={1}>
              <Typography>
                已用空间：{formatBytes(storage.usageBytes)}（可用配额 {formatBytes(storage.quotaBytes)}）
              </Typography>
              <Typography>
                持久存储：
                {storage.persisted === null
                  ? '无法查询'
                  : storage.persisted
                    ? '已开启（浏览器不会自动清除数据）'
                    : '未开启'}
              </Typography>
              <StorageWarnings status={storage} />
              <div>
                <Button
                  variant="outlined"
                  onClick={() => {
                    void navigator.storage
                      ?.persist?.()
                      .catch(() => false)
                      .then(refresh)
                  }}
                >
                  申请持久存储
                </Button>
              </div>
            </Stack>
          ) : (
            <Typography color="text.secondary">正在读取…</Typography>
          )}
        </Paper>
        <SchoolRulesSection />
        <BackupSection />
      </Stack>
    </>
  )
}
