import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Typography from '@mui/material/Typography'
import {
  describeTemplateUpdate,
  type ChecklistTemplate,
  type ClassChecklist,
  type ItemRef,
} from '@shared/checklist'
import { errorMessage } from '../../ui/Notifier'

/** What applying a newer template version would change in this class, and the button to apply it. */
export function TemplateUpdateDialog(props: {
  checklist: ClassChecklist
  update: ChecklistTemplate
  onClose: () => void
  onApply: () => Promise<void>
}) {
  const summary = describeTemplateUpdate(props.checklist, props.update)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const sections: [string, ItemRef[]][] = [
    ['新增事项（未开始）', summary.added],
    ['修改的事项（措辞、责任人或截止规则）', summary.changed],
    ['停用的事项（记录保留，不再计入进度）', summary.retired],
    ['恢复的事项', summary.reinstated],
  ]
  const empty = sections.every(([, refs]) => refs.length === 0)
  return (
    <Dialog open onClose={props.onClose} maxWidth="sm" fullWidth>
      <DialogTitle>模板有更新</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>
          本班使用“{props.checklist.templateName}”第 {props.checklist.templateVersion} 版，模板已有第{' '}
          {props.update.version} 版。应用后本班的状态、勾选、备注、负责人和单独设置的截止日期都会保留。
        </DialogContentText>
        {empty && <Typography>新版本对本班的事项没有影响。</Typography>}
        {sections
          .filter(([, refs]) => refs.length > 0)
          .map(([title, refs]) => (
            <div key={title} data-testid="template-update-section">
              <Typography variant="subtitle2" sx={{ fontWeight: 700 }}>
                {title}：{refs.length} 项
              </Typography>
              <Typography component="ul" variant="body2" sx={{ mt: 0.5, mb: 1.5, pl: 3 }}>
                {refs.map((r) => (
                  <li key={r.code}>{r.matter.replace('\n', '')}</li>
                ))}
              </Typography>
            </div>
          ))}
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>暂不应用</Button>
        <Button
          variant="contained"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            setError(undefined)
            props
              .onApply()
              .catch((e: unknown) => setError(errorMessage(e)))
              .finally(() => setBusy(false))
          }}
        >
          应用
        </Button>
      </DialogActions>
    </Dialog>
  )
}
