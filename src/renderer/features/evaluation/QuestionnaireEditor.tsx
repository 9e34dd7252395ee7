import { useState } from 'react'
import AddIcon from '@mui/icons-material/Add'
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { Question, QuestionnaireFields } from '@shared/evaluation/questionnaire'
import {
  draftProblems,
  moveQuestion,
  newQuestionCode,
  type QuestionnaireDraft,
} from '@shared/evaluation/questionnaireDraft'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'

/**
 * Editing a copy of the current version: the title, the rating scale with its labels, the
 * questions (rating or free text) with their order. Saving stores it as the next version; classes
 * that already have answer sheets keep the version they used.
 */
export function QuestionnaireEditor(props: {
  current: QuestionnaireFields
  /** Codes of every earlier version, so a new question never reuses one. */
  usedCodes: readonly string[]
  onDone: () => void
}) {
  const { questionnaires } = useData()
  const notify = useNotify()
  const [draft, setDraft] = useState<QuestionnaireDraft>(() => {
    const { version: _v, ...rest } = props.current
    return structuredClone(rest)
  })
  const [error, setError] = useState<string>()
  const problems = draftProblems(draft)
  const setQuestion = (i: number, patch: Partial<Question>) =>
    setDraft({ ...draft, questions: draft.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) })
  const addQuestion = (kind: Question['kind']) =>
    setDraft({
      ...draft,
      questions: [
        ...draft.questions,
        {
          code: newQuestionCode(draft, props.usedCodes),
          section: kind === 'text' ? '意见建议' : (draft.questions.at(-1)?.section ?? ''),
          kind,
          text: '',
        },
      ],
    })
  const save = async () => {
    setError(undefined)
    try {
      const saved = await questionnaires.saveNewVersion(draft)
      notify(`已保存为第 ${saved.version} 版`)
      props.onDone()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <Paper sx={{ p: 2 }} data-testid="questionnaire-editor">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        编辑副本（复制自第 {props.current.version} 版，保存后为第 {props.current.version + 1} 版）
      </Typography>
      <TextField
        label="问卷标题"
        size="small"
        fullWidth
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        sx={{ mb: 2 }}
      />
      <Typography variant="subtitle2">评分等次（从高到低，打印在每道评分题后面）</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ my: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {draft.scale.map((p, i) => (
          <Stack key={i} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <TextField
              size="small"
              label="分值"
              value={Number.isNaN(p.value) ? '' : String(p.value)}
              sx={{ width: 64 }}
              slotProps={{ htmlInput: { 'aria-label': `第 ${i + 1} 个等次的分值` } }}
              onChange={(e) => {
                const value = e.target.value === '' ? Number.NaN : Number(e.target.value.replace(/\D/g, ''))
                setDraft({ ...draft, scale: draft.scale.map((x, j) => (j === i ? { ...x, value } : x)) })
              }}
            />
            <TextField
              size="small"
              label="文字"
              value={p.label}
              sx={{ width: 110 }}
              slotProps={{ htmlInput: { 'aria-label': `第 ${i + 1} 个等次的文字` } }}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  scale: draft.scale.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)),
                })
              }
            />
            <IconButton
              size="small"
              aria-label={`删除第 ${i + 1} 个等次`}
              onClick={() => setDraft({ ...draft, scale: draft.scale.filter((_, j) => j !== i) })}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Stack>
        ))}
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() =>
            setDraft({
              ...draft,
              scale: [
                ...draft.scale,
                { value: Math.min(...draft.scale.map((p) => p.value), 11) - 1, label: '' },
              ],
            })
          }
        >
          添加等次
        </Button>
      </Stack>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        题目（按顺序打印；评分题的顺序也是录入时数字的顺序）
      </Typography>
      <Stack spacing={1} sx={{ my: 1 }}>
        {draft.questions.map((q, i) => (
          <Stack
            key={q.code}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center' }}
            data-testid="draft-question"
          >
            <Typography variant="body2" sx={{ width: 28, textAlign: 'right' }}>
              {i + 1}.
            </Typography>
            <TextField
              size="small"
              label="类别"
              value={q.section}
              sx={{ width: 120 }}
              onChange={(e) => setQuestion(i, { section: e.target.value })}
            />
            <TextField
              size="small"
              label="题目"
              value={q.text}
              sx={{ flexGrow: 1 }}
              slotProps={{ htmlInput: { 'aria-label': `第 ${i + 1} 题题目` } }}
              onChange={(e) => setQuestion(i, { text: e.target.value })}
            />
            <TextField
              select
              size="small"
              label="题型"
              value={q.kind}
              sx={{ width: 110 }}
              onChange={(e) => setQuestion(i, { kind: e.target.value as Question['kind'] })}
            >
              <MenuItem value="rating">评分</MenuItem>
              <MenuItem value="text">文字</MenuItem>
            </TextField>
            <IconButton
              size="small"
              aria-label={`第 ${i + 1} 题上移`}
              disabled={i === 0}
              onClick={() => setDraft({ ...draft, questions: moveQuestion(draft.questions, i, -1) })}
            >
              <ArrowUpwardIcon fontSize="small" />
            </IconButton>
            <IconButton
              size="small"
              aria-label={`第 ${i + 1} 题下移`}
              disabled={i === draft.questions.length - 1}
              onClick={() => setDraft({ ...draft, questions: moveQuestion(draft.questions, i, 1) })}
            >
              <ArrowDownwardIcon fontSize="small" />
            </IconButton>
            <IconButton
              size="small"
              aria-label={`删除第 ${i + 1} 题`}
              onClick={() => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <Button size="small" startIcon={<AddIcon />} onClick={() => addQuestion('rating')}>
          添加评分题
        </Button>
        <Button size="small" startIcon={<AddIcon />} onClick={() => addQuestion('text')}>
          添加文字题
        </Button>
      </Stack>
      {problems.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="draft-problems">
          {problems.join('；')}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={problems.length > 0} onClick={() => void save()}>
          保存为第 {props.current.version + 1} 版
        </Button>
        <Button onClick={props.onDone}>取消</Button>
      </Stack>
    </Paper>
  )
}
