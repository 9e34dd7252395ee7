import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { parseSchoolId } from '@shared/sync/schoolIdentity'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'

/**
 * 学校编号 (shared/sync/schoolIdentity.ts): shown so another office can join the school by typing
 * it, with a copy button; and, for two offices that each started a school by mistake, a way to
 * join another school's id instead.
 */
export function SchoolIdSection() {
  const { settings: repo } = useData()
  const settings = useSettings()
  const notify = useNotify()
  const [joining, setJoining] = useState(false)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string>()
  if (!settings?.schoolId) return null
  const { schoolId } = settings

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(schoolId)
      notify('学校编号已复制')
    } catch {
      notify('无法访问剪贴板，请选中编号后按 Ctrl+C 复制')
    }
  }

  const join = async () => {
    setError(undefined)
    const id = parseSchoolId(typed)
    if (!id) return setError('学校编号无效：应为 26 位字母和数字，请在本校其他电脑的“设置 → 学校编号”中复制')
    if (id === schoolId) return setError('这就是本机现在的学校编号')
    try {
      const { schoolIdProvisional: _provisional, ...rest } = settings
      await repo.save({ ...rest, schoolId: id })
      setJoining(false)
      setTyped('')
      notify(`本机已改用学校编号 ${id}`)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Paper sx={{ p: 3 }} data-testid="school-id-section">
      <Typography variant="h6" gutterBottom>
        学校编号
      </Typography>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Typography
            data-testid="school-id"
            sx={{ fontFamily: 'monospace', fontSize: '1.1rem', letterSpacing: 1, userSelect: 'all' }}
          >
            {schoolId}
          </Typography>
          <Button size="small" variant="outlined" onClick={() => void copy()}>
            复制
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          快照文件按学校编号识别学校：只有编号相同的电脑之间才能互相导入数据，学校名称相同也不行。本校新的电脑首次使用时选择“加入已有学校”，输入这个编号，或选择本机导出的快照文件。
        </Typography>
        {settings.schoolIdProvisional && (
          <Alert severity="info">
            这是升级时自动生成的临时编号。导入本校其他办公室的快照文件后，本机会自动改用全校共同的编号。
          </Alert>
        )}
        {!joining ? (
          <div>
            <Button size="small" onClick={() => setJoining(true)}>
              改为加入其他学校编号…
            </Button>
          </div>
        ) : (
          <Stack spacing={1.5}>
            <Alert severity="warning">
              仅当本机首次使用时误选了“新建学校”时才需要更改：输入本校其他电脑“设置”中显示的学校编号。更改后，本机只接受该编号的快照文件。
            </Alert>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
              <TextField
                size="small"
                label="本校其他电脑的学校编号"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                error={!!error}
                helperText={error}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { maxLength: 40, spellCheck: false } }}
              />
              <Button variant="contained" onClick={() => void join()}>
                改用此编号
              </Button>
              <Button
                onClick={() => {
                  setJoining(false)
                  setError(undefined)
                }}
              >
                取消
              </Button>
            </Stack>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
