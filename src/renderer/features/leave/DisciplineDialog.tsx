import { useState } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { FormDialog } from '../../ui/FormDialog'
import { PickerField } from '../../ui/PickerField'
import { useNotify } from '../../ui/Notifier'
import type { DisciplineEventFields } from '../../db/attendance/attendanceRecords'
import type { ClassAttendance } from '../../db/attendance/attendanceModel'
import type { ClassStudent } from '../../db/roster/classStudents'
import { useData } from '../../db/core/DataProvider'

const KINDS = [
  {
    code: 'criticism',
    label: '批评教育',
    hint: '已对学员的旷课、超假或擅自离校进行批评教育；此后再有同类情况应作退学处理',
  },
  { code: 'leftSchool', label: '擅自离校', hint: '未经请假或请假未准而离开学校' },
] as const

/**
 * Records what the leave rules weigh besides marks (seed 000 附2 第九条 3(1)): 批评教育 given,
 * and 擅自离校 — the two facts behind "经批评教育仍不能纠正者".
 */
export function DisciplineDialog(props: {
  classId: string
  model: ClassAttendance
  /** '' to choose the student in the dialog. */
  enrollmentId: string
  onClose: () => void
}) {
  const { discipline } = useData()
  const notify = useNotify()
  const [student, setStudent] = useState<ClassStudent | null>(
    props.model.studentById.get(props.enrollmentId) ?? null,
  )
  const [kind, setKind] = useState<DisciplineEventFields['kind']>('criticism')
  const [at, setAt] = useState(dayjs().format('YYYY-MM-DDTHH:mm'))
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  return (
    <FormDialog
      title="记录批评教育 / 擅自离校"
      onClose={props.onClose}
      onFieldErrors={setErrors}
      onSubmit={async () => {
        await discipline.record({
          classId: props.classId,
          enrollmentId: student?.enrollmentId ?? '',
          kind,
          at,
          note,
        })
        notify('已记录')
        props.onClose()
      }}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Autocomplete
          options={props.model.students}
          value={student}
          onChange={(_, s) => setStudent(s)}
          getOptionLabel={(s) => (s.seat !== null ? `${s.seat}号 ${s.name}` : s.name)}
          isOptionEqualToValue={(a, b) => a.enrollmentId === b.enrollmentId}
          renderInput={(params) => (
            <TextField
              {...params}
              label="学员"
              error={Boolean(errors.enrollmentId)}
              helperText={errors.enrollmentId}
            />
          )}
        />
        <TextField
          select
          label="记录类型"
          value={kind}
          onChange={(e) => setKind(e.target.value as DisciplineEventFields['kind'])}
          helperText={KINDS.find((k) => k.code === kind)?.hint}
        >
          {KINDS.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.label}
            </MenuItem>
          ))}
        </TextField>
        <PickerField
          type="datetime-local"
          label="时间"
          value={at}
          onChange={(v) => setAt(v)}
          error={Boolean(errors.at)}
          helperText={errors.at}
        />
        <TextField
          label="说明"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
        />
      </Stack>
    </FormDialog>
  )
}

/** The class's discipline records, with undo (to the recycle bin) for a mistaken entry. */
export function DisciplineList({ model }: { model: ClassAttendance }) {
  const { discipline } = useData()
  if (model.events.length === 0) return <Typography color="text.secondary">没有记录。</Typography>
  return (
    <Table size="small" aria-label="批评教育与擅自离校记录">
      <TableHead>
        <TableRow>
          <TableCell>时间</TableCell>
          <TableCell>学员</TableCell>
          <TableCell>类型</TableCell>
          <TableCell>说明</TableCell>
          <TableCell align="right">操作</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {model.events.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{e.at.replace('T', ' ')}</TableCell>
            <TableCell>{model.studentById.get(e.enrollmentId)?.name ?? '（已不在名单）'}</TableCell>
            <TableCell>{KINDS.find((k) => k.code === e.kind)?.label}</TableCell>
            <TableCell>{e.note}</TableCell>
            <TableCell align="right">
              <Button size="small" color="error" onClick={() => void discipline.softDelete(e.id)}>
                删除
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
