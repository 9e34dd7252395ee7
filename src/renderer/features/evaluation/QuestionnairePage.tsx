import { useState } from 'react'
import { useSearchParams } from 'react-router'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { QUESTIONNAIRE_IDS } from '@shared/evaluation/questionnaire'
import { PageHeader } from '../../ui/PageHeader'
import { useQuestionnaireVersions } from '../../db/evaluation/evaluationHooks'
import { QUESTIONNAIRE_NAMES, questionnaireFromQuery } from './questionnaireChoice'
import { QuestionnaireEditor } from './QuestionnaireEditor'

/**
 * 评估问卷 (issue 15): the school's questionnaires as data — the students' evaluation of a class and
 * seed 002's 组织员满意度测评 — each version kept. Opened from the navigation and from a class's 评估 tab.
 */
export function QuestionnairePage() {
  const [query, setQuery] = useSearchParams()
  const questionnaireId = questionnaireFromQuery(query)
  const versions = useQuestionnaireVersions(questionnaireId)
  const [shown, setShown] = useState<number | null>(null)
  const [editing, setEditing] = useState(false)
  if (!versions) return null
  const current = versions[0]!
  const q = versions.find((v) => v.version === shown) ?? current
  const usedCodes = versions.flatMap((v) => v.questions.map((x) => x.code))
  return (
    <>
      <PageHeader
        title="评估问卷"
        subtitle="全校统一的问卷，按版本保存：修改时复制当前版本，编辑后保存为新版本；已录入答卷的班次继续使用原来的版本。"
      />
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        sx={{ mb: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
      >
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={questionnaireId}
          onChange={(_, v: string | null) => {
            if (!v) return
            setQuery({ questionnaire: v }, { replace: true })
            setShown(null)
            setEditing(false)
          }}
          aria-label="问卷"
        >
          {QUESTIONNAIRE_IDS.map((id) => (
            <ToggleButton key={id} value={id}>
              {QUESTIONNAIRE_NAMES[id]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {!editing && (
          <>
            <TextField
              select
              size="small"
              label="版本"
              value={q.version}
              onChange={(e) => setShown(Number(e.target.value))}
              sx={{ width: 160 }}
            >
              {versions.map((v) => (
                <MenuItem key={v.version} value={v.version}>
                  第 {v.version} 版{v === current ? '（当前）' : ''}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={() => setEditing(true)}>
              复制当前版本并编辑
            </Button>
          </>
        )}
      </Stack>
      {editing ? (
        <QuestionnaireEditor
          key={`${questionnaireId}@${current.version}`}
          current={current}
          usedCodes={usedCodes}
          onDone={() => {
            setEditing(false)
            setShown(null)
          }}
        />
      ) : (
        <Paper sx={{ p: 2 }} data-testid="questionnaire-view">
          <Typography variant="h6" sx={{ fontSize: 17 }}>
            {q.title}（第 {q.version} 版）
          </Typography>
          <Stack
            direction="row"
            spacing={0.5}
            useFlexGap
            sx={{ my: 1, alignItems: 'center', flexWrap: 'wrap' }}
          >
            <Typography variant="body2">评分等次：</Typography>
            {q.scale.map((p) => (
              <Chip key={p.value} size="small" label={`${p.value} ${p.label}`} />
            ))}
          </Stack>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>序号</TableCell>
                <TableCell>类别</TableCell>
                <TableCell>题目</TableCell>
                <TableCell>题型</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {q.questions.map((x, i) => (
                <TableRow key={x.code} data-testid="questionnaire-question">
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{x.section}</TableCell>
                  <TableCell>{x.text}</TableCell>
                  <TableCell>{x.kind === 'rating' ? '评分' : '文字'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </>
  )
}
