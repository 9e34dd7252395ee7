import { useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import {
  EVALUATION_RATINGS,
  EVALUATION_RATING_LABELS,
  type EvaluationRating,
} from '@shared/assessment/evaluation'
import {
  EMPTY_TALLY,
  PEER_RULE_TEXT,
  peerRating,
  tallyProblem,
  tallyTotal,
  type PeerTally,
} from '@shared/assessment/peerBallot'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { FormDialog } from '../../ui/FormDialog'
import { useNotify } from '../../ui/Notifier'
import { cellInputSx } from './PointsPanel'
import { gridKeyDown } from './gridKeys'

type Texts = Record<EvaluationRating, string>

const toTexts = (t: PeerTally | null | undefined): Texts => ({
  excellent: t ? String(t.excellent) : '',
  good: t ? String(t.good) : '',
  fair: t ? String(t.fair) : '',
  poor: t ? String(t.poor) : '',
})

/** Typed counts; '' counts as 0, anything but a whole number is NaN (tallyProblem names it). */
const toTally = (x: Texts): PeerTally => {
  const n = (s: string) => (s.trim() === '' ? 0 : /^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)
  return { excellent: n(x.excellent), good: n(x.good), fair: n(x.fair), poor: n(x.poor) }
}

/**
 * 学员互评 from the collected ballots: per student the number of ballots for each rating, typed
 * by keyboard (Tab / → along the row, Enter / ↓ down the column); the rating the rule gives shows
 * as the counts are typed and is saved with them.
 */
export function PeerTallyDialog(props: {
  cls: ClassRecord
  view: ClassAssessmentView
  source: string
  onClose: () => void
}) {
  const { assessment } = useData()
  const notify = useNotify()
  const students = props.view.students
  const classmates = Math.max(0, students.length - 1)
  const stored = useMemo(() => {
    const m = new Map<string, PeerTally | null | undefined>()
    for (const e of props.view.records.evaluations)
      if (e.source === props.source) m.set(e.enrollmentId, e.tally)
    return m
  }, [props.view.records.evaluations, props.source])
  const [texts, setTexts] = useState<Record<string, Texts>>(() =>
    Object.fromEntries(students.map((s) => [s.enrollmentId, toTexts(stored.get(s.enrollmentId))])),
  )

  const save = async () => {
    const changed = students.flatMap((s) => {
      const tally = toTally(texts[s.enrollmentId]!)
      const before = stored.get(s.enrollmentId) ?? EMPTY_TALLY
      const same = EVALUATION_RATINGS.every((r) => before[r] === tally[r])
      return same ? [] : [{ enrollmentId: s.enrollmentId, name: s.name, tally }]
    })
    for (const c of changed) {
      const problem = tallyProblem(c.tally, classmates)
      if (problem) throw new Error(`${c.name}：${problem}`)
    }
    await assessment.setPeerTallies(props.cls.id, props.source, changed, classmates)
    notify(changed.length ? `已保存 ${changed.length} 名学员的互评票数` : '没有改动')
    props.onClose()
  }

  return (
    <FormDialog title="学员互评：录入选票统计" maxWidth="md" onClose={props.onClose} onSubmit={save}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        每名学员填写收回的互评票中各等级的票数（空白按 0 计）。{PEER_RULE_TEXT}
      </Typography>
      <TableContainer sx={{ maxHeight: 'calc(100vh - 300px)' }}>
        <Table
          size="small"
          stickyHeader
          aria-label="互评票数"
          sx={{ '& .MuiTableCell-root': { py: 0.25, px: 0.75 } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>座号</TableCell>
              <TableCell>姓名</TableCell>
              {EVALUATION_RATINGS.map((r) => (
                <TableCell key={r} align="right">
                  {EVALUATION_RATING_LABELS[r]}
                </TableCell>
              ))}
              <TableCell align="right">合计</TableCell>
              <TableCell>互评等级</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {students.map((s, row) => {
              const x = texts[s.enrollmentId]!
              const tally = toTally(x)
              const problem = tallyProblem(tally, classmates)
              const rating = problem ? null : peerRating(tally)
              return (
                <TableRow key={s.enrollmentId}>
                  <TableCell>{s.seat ?? ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.name}</TableCell>
                  {EVALUATION_RATINGS.map((r, col) => (
                    <TableCell key={r} sx={{ width: 72 }}>
                      <Box
                        component="input"
                        inputMode="numeric"
                        aria-label={`${s.name} ${EVALUATION_RATING_LABELS[r]}票数`}
                        data-grid="peer-tally"
                        data-row={row}
                        data-col={col}
                        value={x[r]}
                        onKeyDown={gridKeyDown}
                        onFocus={(e) => e.currentTarget.select()}
                        onChange={(e) => {
                          const v = e.currentTarget.value
                          setTexts((t) => ({ ...t, [s.enrollmentId]: { ...t[s.enrollmentId]!, [r]: v } }))
                        }}
                        sx={cellInputSx}
                      />
                    </TableCell>
                  ))}
                  <TableCell align="right">{problem ? '' : tallyTotal(tally) || ''}</TableCell>
                  <TableCell
                    data-testid={`peer-rating-${s.enrollmentId}`}
                    sx={{ whiteSpace: 'nowrap', color: problem ? 'error.main' : undefined }}
                  >
                    {problem || (rating ? EVALUATION_RATING_LABELS[rating] : '—')}
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </FormDialog>
  )
}
