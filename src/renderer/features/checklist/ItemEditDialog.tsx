import { useState } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { describeDueRule, formatDepartments, isIsoDate, type ClassChecklistItem } from '@shared/checklist'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { errorMessage, useNotify } from '../../ui/Notifier'

export interface ItemEdit {
  dueDate: string
  responsible: string[]
  note: string
}

/** The per-class details of one item: its due date, the people answering for it, a note. */
export function ItemEditDialog(props: {
  item: ClassChecklistItem
  /** Names to offer for 负责人: the class's head teachers, people already named, the current user. */
  people: string[]
  onClose: () => void
  onSave: (edit: ItemEdit) => Promise<void>
  onResetDue: () => Promise<void>
}) {
  const { item } = props
  const [value, setValue] = useState<ItemEdit>({
    dueDate: item.dueDate,
    responsible: item.responsible,
    note: item.note,
  })
  const notify = useNotify()
  const [resetting, setResetting] = useState(false)

  const resetDue = () => {
    setResetting(true)
    props
      .onResetDue()
      .catch((e: unknown) => notify(errorMessage(e), 'error'))
      .finally(() => setResetting(false))
  }

  return (
    <FormDialog
      title={<span style={{ whiteSpace: 'pre-line' }}>{item.matter}</span>}
      dividers
      onClose={props.onClose}
      onSubmit={async () => {
        if (!isIsoDate(value.dueDate)) throw new Error('请填写有效的截止日期')
        await props.onSave(value)
      }}
    >
      <Stack spacing={2.5}>
        <div>
          {item.tasks.map((t, i) => (
            <Typography key={i} variant="body2" color="text.secondary">
              {t.text}
            </Typography>
          ))}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            责任人：{formatDepartments(item.departments)}
          </Typography>
        </div>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <PickerField
            type="date"
            label="截止日期"
            value={value.dueDate}
            onChange={(d) => setValue((v) => ({ ...v, dueDate: d }))}
            helperText={
              item.dueOverridden
                ? `本班单独设置：${describeDueRule(item.due)}；班次日期变动时随之移动`
                : `按模板：${describeDueRule(item.due)}；班次日期变动时随之移动`
            }
            sx={{ flexGrow: 1 }}
          />
          {item.dueOverridden && (
            <Button disabled={resetting} onClick={resetDue} sx={{ mt: 0.5 }}>
              恢复模板规则
            </Button>
          )}
        </Stack>
        <Autocomplete
          multiple
          freeSolo
          options={props.people}
          value={value.responsible}
          onChange={(_, v) =>
            setValue((old) => ({ ...old, responsible: v.map((s) => s.trim()).filter(Boolean) }))
          }
          renderInput={(params) => (
            <TextField {...params} label="负责人" helperText="输入姓名后按回车，可填写多人；默认为班主任" />
          )}
        />
        <TextField
          label="备注"
          multiline
          minRows={2}
          value={value.note}
          onChange={(e) => setValue((v) => ({ ...v, note: e.target.value }))}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </Stack>
    </FormDialog>
  )
}
