import { useState } from 'react'
import AttachFileIcon from '@mui/icons-material/AttachFile'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import ListSubheader from '@mui/material/ListSubheader'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { todayIso } from '../../ui/dates'
import { useData } from '../../db/core/DataProvider'
import { platform } from '../../platform'

/**
 * 记录 (one member) or 批量记录 (one activity, many members: e.g. 20 members × 3 hours of
 * volunteering on one day). Entries start as 待审核 (支部审核). Evidence (photo, scan, PDF) can be
 * attached to a single entry here, or later on the member's page.
 */
export function EntryDialog(props: {
  data: BranchData
  memberIds: string[]
  bulk: boolean
  /** Items the class's roll call already counts (scheme 2's 组织生活): not typed twice. */
  fromAttendance?: boolean
  onClose: () => void
}) {
  const { ledger } = useData()
  const { branch, scheme, members } = props.data
  const [selected, setSelected] = useState<string[]>(props.memberIds)
  const [date, setDate] = useState(todayIso())
  const firstForm = members.find((m) => m.id === props.memberIds[0])?.form ?? 'member'
  const items =
    scheme.kind === 'items'
      ? scheme.items.filter((i) => !(props.fromAttendance && i.rule === 'attendance'))
      : []
  const rules = scheme.rules.filter((r) => props.bulk || r.form === firstForm)
  const [item, setItem] = useState(scheme.kind === 'items' ? (items[0]?.code ?? '') : (rules[0]?.code ?? ''))
  const [amount, setAmount] = useState('1')
  const [note, setNote] = useState('')
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const itemRule = items.find((i) => i.code === item)?.rule
  const ruleUnit = rules.find((r) => r.code === item)?.unit
  const amountLabel =
    itemRule === 'volunteer' ? '时长（小时）' : itemRule ? null : `次数（${ruleUnit ?? '次'}）`

  const pickFile = async () => {
    const r = await platform.openFiles({
      filters: [
        {
          name: '照片、扫描件或 PDF',
          extensions: ['jpg', 'jpeg', 'png', 'pdf', 'webp', 'gif', 'bmp', 'tif', 'tiff'],
        },
      ],
    })
    if (r.ok && r.value[0]) setFile(r.value[0])
  }

  const submit = async () => {
    if (!date) throw new Error('请填写日期')
    const value = amountLabel ? Number(amount) : 1
    if (!Number.isFinite(value) || value <= 0) {
      setErrors({ amount: '请填写大于 0 的数字' })
      return
    }
    // A rule of the quantified scheme applies to members of its form only.
    const rule = rules.find((r) => r.code === item)
    const ids = rule
      ? selected.filter((id) => members.find((m) => m.id === id)?.form === rule.form)
      : selected
    if (rule && ids.length < selected.length)
      throw new Error(`所选党员中有 ${selected.length - ids.length} 人不适用“${rule.label}”（考核类别不同）`)
    const created = await ledger.addEntries(branch, ids, { date, item, amount: value, note: note.trim() })
    if (file && created[0]) await ledger.attach(created[0], file)
    props.onClose()
  }

  const formLabel = (code: string) => scheme.forms.find((f) => f.code === code)?.label ?? code
  const categoryLabel = (form: string, code: string) =>
    scheme.forms.find((f) => f.code === form)?.categories.find((c) => c.code === code)?.label ?? code
  let lastGroup = ''
  const ruleOptions = rules.flatMap((r) => {
    const group = `${props.bulk ? `${formLabel(r.form)} · ` : ''}${categoryLabel(r.form, r.category)}`
    const header = group !== lastGroup ? [<ListSubheader key={`h-${r.code}`}>{group}</ListSubheader>] : []
    lastGroup = group
    return [
      ...header,
      <MenuItem key={r.code} value={r.code}>
        {r.label}
      </MenuItem>,
    ]
  })

  return (
    <FormDialog
      title={
        props.bulk
          ? '批量记录（一次活动，多名党员）'
          : `记录：${members.find((m) => m.id === selected[0])?.name ?? ''}`
      }
      submitLabel={props.bulk ? `记录 ${selected.length} 人` : '记录'}
      maxWidth="sm"
      onClose={props.onClose}
      onSubmit={submit}
      onFieldErrors={setErrors}
    >
      <Box sx={{ display: 'flex', gap: 2, mt: 1 }}>
        <PickerField type="date" label="日期" value={date} onChange={setDate} sx={{ width: 180 }} />
        {amountLabel && (
          <TextField
            label={amountLabel}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            sx={{ width: 160 }}
            error={!!errors.amount}
            helperText={errors.amount}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          />
        )}
      </Box>
      <TextField
        select
        label={scheme.kind === 'items' ? '项目' : '考核细则'}
        value={item}
        onChange={(e) => setItem(e.target.value)}
        fullWidth
        margin="dense"
      >
        {scheme.kind === 'items'
          ? items.map((i) => (
              <MenuItem key={i.code} value={i.code}>
                {i.label}
              </MenuItem>
            ))
          : ruleOptions}
      </TextField>
      {itemRule && (
        <Typography variant="caption" color="text.secondary">
          {items.find((i) => i.code === item)?.requirement}
        </Typography>
      )}
      {props.fromAttendance && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          党小组活动与组织生活按本班考勤自动统计，无需在此记录。
        </Typography>
      )}
      <TextField
        label="说明"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        fullWidth
        margin="dense"
        error={!!errors.note}
        helperText={errors.note}
      />
      {props.bulk ? (
        <Box sx={{ mt: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'center' }}>
            <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
              参加的党员（已选 {selected.length} 人）
            </Typography>
            <Button size="small" onClick={() => setSelected(members.map((m) => m.id))}>
              全选
            </Button>
            <Button size="small" onClick={() => setSelected([])}>
              全不选
            </Button>
          </Box>
          <Box
            sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', maxHeight: 220, overflow: 'auto' }}
          >
            {members.map((m) => (
              <FormControlLabel
                key={m.id}
                control={
                  <Checkbox
                    size="small"
                    checked={selected.includes(m.id)}
                    onChange={(e) =>
                      setSelected(
                        e.target.checked ? [...selected, m.id] : selected.filter((id) => id !== m.id),
                      )
                    }
                  />
                }
                label={m.name}
              />
            ))}
          </Box>
        </Box>
      ) : (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
          <Button startIcon={<AttachFileIcon />} onClick={() => void pickFile()}>
            附上佐证材料
          </Button>
          <Typography variant="body2" color="text.secondary">
            {file ? file.name : '照片、扫描件或 PDF（可不附）'}
          </Typography>
        </Box>
      )}
    </FormDialog>
  )
}
