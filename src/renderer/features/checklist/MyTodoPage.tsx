import { useMemo, useState } from 'react'
import Alert from '@mui/material/Alert'
import Autocomplete from '@mui/material/Autocomplete'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { DEPARTMENTS, isoWeekOf, myTodo, type Department, type TodoOwner } from '@shared/checklist'
import { todayIso } from '../../ui/dates'
import { PageHeader } from '../../ui/PageHeader'
import { useAllChecklists } from '../../db/checklist/checklistHooks'
import { useLiveClasses } from '../../db/classes/classHooks'
import { useSettings } from '../../db/core/settingsHooks'
import { TodoTable } from './TodoTable'
import { useActor } from './useActor'
import { useItemWrites } from './useItemWrites'
import { useReconcileChecklists } from './useReconcile'

/**
 * 我的待办: across all classes not yet archived, the unfinished duty-checklist items that are late
 * or due this week, for one person (the current user by default; there are no logins) or one office.
 */
export function MyTodoPage() {
  const settings = useSettings()
  const allClasses = useLiveClasses()
  const classes = useMemo(() => (allClasses ?? []).filter((c) => c.status !== 'archived'), [allClasses])
  useReconcileChecklists(classes)
  const checklists = useAllChecklists()
  const [mode, setMode] = useState<'person' | 'department'>('person')
  const [chosenPerson, setChosenPerson] = useState<string | null>(null)
  const [department, setDepartment] = useState<Department>('班主任')
  const actor = useActor()
  const writes = useItemWrites(actor)
  const person = (chosenPerson ?? settings?.currentUser ?? '').trim()
  const today = todayIso()
  const week = isoWeekOf(today)

  const byId = useMemo(() => new Map(classes.map((c) => [c.id, c])), [classes])
  const classItems = useMemo(
    () =>
      (checklists ?? [])
        .filter((c) => byId.has(c.classId))
        .map((c) => ({ classId: c.classId, items: c.items })),
    [checklists, byId],
  )
  const people = useMemo(
    () =>
      [
        ...new Set([
          settings?.currentUser ?? '',
          ...classes.flatMap((c) => c.headTeachers),
          ...classItems.flatMap((c) => c.items.flatMap((it) => it.responsible)),
        ]),
      ].filter(Boolean),
    [settings, classes, classItems],
  )
  const owner: TodoOwner | null = mode === 'department' ? { department } : person ? { person } : null
  const entries = owner ? myTodo(classItems, owner, today) : []
  const overdue = entries.filter((e) => e.overdue)
  const thisWeek = entries.filter((e) => !e.overdue)

  return (
    <>
      <PageHeader
        title="我的待办"
        subtitle={`各班次中已逾期和本周（${week.monday} 至 ${week.sunday}）到期、尚未完成的班务事项`}
      />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={mode}
            onChange={(_, v: 'person' | 'department' | null) => v && setMode(v)}
            aria-label="查看方式"
          >
            <ToggleButton value="person">按人员</ToggleButton>
            <ToggleButton value="department">按部门</ToggleButton>
          </ToggleButtonGroup>
          {mode === 'person' ? (
            <Autocomplete
              freeSolo
              options={people}
              value={person}
              onChange={(_, v) => setChosenPerson(v ?? '')}
              onInputChange={(_, v, reason) => reason === 'input' && setChosenPerson(v)}
              sx={{ width: 220 }}
              renderInput={(params) => <TextField {...params} label="人员" />}
            />
          ) : (
            <TextField
              select
              label="部门"
              value={department}
              onChange={(e) => setDepartment(e.target.value as Department)}
              slotProps={{ select: { native: true } }}
              sx={{ width: 180 }}
            >
              {DEPARTMENTS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </TextField>
          )}
          <Typography variant="body2" color="text.secondary" data-testid="todo-counts">
            {owner ? `已逾期 ${overdue.length} 项，本周到期 ${thisWeek.length} 项` : ''}
          </Typography>
        </Stack>
      </Paper>
      {!owner ? (
        <Alert severity="info">
          请选择或输入人员姓名。也可以在“设置”中填写本机当前使用人，以后打开“我的待办”时默认显示他的待办。
        </Alert>
      ) : (
        <Stack spacing={3}>
          <TodoTable
            title="已逾期"
            entries={overdue}
            classes={byId}
            today={today}
            empty="没有逾期的事项"
            writes={writes}
          />
          <TodoTable
            title="本周到期"
            entries={thisWeek}
            classes={byId}
            today={today}
            empty="本周没有到期的事项"
            writes={writes}
          />
        </Stack>
      )}
      {actor.dialog}
    </>
  )
}
