import { createContext, useContext, useMemo, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import TableCell from '@mui/material/TableCell'
import AddIcon from '@mui/icons-material/Add'
import RemoveIcon from '@mui/icons-material/Remove'
import { signedPoints } from '@shared/assessment/sessionPoints'
import { useData } from '../../db/core/DataProvider'
import { useSessionPoints, type SessionPointsView } from '../../db/assessment/sessionPointsHooks'
import { errorMessage, useNotify } from '../../ui/Notifier'

/**
 * The quick +/- for 互动提问 and 课堂纪律 beside the roll call (issue 13, 附3 第八条): the roll call
 * wraps its list in `SessionPointsProvider` (one read for the whole class) and each row shows a
 * `RollCallPointsCell`. The clicks write the same dated entries as the 考核 tab's 课堂加减分
 * (AssessmentRepository.addSessionPoints); the buttons are disabled, with the reason, once the
 * class's assessment is 定稿.
 */
interface SessionPointsContextValue {
  view: SessionPointsView | undefined
  add: (enrollmentId: string, itemCode: string, delta: number) => void
}

const SessionPointsContext = createContext<SessionPointsContextValue | null>(null)

export function SessionPointsProvider(props: {
  classId: string
  session: { id: string; date: string }
  children: ReactNode
}) {
  const { classId, session } = props
  const { assessment } = useData()
  const notify = useNotify()
  const view = useSessionPoints(classId, session.date)
  const value = useMemo<SessionPointsContextValue>(
    () => ({
      view,
      add: (enrollmentId, itemCode, delta) =>
        void assessment
          .addSessionPoints(classId, enrollmentId, itemCode, session.date, session.id, delta)
          .catch((e: unknown) => notify(errorMessage(e), 'error')),
    }),
    [view, assessment, classId, session.date, session.id, notify],
  )
  return <SessionPointsContext.Provider value={value}>{props.children}</SessionPointsContext.Provider>
}

/** The column's heading, with the lock's reason when 定稿. */
export function RollCallPointsHead() {
  const ctx = useContext(SessionPointsContext)
  const locked = ctx?.view?.locked
  return (
    <TableCell sx={{ width: 236 }} title={locked ?? '每点一次加或减 1 分，记在当天，计入考核'}>
      课堂加减分（当天）{locked ? '·已定稿' : ''}
    </TableCell>
  )
}

/** One student's +/- for the day; clicks do not pick the row nor take the focus from the search box. */
export function RollCallPointsCell({ enrollmentId, name }: { enrollmentId: string; name: string }) {
  const ctx = useContext(SessionPointsContext)
  const view = ctx?.view
  if (!ctx || !view) return <TableCell />
  const keep = (e: { preventDefault: () => void; stopPropagation: () => void }) => {
    e.preventDefault()
    e.stopPropagation()
  }
  return (
    <TableCell
      sx={{ py: 0, whiteSpace: 'nowrap' }}
      onClick={(e) => e.stopPropagation()}
      title={view.locked ?? undefined}
      data-testid="roll-call-points"
    >
      {view.items.map((i) => {
        const v = view.points.get(`${enrollmentId}:${i.code}`) ?? 0
        return (
          <Box key={i.code} component="span" sx={{ display: 'inline-flex', alignItems: 'center', mr: 1 }}>
            <Box component="span" sx={{ fontSize: 12, color: 'text.secondary' }}>
              {i.label.slice(-2)}
            </Box>
            <IconButton
              size="small"
              sx={{ p: 0.25 }}
              disabled={Boolean(view.locked)}
              aria-label={`${name} ${i.label}减 1 分`}
              onMouseDown={keep}
              onClick={() => ctx.add(enrollmentId, i.code, -1)}
            >
              <RemoveIcon sx={{ fontSize: 16 }} />
            </IconButton>
            <Box
              component="span"
              sx={{ display: 'inline-block', minWidth: 20, textAlign: 'center', fontSize: 13 }}
              aria-label={`${name} ${i.label}当天`}
            >
              {signedPoints(v)}
            </Box>
            <IconButton
              size="small"
              sx={{ p: 0.25 }}
              disabled={Boolean(view.locked)}
              aria-label={`${name} ${i.label}加 1 分`}
              onMouseDown={keep}
              onClick={() => ctx.add(enrollmentId, i.code, 1)}
            >
              <AddIcon sx={{ fontSize: 16 }} />
            </IconButton>
          </Box>
        )
      })}
    </TableCell>
  )
}
