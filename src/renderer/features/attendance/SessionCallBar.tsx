import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import type { SessionAttendance } from '@shared/attendance/register'
import { SESSION_CALL_STATE_LABELS } from '@shared/attendance/sessionCall'
import type { SessionRecord } from '../../db/attendance/attendanceRecords'
import { useData } from '../../db/core/DataProvider'
import { errorMessage, useNotify } from '../../ui/Notifier'
import { useActor } from '../checklist'

/** One dense line beside the session totals (issue 11: the student list starts higher). */
const BAR_SX = {
  flex: '1 1 480px',
  py: 0,
  typography: 'body2',
  '& .MuiAlert-icon, & .MuiAlert-message': { py: 0.5 },
  '& .MuiAlert-action': { py: 0, alignItems: 'center' },
} as const

/**
 * A session's roll-call state above the roll call (issue 11): 未点名 / 点名中 with 完成点名, which
 * records who (设置's current user, else asked) and when and makes the unmarked students present;
 * 已点名 with who and when, and 重新点名 to take it back to 点名中.
 */
export function SessionCallBar(props: { session: SessionRecord; totals: SessionAttendance }) {
  const { session, totals } = props
  const { sessions } = useData()
  const notify = useNotify()
  const actor = useActor()
  const [busy, setBusy] = useState(false)
  const reopen = async () => {
    setBusy(true)
    try {
      await sessions.reopenCall(session.id)
    } catch (e) {
      notify(errorMessage(e), 'error')
    } finally {
      setBusy(false)
    }
  }
  const complete = () =>
    void actor.run(async ({ person, at }) => {
      await sessions.completeCall(session.id, person, at)
    })
  const state = totals.callState
  if (state === 'called')
    return (
      <Alert
        severity="success"
        sx={BAR_SX}
        data-testid="session-call-state"
        action={
          <Button color="inherit" size="small" disabled={busy} onClick={() => void reopen()}>
            重新点名
          </Button>
        }
      >
        已点名{session.calledBy ? ` · ${session.calledBy}` : ''}
        {session.calledAt ? ` · ${session.calledAt.replace('T', ' ')}` : ''}
        。未标记的学员记为出勤，本节计入出勤率。
      </Alert>
    )
  return (
    <Alert
      severity={state === 'open' ? 'warning' : 'info'}
      sx={BAR_SX}
      data-testid="session-call-state"
      action={
        <Button color="inherit" size="small" variant="outlined" onClick={complete}>
          完成点名
        </Button>
      }
    >
      {SESSION_CALL_STATE_LABELS[state]}：本节不计入出勤率。点完名后按“完成点名”，未标记的 {totals.uncalled}{' '}
      名学员将记为出勤（记录点名人和时间）。
      {actor.dialog}
    </Alert>
  )
}
