import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { reportCharacters, reportWarning } from '@shared/secondment/deliverables'
import { DOCUMENT_LABELS, type DocumentKind, type SecondmentDocument } from '@shared/secondment/records'
import { decodeText } from '@shared/roster/fileSniff'
import { PickerField } from '../../ui/PickerField'
import { errorMessage } from '../../ui/Notifier'
import { platform } from '../../platform'
import { useData } from '../../db/core/DataProvider'

export const COUNT_READING = '字数：汉字、字母、数字、标点各计 1 字，空格和换行不计'

/**
 * One document of the 三个一, pasted or read from a text file, with its character count. The
 * report below 1,500 characters is warned about and still saved (附4 第八条(三): 一般不少于1500字).
 */
export function DocumentEditor(props: {
  classId: string
  enrollmentId: string
  kind: DocumentKind
  current: SecondmentDocument | null
}) {
  const { secondmentWork } = useData()
  const [text, setText] = useState(props.current?.text ?? '')
  const [fileName, setFileName] = useState(props.current?.fileName ?? '')
  const [on, setOn] = useState(props.current?.submittedOn ?? dayjs().format('YYYY-MM-DD'))
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState<string>()
  const label = DOCUMENT_LABELS[props.kind]
  const warning = props.kind === 'report' && text.trim() ? reportWarning(text) : null
  const readFile = async () => {
    const r = await platform.openFiles({ filters: [{ name: '文本文件', extensions: ['txt', 'md'] }] })
    if (!r.ok || !r.value[0]) {
      if (!r.ok && r.error.code !== 'cancelled') setError(r.error.message)
      return
    }
    const decoded = decodeText(r.value[0].bytes)
    if (!decoded) {
      setError(
        `${r.value[0].name} 不是文本文件：请在 Word/WPS 中“另存为”纯文本（.txt）后再选择，或直接复制正文粘贴`,
      )
      return
    }
    setText(decoded.text)
    setFileName(r.value[0].name)
  }
  const save = async () => {
    setError(undefined)
    setSaved(undefined)
    try {
      await secondmentWork.setDocument(props.classId, props.enrollmentId, props.kind, {
        text,
        fileName,
        submittedOn: on,
      })
      setSaved(`已保存${label}（${reportCharacters(text)} 字）`)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const clear = async () => {
    await secondmentWork.setDocument(props.classId, props.enrollmentId, props.kind, null)
    setText('')
    setFileName('')
  }
  return (
    <Stack spacing={1}>
      <TextField
        label={`${label}正文`}
        multiline
        minRows={8}
        maxRows={12}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setFileName('')
        }}
        placeholder="粘贴正文，或从文本文件读入"
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" data-testid={`${props.kind}-count`}>
          共 {reportCharacters(text)} 字{fileName ? `（来自 ${fileName}）` : ''}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ flexGrow: 1 }}>
          {COUNT_READING}
        </Typography>
        <PickerField
          type="date"
          size="small"
          label="提交日期"
          value={on}
          onChange={setOn}
          sx={{ width: 160 }}
        />
        <Button onClick={() => void readFile()}>从文本文件读入…</Button>
        {props.current && (
          <Button color="error" onClick={() => void clear()}>
            清除
          </Button>
        )}
        <Button variant="contained" onClick={() => void save()}>
          保存{label}
        </Button>
      </Stack>
      {warning && (
        <Alert severity="warning" data-testid="report-warning">
          {warning}。可以保存，提醒学员补充。
        </Alert>
      )}
      {saved && (
        <Alert severity="success" role="status">
          {saved}
        </Alert>
      )}
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  )
}
