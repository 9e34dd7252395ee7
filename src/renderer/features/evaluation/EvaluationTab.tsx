import { useState } from 'react'
import { useNavigate } from 'react-router'
import DownloadIcon from '@mui/icons-material/Download'
import PrintIcon from '@mui/icons-material/Print'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { safeFileName } from '@shared/fileName'
import type { ClassRecord } from '../../db/core/database'
import { printPath } from '../../ui/print/printPath'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { platform } from '../../platform'
import { evaluationWorkbook } from './evaluationWorkbook'
import { ResultsView } from './ResultsView'
import { SurveyImportDialog } from './SurveyImportDialog'
import { TallyEntry } from './TallyEntry'
import { useEvaluation } from './useEvaluation'

/**
 * The class's 评估 tab (seed 000 正文三(一)): the students' anonymous evaluation of the class —
 * blank numbered sheets to print, keyboard entry of the filled sheets or a survey platform's
 * export, and the results once enough sheets are in.
 */
export function EvaluationTab({ cls }: { cls: ClassRecord }) {
  const model = useEvaluation(cls.id)
  const navigate = useNavigate()
  const notify = useNotify()
  const [importing, setImporting] = useState(false)
  if (!model) return null
  const { questionnaire: q } = model
  const exportXlsx = async () => {
    try {
      const bytes = evaluationWorkbook({
        className: cls.name,
        title: q.title,
        classSize: model.classSize,
        results: model.results,
      })
      const r = await platform.saveFile({
        suggestedName: `${safeFileName(`${cls.name}-评估结果`)}.xlsx`,
        bytes,
      })
      if (!r.ok && r.error.code !== 'cancelled') notify(r.error.message, 'error')
      else if (r.ok) notify(`已导出：${r.value.path}`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }} data-testid="evaluation-count">
          {q.title}（第 {q.version} 版）：已收 {model.sheets.length} 份答卷，全班 {model.classSize} 人
        </Typography>
        <Button
          startIcon={<PrintIcon />}
          disabled={model.classSize === 0}
          onClick={() => void navigate(printPath(cls.id, 'evaluation-blank'))}
        >
          打印空白问卷（{model.classSize} 份）
        </Button>
        <Button startIcon={<UploadFileIcon />} variant="outlined" onClick={() => setImporting(true)}>
          导入问卷平台结果
        </Button>
        <Button
          startIcon={<DownloadIcon />}
          disabled={Boolean(model.problem)}
          onClick={() => void exportXlsx()}
        >
          导出 Excel
        </Button>
        <Button
          startIcon={<PrintIcon />}
          disabled={Boolean(model.problem)}
          onClick={() => void navigate(printPath(cls.id, 'evaluation-summary'))}
        >
          打印结果汇总
        </Button>
      </Stack>
      <TallyEntry classId={cls.id} questionnaire={q} nextNumber={model.nextNumber} />
      <ResultsView results={model.results} problem={model.problem} />
      {importing && (
        <SurveyImportDialog classId={cls.id} questionnaire={q} onClose={() => setImporting(false)} />
      )}
    </>
  )
}
