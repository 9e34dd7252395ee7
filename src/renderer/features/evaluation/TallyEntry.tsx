import { useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { parseTally } from '@shared/evaluation/responseEntry'
import { ratingQuestions, type QuestionnaireFields } from '@shared/evaluation/questionnaire'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'

/**
 * Fast keyboard entry of paper sheets: the sheet's number, one digit per rating question, the free
 * text; Enter saves and moves on to the next number with the cursor back in the digits.
 */
export function TallyEntry(props: {
  classId: string
  questionnaire: QuestionnaireFields
  nextNumber: number
}) {
  const { responses } = useData()
  const notify = useNotify()
  const q = props.questionnaire
  const textQuestions = q.questions.filter((x) => x.kind === 'text')
  const [number, setNumber] = useState('')
  const [digits, setDigits] = useState('')
  const [texts, setTexts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string>()
  const digitsRef = useRef<HTMLInputElement>(null)
  const shownNumber = number || String(props.nextNumber)
  const save = async () => {
    setError(undefined)
    const parsed = parseTally(digits, q)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    const answers = { ...parsed.answers }
    for (const t of textQuestions) if (texts[t.code]?.trim()) answers[t.code] = texts[t.code]!.trim()
    try {
      await responses.saveSheet(props.classId, q, Number(shownNumber), answers)
      notify(`已录入第 ${shownNumber} 号答卷`)
      setNumber('')
      setDigits('')
      setTexts({})
      digitsRef.current?.focus()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const rating = ratingQuestions(q)
  return (
    <Paper sx={{ p: 1.5, mb: 1.5 }} data-testid="tally-entry">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        录入纸质答卷：每题输入一位分数（{q.scale.map((p) => `${p.value} ${p.label}`).join('，')}；0
        为未答），按 Enter 保存并进入下一份
      </Typography>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            size="small"
            label="答卷编号"
            value={shownNumber}
            onChange={(e) => setNumber(e.target.value.replace(/\D/g, ''))}
            sx={{ width: 100 }}
          />
          <TextField
            size="small"
            label={`评分（${rating.length} 位）`}
            value={digits}
            inputRef={digitsRef}
            autoFocus
            onChange={(e) => setDigits(e.target.value)}
            slotProps={{
              htmlInput: { inputMode: 'numeric', style: { fontFamily: 'monospace', letterSpacing: 4 } },
            }}
            helperText={rating.map((x, i) => `${i + 1}.${x.text}`).join(' ')}
            sx={{ width: 420 }}
          />
          {textQuestions.map((t) => (
            <TextField
              key={t.code}
              size="small"
              label={t.text}
              value={texts[t.code] ?? ''}
              onChange={(e) => setTexts({ ...texts, [t.code]: e.target.value })}
              sx={{ flexGrow: 1, minWidth: 240 }}
            />
          ))}
          <Button type="submit" variant="contained">
            保存
          </Button>
        </Stack>
      </form>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Paper>
  )
}
