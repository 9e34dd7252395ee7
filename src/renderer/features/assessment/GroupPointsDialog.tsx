import { useState } from 'react'
import Grid from '@mui/material/Grid'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import type { SheetEntry } from '@shared/assessment/scoreSheet'
import type { ClassStudent } from '../../db/roster/classStudents'
import { FormDialog } from '../../ui/FormDialog'
import { parsePoints } from './gridKeys'

/**
 * 小组研讨 by group (issue 13: "小组研讨 by group"): one score per discussion group, given to every
 * member; blank groups are left as they are. Members' scores can still be changed one by one.
 */
export function GroupPointsDialog(props: {
  students: readonly ClassStudent[]
  item: { code: string; label: string; maxPoints: number }
  onClose: () => void
  onSave: (entries: SheetEntry[]) => Promise<void>
}) {
  const groups = [
    ...new Map(
      props.students
        .filter((s) => s.groupId)
        .map((s) => [s.groupId!, { id: s.groupId!, name: s.groupName, order: s.groupOrder }]),
    ).values(),
  ].sort((a, b) => a.order - b.order)
  const [values, setValues] = useState<Record<string, string>>({})

  const submit = async () => {
    const entries: SheetEntry[] = []
    for (const g of groups) {
      const p = parsePoints(values[g.id] ?? '')
      if (!p.ok) throw new Error(`${g.name}：${p.message}`)
      if (p.value === null) continue
      if (p.value < 0) throw new Error(`${g.name}：分数不能为负`)
      if (props.item.maxPoints > 0 && p.value > props.item.maxPoints)
        throw new Error(`${g.name}：${p.value} 分超过本项满分 ${props.item.maxPoints} 分`)
      for (const s of props.students.filter((x) => x.groupId === g.id))
        entries.push({ enrollmentId: s.enrollmentId, itemCode: props.item.code, points: p.value })
    }
    if (entries.length === 0) throw new Error('请至少为一个小组填写分数')
    await props.onSave(entries)
  }

  return (
    <FormDialog
      title={`按小组录入：${props.item.label}`}
      submitDisabled={groups.length === 0}
      onClose={props.onClose}
      onSubmit={submit}
    >
      {groups.length === 0 ? (
        <Typography color="text.secondary">本班还没有分组，请先在“分组”中分组。</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            每组填一个分数，组内每位学员都记这个分数；空白的小组不改动。
          </Typography>
          <Grid container spacing={1.5}>
            {groups.map((g) => (
              <Grid key={g.id} size={{ xs: 6, sm: 4 }}>
                <TextField
                  size="small"
                  fullWidth
                  label={`${g.name}（${props.students.filter((s) => s.groupId === g.id).length} 人）`}
                  value={values[g.id] ?? ''}
                  onChange={(e) => setValues((v) => ({ ...v, [g.id]: e.target.value }))}
                  slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                />
              </Grid>
            ))}
          </Grid>
        </>
      )}
    </FormDialog>
  )
}
