import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { MIN_TALKS } from '@shared/secondment/deliverables'
import { DOCUMENT_KINDS, DOCUMENT_LABELS } from '@shared/secondment/records'
import { PickerField } from '../../ui/PickerField'
import { errorMessage } from '../../ui/Notifier'
import { useData } from '../../db/core/DataProvider'
import { DocumentEditor } from './DocumentEditor'
import type { SecondmentRow } from './secondmentRows'

/** A student's deliverables: days of the log, 谈心谈话, and the 三个一 (one tab each). */
export function WorkDialog(props: { classId: string; row: SecondmentRow; onClose: () => void }) {
  const { row } = props
  const id = row.student.enrollmentId
  const { secondmentWork, secondmentTalks } = useData()
  const [tab, setTab] = useState(0)
  const [logDays, setLogDays] = useState(
    row.work?.logDays === null || !row.work ? '' : String(row.work.logDays),
  )
  const [talk, setTalk] = useState({
    date: dayjs().format('YYYY-MM-DD'),
    who: row.placement?.contact ?? '',
    note: '',
  })
  const [error, setError] = useState<string>()
  // Said inside the dialog: a modal hides the app's notices from screen readers.
  const [saved, setSaved] = useState<string>()
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(undefined)
    setSaved(undefined)
    try {
      await fn()
      setSaved(done)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth>
      <DialogTitle>挂职材料：{row.student.name}</DialogTitle>
      <DialogContent dividers sx={{ minHeight: 420 }}>
        <Tabs value={tab} onChange={(_, v: number) => setTab(v)} sx={{ mb: 1.5 }}>
          <Tab label="日志与谈心谈话" />
          {DOCUMENT_KINDS.map((k) => (
            <Tab key={k} label={DOCUMENT_LABELS[k]} />
          ))}
        </Tabs>
        {tab === 0 && (
          <Stack spacing={1.5}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextField
                size="small"
                label="挂职工作日志（已记天数）"
                value={logDays}
                onChange={(e) => setLogDays(e.target.value.replace(/\D/g, ''))}
                sx={{ width: 220 }}
              />
              <Button
                variant="outlined"
                onClick={() =>
                  void run(
                    () =>
                      secondmentWork.setLogDays(props.classId, id, logDays === '' ? null : Number(logDays)),
                    '已保存日志天数',
                  )
                }
              >
                保存天数
              </Button>
              <Typography variant="caption" color="text.secondary">
                日志每天一篇（附4 第八条(二)）
              </Typography>
            </Stack>
            <Typography variant="subtitle2">
              谈心谈话（至少 {MIN_TALKS} 次，附4 第七条(一)）：已记 {row.talks.length} 次
            </Typography>
            {row.talks.map((t) => (
              <Typography key={t.id} variant="body2">
                {t.date} {t.who}
                {t.note ? `：${t.note}` : ''}
              </Typography>
            ))}
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <PickerField
                type="date"
                size="small"
                label="谈话日期"
                value={talk.date}
                onChange={(date) => setTalk({ ...talk, date })}
                sx={{ width: 160 }}
              />
              <TextField
                size="small"
                label="谈话人"
                value={talk.who}
                onChange={(e) => setTalk({ ...talk, who: e.target.value })}
                sx={{ width: 140 }}
              />
              <TextField
                size="small"
                label="谈话要点"
                value={talk.note}
                onChange={(e) => setTalk({ ...talk, note: e.target.value })}
                sx={{ flexGrow: 1 }}
              />
              <Button
                variant="outlined"
                onClick={() =>
                  void run(async () => {
                    await secondmentTalks.record({ classId: props.classId, enrollmentId: id, ...talk })
                    setTalk({ ...talk, note: '' })
                  }, '已记录谈心谈话')
                }
              >
                记录谈话
              </Button>
            </Stack>
          </Stack>
        )}
        {DOCUMENT_KINDS.map(
          (k, i) =>
            tab === i + 1 && (
              <DocumentEditor
                key={k}
                classId={props.classId}
                enrollmentId={id}
                kind={k}
                current={row.work?.[k] ?? null}
              />
            ),
        )}
        {tab === 0 && saved && (
          <Alert severity="success" sx={{ mt: 1 }} role="status">
            {saved}
          </Alert>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  )
}
