import { useState } from 'react'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useData } from '../../db/core/DataProvider'
import { InstallationForm } from '../settings'

/** First start: ask for the school and this installation's name, then open the app. */
export function SetupPage() {
  const { settings } = useData()
  const [saving, setSaving] = useState(false)
  return (
    <Box
      sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', bgcolor: 'background.default', p: 2 }}
    >
      <Paper sx={{ p: 4, width: 520, maxWidth: '100%' }} elevation={2}>
        <Typography variant="h5" component="h1" gutterBottom sx={{ fontWeight: 700 }}>
          欢迎使用班务通
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          首次使用，请填写学校名称和本机名称。本机名称用于区分不同校区、科室的电脑，数据同步时会显示在快照文件中。以后可在“设置”中修改。
        </Typography>
        <InstallationForm
          initial={{ schoolName: '', officeName: '', currentUser: '' }}
          submitLabel="开始使用"
          busy={saving}
          onSubmit={async (value) => {
            setSaving(true)
            try {
              await settings.save(value)
            } finally {
              setSaving(false)
            }
          }}
        />
      </Paper>
    </Box>
  )
}
