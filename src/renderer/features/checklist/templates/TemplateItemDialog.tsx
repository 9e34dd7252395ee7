import { useState, type FormEvent } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import {
  CHECKLIST_PHASES,
  describeDueRule,
  templateItemInputSchema,
  type ChecklistPhase,
  type DueRule,
  type ResponsibleDepartment,
} from '@shared/checklist'
import { DepartmentsEditor } from './DepartmentsEditor'
import { errorMessage } from '../../../ui/Notifier'

export interface TemplateItemInput {
  phase: ChecklistPhase
  matter: string
  tasks: string[]
  departments: ResponsibleDepartment[]
  due: DueRule
}

/** Adds or edits one item of a template draft; the draft becomes a version only when saved. */
export function TemplateItemDialog(props: {
  title: string
  initial: TemplateItemInput
  onClose: () => void
  onSubmit: (value: TemplateItemInput) => void
}) {
  const [phase, setPhase] = useState(props.initial.phase)
  const [matter, setMatter] = useState(props.initial.matter)
  const [tasks, setTasks] = useState(props.initial.tasks.join('\n'))
  const [departments, setDepartments] = useState(props.initial.departments)
  const [anchor, setAnchor] = useState(props.initial.due.anchor)
  const [offset, setOffset] = useState(String(props.initial.due.offsetDays))
  const [error, setError] = useState<string>()

  const due: DueRule = { anchor, offsetDays: Number(offset) }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input = {
      phase,
      matter,
      tasks: tasks
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean),
      departments,
      due: { anchor, offsetDays: offset.trim() === '' ? Number.NaN : Number(offset) },
    }
    const r = templateItemInputSchema.safeParse(input)
    if (!r.success) {
      setError(r.error.issues[0]?.message ?? '输入有误')
      return
    }
    try {
      props.onSubmit(r.data)
    } catch (err) {
      setError(errorMessage(err))
    }
  }

  return (
    <Dialog open onClose={props.onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2.5}>
            <TextField
              select
              label="所属部分"
              value={phase}
              onChange={(e) => setPhase(e.target.value as ChecklistPhase)}
              slotProps={{ select: { native: true } }}
            >
              {CHECKLIST_PHASES.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.label}
                </option>
              ))}
            </TextField>
            <TextField
              label="事项"
              required
              multiline
              value={matter}
              onChange={(e) => setMatter(e.target.value)}
              helperText="与上一行事项相同时，打印时合并为一格"
            />
            <TextField
              label="具体工作"
              multiline
              minRows={3}
              value={tasks}
              onChange={(e) => setTasks(e.target.value)}
              helperText="每行一条，班级事项表中每条可单独勾选"
            />
            <DepartmentsEditor value={departments} onChange={setDepartments} />
            <Stack direction="row" spacing={2}>
              <TextField
                select
                label="截止日期从"
                value={anchor}
                onChange={(e) => setAnchor(e.target.value as DueRule['anchor'])}
                slotProps={{ select: { native: true } }}
                sx={{ minWidth: 140 }}
              >
                <option value="start">开班日期</option>
                <option value="end">结业日期</option>
              </TextField>
              <TextField
                type="number"
                label="起算天数"
                value={offset}
                onChange={(e) => setOffset(e.target.value)}
                helperText={
                  Number.isInteger(due.offsetDays)
                    ? `即：${describeDueRule(due)}（负数为之前）`
                    : '请填写整数'
                }
                sx={{ flexGrow: 1 }}
              />
            </Stack>
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>取消</Button>
          <Button type="submit" variant="contained">
            确定
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
