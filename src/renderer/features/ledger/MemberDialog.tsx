import { useState } from 'react'
import Box from '@mui/material/Box'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import { MEMBER_STATUSES, MEMBER_STATUS_LABELS, type LedgerMemberFields } from '@shared/ledger/records'
import { FormDialog } from '../../ui/FormDialog'
import { useData } from '../../db/core/DataProvider'
import type { BranchData } from '../../db/ledger/ledgerRepository'
import type { LedgerMemberRecord } from '../../db/ledger/ledgerRecords'

type Editable = Pick<
  LedgerMemberFields,
  'name' | 'staffNo' | 'status' | 'joinedOn' | 'fullOn' | 'partyPost' | 'form'
>

/** 添加党员 to a branch, or 修改 a member's own fields (the record's schema checks every field). */
export function MemberDialog(props: { data: BranchData; member?: LedgerMemberRecord; onClose: () => void }) {
  const { ledger } = useData()
  const m = props.member
  const [v, setV] = useState<Editable>({
    name: m?.name ?? '',
    staffNo: m?.staffNo ?? '',
    status: m?.status ?? 'full',
    joinedOn: m?.joinedOn ?? '',
    fullOn: m?.fullOn ?? '',
    partyPost: m?.partyPost ?? '',
    form: m?.form ?? 'member',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (k: keyof Editable) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value })
  const submit = async () => {
    const clean = { ...v, name: v.name.trim(), staffNo: v.staffNo.trim(), partyPost: v.partyPost.trim() }
    if (m) await ledger.members.update(m.id, clean)
    else await ledger.addMember(props.data.branch, { ...clean, from: '', to: '' })
    props.onClose()
  }
  const field = (k: keyof Editable, label: string, helper?: string) => (
    <TextField
      label={label}
      value={v[k]}
      onChange={set(k)}
      fullWidth
      margin="dense"
      error={!!errors[k]}
      helperText={errors[k] ?? helper}
    />
  )
  return (
    <FormDialog
      title={m ? `修改党员信息：${m.name}` : '添加党员'}
      submitLabel={m ? '保存' : '添加'}
      onClose={props.onClose}
      onSubmit={submit}
      onFieldErrors={setErrors}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
        {field('name', '姓名')}
        {field('staffNo', '学号/工号')}
        <TextField
          select
          label="党员/预备党员"
          value={v.status}
          onChange={set('status')}
          fullWidth
          margin="dense"
        >
          {MEMBER_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {MEMBER_STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        {field('partyPost', '党内职务')}
        {field('joinedOn', '入党日期', '例如 2021-06-01 或 2021-06')}
        {field('fullOn', '转正日期', '预备党员不填')}
        {props.data.scheme.forms.length > 0 && (
          <TextField select label="考核类别" value={v.form} onChange={set('form')} fullWidth margin="dense">
            {props.data.scheme.forms.map((f) => (
              <MenuItem key={f.code} value={f.code}>
                {f.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Box>
    </FormDialog>
  )
}
