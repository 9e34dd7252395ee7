import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { readSnapshotHeader } from '@shared/sync/snapshotFile'
import { errorMessage } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { platform } from '../../platform'
import { InstallationForm } from '../settings'
import { NEW_SCHOOL, joinFromFile, settingsForChoice, type SchoolChoice } from './schoolChoice'

/**
 * First start: a new school, or joining one other offices use (its id from one of their snapshot
 * files, or typed); then the school's name and this installation's name, and the app opens.
 */
export function SetupPage() {
  const { settings } = useData()
  const [saving, setSaving] = useState(false)
  const [choice, setChoice] = useState<SchoolChoice>(NEW_SCHOOL)
  const [fileError, setFileError] = useState<string>()
  /** The school name read from a chosen file: the form starts again with it. */
  const [prefill, setPrefill] = useState({ key: 0, schoolName: '' })
  const fromFile = choice.mode === 'join' ? choice.fromFile : null

  const chooseFile = async () => {
    setFileError(undefined)
    const opened = await platform.openFiles({ filters: [{ name: '班务通快照', extensions: ['banwu'] }] })
    if (!opened.ok) return setFileError(opened.error.message)
    const [picked] = opened.value
    if (!picked) return
    try {
      const joined = joinFromFile(picked.name, await readSnapshotHeader(picked.bytes))
      setChoice(joined)
      if (joined.mode === 'join' && joined.fromFile)
        setPrefill((p) => ({ key: p.key + 1, schoolName: joined.fromFile!.school }))
    } catch (e) {
      setFileError(errorMessage(e))
    }
  }

  return (
    <Box
      sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', bgcolor: 'background.default', p: 2 }}
    >
      <Paper sx={{ p: 4, width: 560, maxWidth: '100%' }} elevation={2}>
        <Typography variant="h5" component="h1" gutterBottom sx={{ fontWeight: 700 }}>
          欢迎使用班务通
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          首次使用，请先选择学校，再填写学校名称和本机名称。本机名称用于区分不同校区、科室的电脑，数据同步时会显示在快照文件中。以后可在“设置”中修改。
        </Typography>
        <RadioGroup
          aria-label="学校"
          value={choice.mode}
          onChange={(e) => {
            setFileError(undefined)
            setChoice(e.target.value === 'join' ? { mode: 'join', typedId: '', fromFile: null } : NEW_SCHOOL)
          }}
          sx={{ mb: 2 }}
        >
          <FormControlLabel value="new" control={<Radio />} label="新建学校（本校第一台使用班务通的电脑）" />
          <FormControlLabel
            value="join"
            control={<Radio />}
            label="加入已有学校（本校其他办公室已在使用班务通）"
          />
        </RadioGroup>
        {choice.mode === 'join' && (
          <Stack
            spacing={1.5}
            sx={{ mb: 3, p: 2, bgcolor: 'action.hover', borderRadius: 1 }}
            data-testid="join-school"
          >
            <Typography variant="body2">
              选择本校其他办公室导出的快照文件，或输入学校编号（在那台电脑的“设置 →
              学校编号”中可以复制）。只有同一学校编号的电脑之间才能互相导入数据。
            </Typography>
            <div>
              <Button variant="outlined" onClick={() => void chooseFile()}>
                选择本校的快照文件…
              </Button>
            </div>
            {fileError && <Alert severity="error">{fileError}</Alert>}
            {fromFile && (
              <Alert severity="success" data-testid="joined-from-file">
                已从“{fromFile.fileName}”读取：「{fromFile.school}」（来自 {fromFile.office}）。
                数据可在开始使用后，到“数据同步 → 导入快照”中导入。
              </Alert>
            )}
            <TextField
              label="学校编号"
              placeholder="26 位字母和数字，例如 01JE3K…"
              value={choice.typedId}
              onChange={(e) => setChoice({ mode: 'join', typedId: e.target.value, fromFile: null })}
              slotProps={{ htmlInput: { maxLength: 40, spellCheck: false } }}
            />
          </Stack>
        )}
        <InstallationForm
          key={prefill.key}
          initial={{ schoolName: prefill.schoolName, officeName: '', currentUser: '' }}
          submitLabel="开始使用"
          busy={saving}
          onSubmit={async (value) => {
            setSaving(true)
            try {
              await settings.save(settingsForChoice(value, choice))
            } finally {
              setSaving(false)
            }
          }}
        />
      </Paper>
    </Box>
  )
}
