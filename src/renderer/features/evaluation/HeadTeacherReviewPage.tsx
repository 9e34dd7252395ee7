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
import { fullDate } from '@shared/plan/sessionFormat'
import { safeFileName } from '@shared/fileName'
import { PageHeader } from '../../ui/PageHeader'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { PrintSheet, PrintView } from '../../ui/print/PrintView'
import { platform } from '../../platform'
import { useSettings } from '../../db/core/settingsHooks'
import { useReviewInput } from '../../db/evaluation/reviewHooks'
import { classLine, REVIEW_COLUMNS, REVIEW_READING, weightingText } from './reviewText'
import { WeightingDialog } from './WeightingDialog'
import { reviewWorkbook } from './reviewWorkbook'
import './evaluationPrint.css'

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
          {REVIEW_COLUMNS.map((c) => (
            <th key={c.label}>{c.label}</th>
          ))}
        </tr>
      </thead>
      {ranked.map((r) => (
        <tbody key={r.item.name} className="review-line">
          <tr>
            <td className="c">{r.rank}</td>
            {REVIEW_COLUMNS.map((c) => (
              <td key={c.label} className="c">
                {c.value(r.item)}
              </td>
            ))}
          </tr>
          <tr>
            <td />
            <td colSpan={REVIEW_COLUMNS.length} className="review-classes">
              {r.item.classes.map((c) => (
                <div key={c.classId}>
                  {c.className}：{classLine(c)}
                </div>
              ))}
            </td>
          </tr>
        </tbody>
      ))}
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
                {['名次', ...REVIEW_COLUMNS.map((c) => c.label)].map((h) => (
                  <TableCell key={h} sx={{ whiteSpace: 'nowrap' }}>
                    {h}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            {ranked.map((r) => (
              <TableBody key={r.item.name} data-testid="review-row">
                <TableRow>
                  <TableCell sx={{ borderBottom: 'none' }}>{r.rank}</TableCell>
                  {REVIEW_COLUMNS.map((c) => (
                    <TableCell
                      key={c.label}
                      sx={{
                        whiteSpace: 'nowrap',
                        borderBottom: 'none',
                        fontWeight: c.label === '得分' ? 700 : undefined,
                      }}
                    >
                      {c.value(r.item)}
                    </TableCell>
                  ))}
                </TableRow>
                <TableRow>
                  <TableCell />
                  <TableCell colSpan={REVIEW_COLUMNS.length} sx={{ pt: 0 }}>
                    <Typography variant="caption" color="text.secondary">
                      所带班次（可追溯）：
                    </Typography>
                    {r.item.classes.map((c) => (
                      <Typography key={c.classId} variant="caption" sx={{ display: 'block' }}>
                        {c.className}：{classLine(c)}
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              </TableBody>
            ))}
          </Table>
        </Paper>
      )}
      {editing && <WeightingDialog current={input.weighting} onClose={() => setEditing(false)} />}
    </>
  )
}
