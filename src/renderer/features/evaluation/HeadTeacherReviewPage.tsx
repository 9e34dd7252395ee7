import { useState } from 'react'
import DownloadIcon from '@mui/icons-material/Download'
import PrintIcon from '@mui/icons-material/Print'
import TuneIcon from '@mui/icons-material/Tune'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import dayjs from 'dayjs'
import { headTeacherReview } from '@shared/evaluation/headTeacherReview'
import type { ReviewWeighting } from '@shared/evaluation/review'
import { fullDate } from '@shared/plan/sessionFormat'
import { safeFileName } from '@shared/fileName'
import { FormDialog } from '../../ui/FormDialog'
import { PageHeader } from '../../ui/PageHeader'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { platform } from '../../platform'
import { useData } from '../../db/core/DataProvider'
import { useSettings } from '../../db/core/settingsHooks'
import { useReviewInput } from '../../db/evaluation/reviewHooks'
import { classLine, REVIEW_READING, weightingText } from './reviewText'
import { reviewWorkbook } from './reviewWorkbook'
import './evaluationPrint.css'

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`)

/**
 * 班主任年度评估 (seed 000 正文三(二)): the head teachers of a year ranked for the 班务管理工作会议,
 * with the classes behind every figure, the school's weighting, print and Excel.
 */
export function HeadTeacherReviewPage() {
  const input = useReviewInput()
  const settings = useSettings()
  const notify = useNotify()
  const [year, setYear] = useState(dayjs().year())
  const [printing, setPrinting] = useState(false)
  const [editing, setEditing] = useState(false)
  if (!input || !settings) return null
  const years = [
    ...new Set([dayjs().year(), ...input.classes.map((c) => Number(c.startDate.slice(0, 4)))]),
  ].sort((a, b) => b - a)
  const ranked = headTeacherReview(input.classes, year, input.weighting)
  const table = (
    <table className="review-table" data-testid="review-table">
      <thead>
        <tr>
          <th>名次</th>
          <th>班主任</th>
          <th>带班数</th>
          <th>天数</th>
          <th>学时</th>
          <th>出勤率</th>
          <th>评估均分</th>
          <th>得分</th>
          <th>所带班次</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((r) => (
          <tr key={r.item.name}>
            <td className="c">{r.rank}</td>
            <td className="c">{r.item.name}</td>
            <td className="c">{r.item.classes.length}</td>
            <td className="c">{r.item.days}</td>
            <td className="c">{r.item.hours}</td>
            <td className="c">{pct(r.item.attendanceRate)}</td>
            <td className="c">{r.item.evaluationMean ?? '—'}</td>
            <td className="c">{r.item.score}</td>
            <td>
              {r.item.classes.map((c) => (
                <div key={c.classId}>
                  {c.className}：{classLine(c)}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  if (printing)
    return (
      <PrintView
        title="班主任年度评估"
        fileName={`${year}年度班主任带班情况综合评估`}
        landscape
        pageNumbers
        onBack={() => setPrinting(false)}
      >
        <PrintSheet
          schoolName={settings.schoolName}
          title={`${year}年度班主任带班情况综合评估`}
          landscape
          meta={
            <>
              <span>{weightingText(input.weighting)}</span>
              <span>统计日期：{fullDate(dayjs().format('YYYY-MM-DD'))}</span>
            </>
          }
        >
          {table}
        </PrintSheet>
      </PrintView>
    )
  const exportXlsx = async () => {
    try {
      const r = await platform.saveFile({
        suggestedName: `${safeFileName(`${year}年度班主任带班情况综合评估`)}.xlsx`,
        bytes: reviewWorkbook(year, ranked, input.weighting),
      })
      if (!r.ok && r.error.code !== 'cancelled') notify(r.error.message, 'error')
      else if (r.ok) notify(`已导出：${r.value.path}`)
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }
  return (
    <>
      <PageHeader
        title="班主任年度评估"
        subtitle="年底班务管理工作会议：综合带班时间、带班成效、学员评估推荐优秀班主任（正文三(二)）"
        actions={
          <Stack direction="row" spacing={1}>
            <TextField
              select
              size="small"
              label="年度"
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}年
                </MenuItem>
              ))}
            </TextField>
            <Button startIcon={<TuneIcon />} onClick={() => setEditing(true)}>
              权重
            </Button>
            <Button
              startIcon={<DownloadIcon />}
              disabled={ranked.length === 0}
              onClick={() => void exportXlsx()}
            >
              导出 Excel
            </Button>
            <Button
              startIcon={<PrintIcon />}
              disabled={ranked.length === 0}
              onClick={() => setPrinting(true)}
            >
              打印
            </Button>
          </Stack>
        }
      />
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {weightingText(input.weighting)}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1.5 }}>
        {REVIEW_READING}
      </Typography>
      {ranked.length === 0 ? (
        <Alert severity="info">{year}年没有填写了班主任的班次。</Alert>
      ) : (
        <Paper sx={{ overflow: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                {[
                  '名次',
                  '班主任',
                  '带班数',
                  '天数',
                  '学时',
                  '出勤率',
                  '评估均分',
                  '得分',
                  '所带班次（可追溯）',
                ].map((h) => (
                  <TableCell key={h} sx={{ whiteSpace: 'nowrap' }}>
                    {h}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {ranked.map((r) => (
                <TableRow key={r.item.name} data-testid="review-row">
                  <TableCell>{r.rank}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.item.name}</TableCell>
                  <TableCell>{r.item.classes.length}</TableCell>
                  <TableCell>{r.item.days}</TableCell>
                  <TableCell>{r.item.hours}</TableCell>
                  <TableCell>{pct(r.item.attendanceRate)}</TableCell>
                  <TableCell>{r.item.evaluationMean ?? '—'}</TableCell>
                  <TableCell sx={{ fontWeight: 700 }}>{r.item.score}</TableCell>
                  <TableCell>
                    {r.item.classes.map((c) => (
                      <Typography key={c.classId} variant="caption" sx={{ display: 'block' }}>
                        {c.className}：{classLine(c)}
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {editing && <WeightingDialog current={input.weighting} onClose={() => setEditing(false)} />}
    </>
  )
}

const WEIGHT_FIELDS: { key: keyof ReviewWeighting; label: string }[] = [
  { key: 'days', label: '带班天数' },
  { key: 'hours', label: '学时' },
  { key: 'attendanceRate', label: '出勤率' },
  { key: 'evaluation', label: '学员评估' },
]

/** The school's weighting (synced: every office ranks the same way). */
function WeightingDialog(props: { current: ReviewWeighting; onClose: () => void }) {
  const { reviewWeighting } = useData()
  const [v, setV] = useState(() =>
    Object.fromEntries(WEIGHT_FIELDS.map((f) => [f.key, String(props.current[f.key])])),
  )
  return (
    <FormDialog
      title="评估权重（全校统一）"
      onClose={props.onClose}
      onSubmit={async () => {
        await reviewWeighting.save({
          days: Number(v.days),
          hours: Number(v.hours),
          attendanceRate: Number(v.attendanceRate),
          evaluation: Number(v.evaluation),
        })
        props.onClose()
      }}
    >
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {WEIGHT_FIELDS.map((f) => (
          <TextField
            key={f.key}
            size="small"
            label={f.label}
            value={v[f.key]}
            onChange={(e) => setV({ ...v, [f.key]: e.target.value.replace(/[^\d.]/g, '') })}
          />
        ))}
      </Stack>
    </FormDialog>
  )
}
