import { useMemo, useState } from 'react'
import AddIcon from '@mui/icons-material/Add'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { classHoursSummary, newSessionDefaults, type SessionFields } from '@shared/plan/session'
import { todayIso } from '../../ui/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { errorMessage, useNotify } from '../../ui/Notifier'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { useClassMarks, useClassSessions } from '../../db/attendance/attendanceHooks'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import { sessionFieldsOf } from '../../db/attendance/sessionRepository'
import { CopyDayDialog } from './CopyDayDialog'
import { HoursSummary } from './HoursSummary'
import { dateWithWeekday } from '@shared/plan/sessionFormat'
import { PlanImportDialog } from './PlanImportDialog'
import { PlanListView } from './PlanListView'
import { PlanWeekView } from './PlanWeekView'
import { SessionFormDialog } from './SessionFormDialog'

type Editing = { kind: 'new'; initial: SessionFields } | { kind: 'edit'; session: SessionRecord }

/** The class's 教学计划 tab: sessions by hand, by copying a day, or from Excel; as a list or a week. */
export function PlanTab({ cls }: { cls: ClassRecord }) {
  const sessions = useClassSessions(cls.id)
  const marks = useClassMarks(cls.id)
  const { sessions: repo, classes } = useData()
  const notify = useNotify()
  const [view, setView] = useState<'list' | 'week'>('list')
  const [editing, setEditing] = useState<Editing | null>(null)
  const [copyFrom, setCopyFrom] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const [deleting, setDeleting] = useState<SessionRecord | null>(null)
  const hours = useMemo(
    () => (sessions ? classHoursSummary(sessions, cls.totalHours) : null),
    [sessions, cls.totalHours],
  )

  if (!sessions || !hours) return null
  const days = [...new Set(sessions.map((s) => s.date))].map((date) => ({
    date,
    count: sessions.filter((s) => s.date === date).length,
  }))
  const lastDate = sessions[sessions.length - 1]?.date
  const newSession = () =>
    setEditing({
      kind: 'new',
      initial: newSessionDefaults(lastDate ?? (cls.startDate || todayIso()), 'morning'),
    })
  const marksOf = (s: SessionRecord) => marks?.filter((m) => m.sessionId === s.id).length ?? 0

  const usePlanHours = () => {
    const { id, createdAt: _c, deleted: _d, _hlc, _updated, ...fields } = cls
    void classes
      .updateClass(id, { ...fields, totalHours: 0 })
      .then(() => notify('总学时改为以教学计划为准'))
      .catch((e: unknown) => notify(errorMessage(e), 'error'))
  }

  return (
    <Box data-testid="plan-tab">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <HoursSummary
            hours={hours}
            count={{ sessions: sessions.length, days: days.length }}
            onUsePlan={usePlanHours}
          />
        </Box>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v: 'list' | 'week' | null) => v && setView(v)}
          aria-label="视图"
        >
          <ToggleButton value="list">列表</ToggleButton>
          <ToggleButton value="week">周视图</ToggleButton>
        </ToggleButtonGroup>
        <Button
          variant="outlined"
          startIcon={<ContentCopyIcon />}
          disabled={days.length === 0}
          onClick={() => setCopyFrom(days[0]!.date)}
        >
          复制某天
        </Button>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
          从 Excel 导入
        </Button>
        <Button variant="contained" startIcon={<AddIcon />} onClick={newSession}>
          新增课程
        </Button>
      </Stack>

      {sessions.length === 0 ? (
        <Paper sx={{ p: 5, textAlign: 'center' }}>
          <Typography gutterBottom>还没有教学计划</Typography>
          <Typography variant="body2" color="text.secondary">
            可以从教务科下发的课表（Excel）导入，也可以逐条新增课程。
          </Typography>
        </Paper>
      ) : view === 'list' ? (
        <PlanListView
          sessions={sessions}
          onEdit={(s) => setEditing({ kind: 'edit', session: s })}
          onDelete={setDeleting}
          onCopyDay={setCopyFrom}
        />
      ) : (
        <PlanWeekView sessions={sessions} onEdit={(s) => setEditing({ kind: 'edit', session: s })} />
      )}

      {editing && (
        <SessionFormDialog
          title={editing.kind === 'new' ? '新增课程' : '编辑课程'}
          initial={editing.kind === 'new' ? editing.initial : sessionFieldsOf(editing.session)}
          onClose={() => setEditing(null)}
          onSubmit={async (value) => {
            if (editing.kind === 'new') await repo.createSession(cls.id, value)
            else await repo.updateSession(editing.session.id, value)
            setEditing(null)
            notify('已保存')
          }}
        />
      )}
      {copyFrom && (
        <CopyDayDialog
          days={days}
          from={copyFrom}
          onClose={() => setCopyFrom(null)}
          onSubmit={async (from, to) => {
            const made = await repo.copyDay(cls.id, from, to)
            setCopyFrom(null)
            notify(`已将${dateWithWeekday(from)}的 ${made.length} 门课程复制到${dateWithWeekday(to)}`)
          }}
        />
      )}
      {importing && (
        <PlanImportDialog
          existing={sessions}
          classDates={{ start: cls.startDate, end: cls.endDate }}
          onClose={() => setImporting(false)}
          onImport={async (list) => {
            await repo.createMany(cls.id, list)
            setImporting(false)
            notify(`已导入 ${list.length} 门课程`)
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="删除课程"
        message={
          deleting
            ? `删除${dateWithWeekday(deleting.date)}“${deleting.topic}”？` +
              (marksOf(deleting) > 0
                ? `这门课程已有 ${marksOf(deleting)} 条考勤记录，删除后考勤表中不再显示。`
                : '')
            : ''
        }
        confirmLabel="删除"
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          await repo.softDelete(deleting!.id)
          setDeleting(null)
          notify('已删除')
        }}
      />
    </Box>
  )
}
