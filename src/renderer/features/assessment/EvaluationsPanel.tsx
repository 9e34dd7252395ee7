import { useMemo, useState } from 'react'
import { useNavigate } from 'react-router'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import {
  APPRAISAL_LABEL,
  APPRAISAL_SOURCE,
  EVALUATION_RATING_LABELS,
  EVALUATION_RATINGS,
  type EvaluationRating,
} from '@shared/assessment/evaluation'
import type { PeerTally } from '@shared/assessment/peerBallot'
import type { ClassRecord } from '../../db/core/database'
import { useData } from '../../db/core/DataProvider'
import type { ClassAssessmentView } from '../../db/assessment/classAssessmentQuery'
import { FormDialog } from '../../ui/FormDialog'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { printPath } from '../../ui/print/printPath'
import { PEER_SOURCE, PEER_RULE_TEXT, tallyText } from '@shared/assessment/peerBallot'
import { PeerTallyDialog } from './PeerTallyDialog'

type Stored = { rating: EvaluationRating | null; comment: string; tally?: PeerTally | null }

/**
 * 定性考核 (附3 第七条): per student a rating from each source, comments, and the 党小组评议鉴定.
 * Ratings are chosen in the table (Tab moves between them); 评语 opens the student's comments.
 */
export function EvaluationsPanel({ cls, view }: { cls: ClassRecord; view: ClassAssessmentView }) {
  const { assessment } = useData()
  const notify = useNotify()
  const sources = view.scheme.scheme.qualitative
  const locked = view.summary.finalised
  const [editing, setEditing] = useState<string | null>(null)
  const [tallying, setTallying] = useState(false)
  const navigate = useNavigate()
  const peers = sources.find((s) => s.code === PEER_SOURCE)
  // 挂职锻炼鉴定 / 党支部鉴定, made in their own areas: shown here, edited there.
  const others = useMemo(
    () => new Map(view.summary.students.map((s) => [s.enrollmentId, s.qualitative.others])),
    [view.summary.students],
  )
  const anyOthers = [...others.values()].some((l) => l.length > 0)
  const stored = useMemo(() => {
    const m = new Map<string, Stored>()
    for (const e of view.records.evaluations) m.set(`${e.enrollmentId}:${e.source}`, e)
    return m
  }, [view.records.evaluations])

  const setRating = async (enrollmentId: string, source: string, rating: EvaluationRating | null) => {
    const current = stored.get(`${enrollmentId}:${source}`)
    try {
      await assessment.setEvaluation(cls.id, enrollmentId, source, rating, current?.comment ?? '')
    } catch (e) {
      notify(errorMessage(e), 'error')
    }
  }

  if (view.students.length === 0) return <Typography color="text.secondary">本班还没有学员。</Typography>
  const student = editing ? view.students.find((s) => s.enrollmentId === editing) : undefined
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        等级为优秀、良好、一般、较差（考核管理办法未规定定性评价的等级，此为本系统的分档）。评语和党小组评议鉴定点“评语”填写。
        {peers && `学员互评可按收回的互评票录入各等级票数：${PEER_RULE_TEXT}`}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} useFlexGap>
        {peers && (
          <Button variant="outlined" size="small" disabled={locked} onClick={() => setTallying(true)}>
            录入互评票数
          </Button>
        )}
        <Button size="small" onClick={() => void navigate(printPath(cls.id, 'peer-ballot'))}>
          打印学员互评票
        </Button>
        <Button size="small" onClick={() => void navigate(printPath(cls.id, 'peer-review-form'))}>
          打印学员评议表
        </Button>
      </Stack>
      {tallying && peers && (
        <PeerTallyDialog cls={cls} view={view} source={peers.code} onClose={() => setTallying(false)} />
      )}
      <TableContainer sx={{ maxHeight: 'max(360px, calc(100vh - 330px))' }}>
        <Table
          size="small"
          stickyHeader
          aria-label="定性评价"
          sx={{ '& .MuiTableCell-root': { py: 0.25, px: 0.75 }, '& th': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell>座号</TableCell>
              <TableCell>姓名</TableCell>
              {sources.map((s) => (
                <TableCell key={s.code}>{s.label}</TableCell>
              ))}
              <TableCell>评语</TableCell>
              {anyOthers && (
                <TableCell title="在挂职锻炼、党性锻炼台账中填写，此处只读">其他鉴定（只读）</TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {view.students.map((st) => {
              const comments = [...sources, { code: APPRAISAL_SOURCE }].filter(
                (s) => stored.get(`${st.enrollmentId}:${s.code}`)?.comment,
              ).length
              return (
                <TableRow key={st.enrollmentId} hover>
                  <TableCell>{st.seat ?? ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{st.name}</TableCell>
                  {sources.map((s) => {
                    const here = stored.get(`${st.enrollmentId}:${s.code}`)
                    const v = here?.rating ?? ''
                    return (
                      <TableCell
                        key={s.code}
                        title={here?.tally ? `互评票：${tallyText(here.tally)}` : undefined}
                      >
                        <Box
                          component="select"
                          value={v}
                          disabled={locked}
                          aria-label={`${st.name} ${s.label}`}
                          onChange={(e) =>
                            void setRating(
                              st.enrollmentId,
                              s.code,
                              (e.currentTarget.value || null) as EvaluationRating | null,
                            )
                          }
                          sx={{ font: 'inherit', p: '1px', minWidth: 64 }}
                        >
                          <option value="">—</option>
                          {EVALUATION_RATINGS.map((r) => (
                            <option key={r} value={r}>
                              {EVALUATION_RATING_LABELS[r]}
                            </option>
                          ))}
                        </Box>
                      </TableCell>
                    )
                  })}
                  <TableCell>
                    <Button
                      size="small"
                      sx={{ py: 0, minWidth: 0 }}
                      onClick={() => setEditing(st.enrollmentId)}
                    >
                      评语{comments ? `（${comments}）` : ''}
                    </Button>
                  </TableCell>
                  {anyOthers && (
                    <TableCell
                      sx={{ fontSize: 12, minWidth: 180 }}
                      data-testid={`other-appraisals-${st.name}`}
                    >
                      {(others.get(st.enrollmentId) ?? []).map((a) => (
                        <div key={a.from}>
                          <Box component="span" sx={{ color: 'text.secondary' }}>
                            {a.from}：
                          </Box>
                          {a.text}
                        </div>
                      ))}
                    </TableCell>
                  )}
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {student && (
        <CommentsDialog
          name={student.name}
          locked={locked}
          sources={[...sources, { code: APPRAISAL_SOURCE, label: APPRAISAL_LABEL }]}
          initial={(code) => stored.get(`${student.enrollmentId}:${code}`) ?? { rating: null, comment: '' }}
          onClose={() => setEditing(null)}
          onSave={async (changed) => {
            for (const [code, value] of changed)
              await assessment.setEvaluation(cls.id, student.enrollmentId, code, value.rating, value.comment)
            notify('评语已保存')
            setEditing(null)
          }}
        />
      )}
    </Box>
  )
}

function CommentsDialog(props: {
  name: string
  locked: boolean
  sources: { code: string; label: string }[]
  initial: (code: string) => Stored
  onClose: () => void
  onSave: (changed: [string, Stored][]) => Promise<void>
}) {
  const [texts, setTexts] = useState(() => props.sources.map((s) => props.initial(s.code).comment))
  return (
    <FormDialog
      title={`${props.name}：评语与党小组评议鉴定`}
      maxWidth="md"
      submitDisabled={props.locked}
      onClose={props.onClose}
      onSubmit={() =>
        props.onSave(
          props.sources.flatMap((s, i): [string, Stored][] => {
            const before = props.initial(s.code)
            return texts[i]!.trim() === before.comment
              ? []
              : [[s.code, { rating: before.rating, comment: texts[i]! }]]
          }),
        )
      }
    >
      <Stack spacing={1.5} sx={{ pt: 1 }}>
        {props.sources.map((s, i) => (
          <TextField
            key={s.code}
            label={s.label}
            multiline
            minRows={s.code === APPRAISAL_SOURCE ? 3 : 1}
            disabled={props.locked}
            value={texts[i]}
            onChange={(e) => setTexts((t) => t.map((x, j) => (j === i ? e.target.value : x)))}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        ))}
      </Stack>
    </FormDialog>
  )
}
