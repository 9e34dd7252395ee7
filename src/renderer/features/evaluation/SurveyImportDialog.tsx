import { useState } from 'react'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { QuestionnaireFields } from '@shared/evaluation/questionnaire'
import {
  guessSurveyMapping,
  readSurveyAnswers,
  surveyHeaderRow,
  type SurveyMapping,
} from '@shared/evaluation/responseEntry'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { pickGrid } from '../secondment'

type Loaded = { fileName: string; text: string[][]; headerRow: number; mapping: SurveyMapping }

/**
 * 导入问卷平台结果: a survey platform's Excel export; each column is matched to a question by its
 * header (changeable here), every value is checked, and a file with any problem is refused whole.
 */
export function SurveyImportDialog(props: {
  classId: string
  questionnaire: QuestionnaireFields
  onClose: () => void
}) {
  const { responses } = useData()
  const notify = useNotify()
  const q = props.questionnaire
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string>()
  const pick = async () => {
    setError(undefined)
    const grid = await pickGrid('问卷结果')
    if (!grid.ok) {
      if (grid.message) setError(grid.message)
      return
    }
    const headerRow = Math.max(0, surveyHeaderRow(grid.text, q))
    setLoaded({ ...grid, headerRow, mapping: guessSurveyMapping(grid.text[headerRow] ?? [], q) })
  }
  const read = loaded
    ? readSurveyAnswers(loaded.fileName, loaded.text, loaded.headerRow, loaded.mapping, q)
    : null
  const commit = async () => {
    if (!read?.ok) return
    try {
      const n = await responses.importSheets(props.classId, q, read.sheets)
      notify(`已导入 ${n} 份答卷`)
      props.onClose()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth>
      <DialogTitle>导入问卷平台结果（Excel）</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" sx={{ mb: 1 }}>
          每行一份答卷；列标题与题目对应（如“1、班级管理工作总体评价”），评分可为数字或“很满意”等文字。有任何问题时整份文件不导入。
        </Typography>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void pick()}>
          选择文件…
        </Button>
        {loaded && (
          <Stack spacing={1} sx={{ mt: 1.5, maxHeight: 300, overflow: 'auto' }} data-testid="survey-mapping">
            {(loaded.text[loaded.headerRow] ?? []).map((h, c) =>
              h.trim() ? (
                <Stack key={c} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2" sx={{ width: 300 }} noWrap title={h}>
                    {h}
                  </Typography>
                  <TextField
                    select
                    size="small"
                    value={loaded.mapping[c] ?? ''}
                    onChange={(e) =>
                      setLoaded({ ...loaded, mapping: { ...loaded.mapping, [c]: e.target.value || null } })
                    }
                    sx={{ width: 320 }}
                    slotProps={{ htmlInput: { 'aria-label': `${h} 对应题目` } }}
                  >
                    <MenuItem value="">不导入</MenuItem>
                    {q.questions.map((x, i) => (
                      <MenuItem key={x.code} value={x.code}>
                        {i + 1}. {x.text}
                      </MenuItem>
                    ))}
                  </TextField>
                </Stack>
              ) : null,
            )}
          </Stack>
        )}
        {read && !read.ok && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="survey-import-problems">
            {loaded?.fileName} 有 {read.problems.length} 处问题，未导入任何答卷：
            {read.problems.slice(0, 20).map((p, i) => (
              <div key={i}>{p.message}</div>
            ))}
            {read.problems.length > 20 && <div>…另有 {read.problems.length - 20} 处</div>}
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>取消</Button>
        <Button variant="contained" disabled={!read?.ok} onClick={() => void commit()}>
          {read?.ok ? `导入 ${read.sheets.length} 份答卷` : '导入'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
