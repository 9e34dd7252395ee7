/**
 * Whether a session's roll call was taken (issue 11). A session is 未点名 until someone marks a
 * student in it, 点名中 from the first mark (or after being reopened), and 已点名 once the head
 * teacher clicks 完成点名 — recorded with who and when on the session record, a synced field.
 *
 * Only 已点名 sessions vouch for the students nobody marked: completing the call is the head
 * teacher's statement that everyone not marked was present. Until then an unmarked student's cell
 * is unknown (未点名), not 出勤, and the session's rate is not computed. Marks and approved leave
 * are facts whatever the session's state, and count as such.
 */
export type SessionCallState = 'open' | 'calling' | 'called'

export const SESSION_CALL_STATE_LABELS: Record<SessionCallState, string> = {
  open: '未点名',
  calling: '点名中',
  called: '已点名',
}

/** What a session record says of its roll call; absent on sessions stored before issue 11. */
export interface SessionCallFields {
  callState?: SessionCallState | null
  /** Who clicked 完成点名 (the installation's current user). */
  calledBy?: string | null
  /** When, YYYY-MM-DD HH:mm (local), as the checklist records its actions. */
  calledAt?: string | null
}

/** The state in force: 已点名 only as recorded; 点名中 once anything is marked. */
export function sessionCallState(
  stored: SessionCallState | null | undefined,
  anyMark: boolean,
): SessionCallState {
  if (stored === 'called') return 'called'
  return stored === 'calling' || anyMark ? 'calling' : 'open'
}

/**
 * The sentence a screen or a printed register carries when some sessions are not counted, e.g.
 * "19 节课未点名，不计入出勤率"; null when every session was called.
 */
export function uncountedSessionsNotice(states: readonly SessionCallState[]): string | null {
  const open = states.filter((s) => s === 'open').length
  const calling = states.filter((s) => s === 'calling').length
  if (open + calling === 0) return null
  const parts = [open ? `${open} 节课未点名` : '', calling ? `${calling} 节课点名未完成` : ''].filter(Boolean)
  return `${parts.join('、')}，不计入出勤率和出勤次数`
}
