import { useState } from 'react'
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router'
import DownloadIcon from '@mui/icons-material/Download'
import EditNoteIcon from '@mui/icons-material/EditNote'
import PrintIcon from '@mui/icons-material/Print'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { QUESTIONNAIRE_IDS } from '@shared/evaluation/questionnaire'
import { safeFileName } from '@shared/fileName'
import type { ClassRecord } from '../../db/core/database'
import { printPath } from '../../ui/print/printPath'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { platform } from '../../platform'
import { evaluationWorkbook } from './evaluationWorkbook'
import { QUESTIONNAIRE_NAMES, questionnaireFromQuery } from './questionnaireChoice'
import { ResultsView } from './ResultsView'
import { SurveyImportDialog } from './SurveyImportDialog'
import { TallyEntry } from './TallyEntry'
import { useEvaluation } from './useEvaluation'

/**
 * The class's 评估 tab: the students' anonymous evaluation of the class (seed 000 正文三(一)) and the
 * 组织员满意度测评 of every graduating class (seed 002), through the same machinery — blank numbered
 * sheets to print, keyboard entry of the filled sheets or a survey platform's export, and the results
 * once enough sheets are in.
 */
export function EvaluationTab({ cls }: { cls: ClassRecord }) {
  const [query, setQuery] = useSearchParams()
  const questionnaireId = questionnaireFromQuery(query)
  const model = useEvaluation(cls.id, questionnaireId)
  const navigate = useNavigate()
  const notify = useNotify()
  const [importing, setImporting] = useState(false)
  if (!model) return null
  const { questionnaire: q } = model
  const options = { questionnaire: questionnaireId }
  const exportXlsx = async () => {
    try {
      const bytes = evaluationWorkbook({
        className: cls.name,
        title: q.title,
        classSize: model.classSize,
        results: model.results,
      })
      const r = await platform.saveFile({
        suggestedName: `${safeFileName(`${cls.name}-${QUESTIONNAIRE_NAMES[questionnaireId]}结果`)}.xlsx`,
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
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={questionnaireId}
          onChange={(_, v: string | null) => v && setQuery({ questionnaire: v }, { replace: true })}
          aria-label="问卷"
        >
          {QUESTIONNAIRE_IDS.map((id) => (
            <ToggleButton key={id} value={id}>
              {QUESTIONNAIRE_NAMES[id]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Button
          component={RouterLink}
          to={`/questionnaires?questionnaire=${questionnaireId}`}
          startIcon={<EditNoteIcon />}
          size="small"
        >
          编辑问卷
        </Button>
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }} data-testid="evaluation-count">
          {q.title}（第 {q.version} 版）：已收 {model.sheets.length} 份答卷，全班 {model.classSize} 人
        </Typography>
        <Button
          startIcon={<PrintIcon />}
          disabled={model.classSize === 0}
          onClick={() => void navigate(printPath(cls.id, 'evaluation-blank', options))}
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
          onClick={() => void navigate(printPath(cls.id, 'evaluation-summary', options))}
        >
          打印结果汇总
        </Button>
      </Stack>
      {model.latest.version !== q.version && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="evaluation-version-kept">
          本班已按第 {q.version} 版录入答卷，继续使用第 {q.version} 版；问卷已修订为第 {model.latest.version}{' '}
          版，用于尚未录入答卷的班次。
        </Alert>
      )}
      <TallyEntry
        key={`${questionnaireId}@${q.version}`}
        classId={cls.id}
        questionnaire={q}
        nextNumber={model.nextNumber}
      />
      <ResultsView results={model.results} problem={model.problem} />
      {importing && (
        <SurveyImportDialog classId={cls.id} questionnaire={q} onClose={() => setImporting(false)} />
      )}
    </>
  )
}
