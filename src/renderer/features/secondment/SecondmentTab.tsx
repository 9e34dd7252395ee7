import { useState } from 'react'
import { useNavigate } from 'react-router'
import PrintIcon from '@mui/icons-material/Print'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { appraisalGradeLabel, DOCUMENT_KINDS, DOCUMENT_LABELS } from '@shared/secondment/records'
import { REPORT_MIN_CHARACTERS } from '@shared/secondment/deliverables'
import type { ClassRecord } from '../../db/core/database'
import { printPath } from '../../ui/print/printPath'
import { AppraisalDialog } from './AppraisalDialog'
import { PlacementDialog } from './PlacementDialog'
import { PlacementImportDialog } from './PlacementImportDialog'
import { ScheduleBar } from './ScheduleBar'
import { WorkDialog } from './WorkDialog'
import { useSecondmentRows } from './useSecondmentRows'
import type { SecondmentRow } from './secondmentRows'

const SHORT_LABELS = { plan: '计划', summary: '小结', report: '建议报告' } as const

type Open = { kind: 'placement' | 'work' | 'appraisal'; id: string } | { kind: 'import' } | null

/**
 * The class's 挂职 tab (seed 000 附4): the period and Friday meetings, each student's placement,
 * progress on the deliverables (日志, 三个一, 谈心谈话, meetings), the 鉴定, and the sheets.
 */
export function SecondmentTab({ cls }: { cls: ClassRecord }) {
  const model = useSecondmentRows(cls.id)
  const navigate = useNavigate()
  const [open, setOpen] = useState<Open>(null)
  if (!model) return null
  const { period } = model
  // Placed students first (in roster order), then the rest.
  const rows = [...model.rows.filter((r) => r.placement), ...model.rows.filter((r) => !r.placement)]
  const row =
    open && open.kind !== 'import' ? rows.find((r) => r.student.enrollmentId === open.id) : undefined
  const placed = rows.filter((r) => r.placement).length
  const owing = rows.filter((r) => r.placement && r.progress && r.progress.missing.length > 0).length
  const print = (sheet: Parameters<typeof printPath>[1]) => void navigate(printPath(cls.id, sheet))
  return (
    <>
      <ScheduleBar
        key={model.data.schedule?._updated ?? 'none'}
        classId={cls.id}
        schedule={model.data.schedule}
        period={period}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }} data-testid="secondment-summary">
          {rows.length} 名学员，已安排挂职 {placed} 名{period ? `，有待办 ${owing} 名` : ''}
        </Typography>
        <Button startIcon={<UploadFileIcon />} variant="outlined" onClick={() => setOpen({ kind: 'import' })}>
          从 Excel 导入挂职安排
        </Button>
        <Button startIcon={<PrintIcon />} onClick={() => print('secondment-placements')}>
          挂职安排表
        </Button>
        <Button startIcon={<PrintIcon />} disabled={!period} onClick={() => print('secondment-meetings')}>
          座谈会安排
        </Button>
        <Button
          startIcon={<PrintIcon />}
          disabled={placed === 0}
          onClick={() => print('secondment-appraisals')}
        >
          鉴定表
        </Button>
        <Button startIcon={<PrintIcon />} disabled={!period} onClick={() => print('secondment-reminders')}>
          材料提醒单
        </Button>
      </Stack>
      {rows.length === 0 && <Alert severity="info">请先在“花名册”中导入学员。</Alert>}
      {rows.length > 0 && (
        <TableContainer component={Paper} sx={{ maxHeight: 'calc(100vh - 330px)' }}>
          <Table size="small" stickyHeader data-testid="secondment-table" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell>姓名</TableCell>
                <TableCell>挂职单位及岗位</TableCell>
                <TableCell>日志</TableCell>
                {DOCUMENT_KINDS.map((k) => (
                  <TableCell key={k} title={DOCUMENT_LABELS[k]}>
                    {SHORT_LABELS[k]}
                  </TableCell>
                ))}
                <TableCell>谈话</TableCell>
                <TableCell>座谈会</TableCell>
                <TableCell>鉴定</TableCell>
                <TableCell>待办</TableCell>
                <TableCell align="right">操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <StudentRow
                  key={r.student.enrollmentId}
                  r={r}
                  onOpen={(kind) => setOpen({ kind, id: r.student.enrollmentId })}
                />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {open?.kind === 'import' && (
        <PlacementImportDialog
          classId={cls.id}
          students={rows.map((r) => r.student)}
          onClose={() => setOpen(null)}
        />
      )}
      {row && open?.kind === 'placement' && (
        <PlacementDialog
          classId={cls.id}
          enrollmentId={row.student.enrollmentId}
          name={row.student.name}
          unit={row.student.unit}
          current={row.placement}
          onClose={() => setOpen(null)}
        />
      )}
      {row && open?.kind === 'work' && (
        <WorkDialog classId={cls.id} row={row} onClose={() => setOpen(null)} />
      )}
      {row && open?.kind === 'appraisal' && (
        <AppraisalDialog classId={cls.id} row={row} onClose={() => setOpen(null)} />
      )}
    </>
  )
}

function StudentRow({
  r,
  onOpen,
}: {
  r: SecondmentRow
  onOpen: (kind: 'placement' | 'work' | 'appraisal') => void
}) {
  const p = r.placement
  const doc = (k: (typeof DOCUMENT_KINDS)[number]) => {
    const d = r.work?.[k]
    if (!d)
      return (
        <Typography variant="body2" color="error">
          未交
        </Typography>
      )
    const short = k === 'report' && d.characters < REPORT_MIN_CHARACTERS
    return (
      <Typography
        variant="body2"
        color={short ? 'warning.main' : undefined}
        title={short ? `一般不少于 ${REPORT_MIN_CHARACTERS} 字` : undefined}
      >
        {d.characters} 字{short ? ' ⚠' : ''}
      </Typography>
    )
  }
  return (
    <TableRow hover data-testid="secondment-row">
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.student.name}</TableCell>
      <TableCell sx={{ minWidth: 140, maxWidth: 190 }}>
        {p ? (
          <>
            {p.hostUnit}
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', lineHeight: 1.3 }}>
              {[p.post, `${p.contact || '—'} / ${p.mentor || '—'}`].filter(Boolean).join(' · ')}
            </Typography>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            未安排
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {p && r.progress ? `${r.progress.logDays}/${r.progress.daysDue} 天` : ''}
      </TableCell>
      {DOCUMENT_KINDS.map((k) => (
        <TableCell key={k} sx={{ whiteSpace: 'nowrap' }}>
          {p ? doc(k) : ''}
        </TableCell>
      ))}
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{p ? `${r.talks.length} 次` : ''}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {p && r.meetingsCalled ? `${r.meetingsAttended}/${r.meetingsCalled}` : ''}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {p ? appraisalGradeLabel(r.appraisal?.grade ?? null) || '—' : ''}
      </TableCell>
      <TableCell sx={{ minWidth: 180, maxWidth: 260 }}>
        {p && r.progress && r.progress.missing.length > 0 && (
          <Typography variant="caption" color="warning.dark" sx={{ display: 'block', lineHeight: 1.3 }}>
            {r.progress.missing.join('；')}
          </Typography>
        )}
        {p && r.progress?.missing.length === 0 && <Chip size="small" color="success" label="齐全" />}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Button size="small" sx={{ minWidth: 0, px: 0.75 }} onClick={() => onOpen('placement')}>
          安排
        </Button>
        <Button size="small" sx={{ minWidth: 0, px: 0.75 }} disabled={!p} onClick={() => onOpen('work')}>
          材料
        </Button>
        <Button size="small" sx={{ minWidth: 0, px: 0.75 }} disabled={!p} onClick={() => onOpen('appraisal')}>
          鉴定
        </Button>
      </TableCell>
    </TableRow>
  )
}
