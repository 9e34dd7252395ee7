import {
  statusForKey,
  takesMinutes,
  type AttendanceStatus,
  type AttendanceStatusCode,
} from '@shared/attendance/status'
import type { ClassStudent } from '../../db/roster/classStudents'
import type { MarkValue } from './MarkDialog'
import { searchStudents, type SearchEntry } from './rollCall'

/**
 * The keyboard roll call as a pure state machine. Everyone is present until marked: type a seat
 * number, a name or pinyin initials, Enter picks the first match (↑↓ to choose another), then a
 * status key sets the status (digits cannot clash with the seat number, which was already taken by
 * Enter). After a name or initials that find one student, the status key alone does it ("zyn" then
 * 5). 迟到/早退 ask for minutes, Enter saves. Esc steps back.
 *
 * `rollCallStep` gives the next state together with what the screen must do about the event
 * (write a mark, warn, move the focus) and whether the key was the roll call's (so the browser's
 * default — typing it into the box — is prevented). `rollCallReducer` is its state alone, for
 * `useReducer`. Nothing here reads the clock, the database or the DOM.
 */

export type RollCallMode =
  | { kind: 'search' }
  | { kind: 'status'; student: ClassStudent }
  | { kind: 'minutes'; student: ClassStudent; status: AttendanceStatusCode }

/** The last mark made by keyboard, with what it replaced so one click undoes it. */
export interface LastMark {
  student: ClassStudent
  text: string
  undo: MarkValue | null
}

export interface RollCallState {
  /** The search box. */
  query: string
  /** Which of the matches Enter picks (↑↓). */
  highlight: number
  mode: RollCallMode
  /** The minutes box of 迟到/早退, as typed. */
  minutes: string
  last: LastMark | null
  /** The student whose mark dialog is open (a click on the row). */
  dialog: ClassStudent | null
}

export const initialRollCallState: RollCallState = {
  query: '',
  highlight: 0,
  mode: { kind: 'search' },
  minutes: '',
  last: null,
  dialog: null,
}

/** What key events need to know of the class: its students to search and its status keys. */
export interface RollCallContext {
  entries: readonly SearchEntry[]
  statuses: readonly AttendanceStatus[]
}

export type RollCallEvent =
  /** The search box's text changed (typing, pasting, clearing). */
  | { type: 'queryChanged'; text: string }
  /**
   * A key pressed in the search box (KeyboardEvent.key). `typed` is the box's own value, which a
   * fast typist's key can reach before the state has caught up with; without it the query is used.
   */
  | ({ type: 'searchKey'; key: string; typed?: string; withModifier?: boolean } & RollCallContext)
  /** The minutes box's text changed. */
  | { type: 'minutesChanged'; text: string }
  /** A key pressed in the minutes box. */
  | { type: 'minutesKey'; key: string }
  /** A mark was written; `label` is its status's label. */
  | {
      type: 'markSaved'
      student: ClassStudent
      label: string
      minutes: number | null
      undo: MarkValue | null
    }
  /** The last mark was undone. */
  | { type: 'undone' }
  /** A row was clicked: its mark dialog opens. */
  | { type: 'rowClicked'; student: ClassStudent }
  | { type: 'dialogClosed' }

export type RollCallCommand =
  /** Write this status (and minutes) for the student; the note is kept. */
  | { type: 'save'; student: ClassStudent; status: AttendanceStatusCode; minutes: number | null }
  | { type: 'notify'; message: string; severity: 'warning' | 'error' }
  /** Put the cursor back in the search box. */
  | { type: 'focusSearch' }

export interface RollCallStep {
  state: RollCallState
  commands: RollCallCommand[]
  /** The key was the roll call's: prevent the browser's default. */
  handled: boolean
}

export function rollCallReducer(state: RollCallState, event: RollCallEvent): RollCallState {
  return rollCallStep(state, event).state
}

export function rollCallStep(state: RollCallState, event: RollCallEvent): RollCallStep {
  switch (event.type) {
    case 'queryChanged':
      return same({
        ...state,
        query: event.text,
        highlight: 0,
        mode: state.mode.kind === 'search' ? state.mode : { kind: 'search' },
      })
    case 'searchKey':
      if (state.mode.kind === 'search') return searchKey(state, event)
      if (state.mode.kind === 'status') return statusKey(state, state.mode.student, event)
      return ignored(state)
    case 'minutesChanged':
      return same({ ...state, minutes: event.text })
    case 'minutesKey':
      return minutesKey(state, event.key)
    case 'markSaved':
      return same({
        ...state,
        last: {
          student: event.student,
          text: `${seatName(event.student)}：${event.label}${event.minutes ? ` ${event.minutes} 分钟` : ''}`,
          undo: event.undo,
        },
      })
    case 'undone':
      return { state: { ...state, last: null }, commands: [{ type: 'focusSearch' }], handled: false }
    case 'rowClicked':
      return same({ ...state, dialog: event.student })
    case 'dialogClosed':
      return same({ ...state, dialog: null })
  }
}

type SearchKeyEvent = Extract<RollCallEvent, { type: 'searchKey' }>

function searchKey(state: RollCallState, event: SearchKeyEvent): RollCallStep {
  const results = () => searchStudents(event.entries, state.query)
  const { key } = event
  if (key === 'ArrowDown')
    return handled({ ...state, highlight: Math.min(state.highlight + 1, results().length - 1) })
  if (key === 'ArrowUp') return handled({ ...state, highlight: Math.max(state.highlight - 1, 0) })
  if (key === 'Enter') {
    const typed = event.typed ?? state.query
    const fresh = typed === state.query
    const picked = searchStudents(event.entries, typed)[fresh ? state.highlight : 0]
    return handled(picked && typed.trim() ? { ...state, mode: { kind: 'status', student: picked } } : state)
  }
  if (key === 'Escape') return backToSearch(state)
  const code = /^\d$/.test(key) ? statusForKey(event.statuses, key) : undefined
  if (code) {
    // A digit after a name or pinyin initials cannot be more of the search: it is the status,
    // for the one student found (a seat number still needs Enter, being digits itself).
    const typed = event.typed ?? state.query
    if (!typed.trim() || /\d/.test(typed)) return ignored(state)
    const list = searchStudents(event.entries, typed)
    if (list.length === 1) return chooseStatus(state, list[0]!, code)
    return {
      state,
      commands: [
        {
          type: 'notify',
          message:
            list.length === 0
              ? `没有找到“${typed}”`
              : `“${typed}”匹配 ${list.length} 人，请用 ↑↓ 选中后按 Enter，再按键记状态`,
          severity: 'warning',
        },
      ],
      handled: true,
    }
  }
  return ignored(state)
}

/** A key while a student is picked: a status key marks, Esc/Backspace step back, a letter searches. */
function statusKey(state: RollCallState, student: ClassStudent, event: SearchKeyEvent): RollCallStep {
  const { key } = event
  if (key === 'Escape' || key === 'Backspace') return handled({ ...state, mode: { kind: 'search' } })
  const code = statusForKey(event.statuses, key)
  if (code) return chooseStatus(state, student, code)
  if (key.length === 1 && !event.withModifier)
    // Not a status key: the user is searching again.
    return handled({ ...state, mode: { kind: 'search' }, query: key, highlight: 0 })
  if (key === 'Enter') return handled(state)
  return ignored(state)
}

function minutesKey(state: RollCallState, key: string): RollCallStep {
  const { mode } = state
  if (mode.kind !== 'minutes') return ignored(state)
  if (key === 'Escape')
    return {
      state: { ...state, mode: { kind: 'status', student: mode.student } },
      commands: [{ type: 'focusSearch' }],
      handled: true,
    }
  if (key !== 'Enter') return ignored(state)
  const n = state.minutes.trim() ? Number(state.minutes) : null
  if (n !== null && (!Number.isInteger(n) || n < 1 || n > 1440))
    return {
      state,
      commands: [{ type: 'notify', message: '分钟数应为 1 到 1440 之间的整数', severity: 'error' }],
      handled: true,
    }
  const back = backToSearch(state)
  return { ...back, commands: [save(mode.student, mode.status, n), ...back.commands] }
}

/** A status key for a student: 迟到/早退 ask for minutes first, the others are saved at once. */
function chooseStatus(state: RollCallState, student: ClassStudent, code: AttendanceStatusCode): RollCallStep {
  if (takesMinutes(code))
    return handled({ ...state, minutes: '', mode: { kind: 'minutes', student, status: code } })
  const back = backToSearch(state)
  return { ...back, commands: [save(student, code, null), ...back.commands] }
}

function backToSearch(state: RollCallState): RollCallStep {
  return {
    state: { ...state, mode: { kind: 'search' }, query: '', highlight: 0, minutes: '' },
    commands: [{ type: 'focusSearch' }],
    handled: true,
  }
}

const save = (
  student: ClassStudent,
  status: AttendanceStatusCode,
  minutes: number | null,
): RollCallCommand => ({ type: 'save', student, status, minutes })

const same = (state: RollCallState): RollCallStep => ({ state, commands: [], handled: false })
const ignored = same
const handled = (state: RollCallState): RollCallStep => ({ state, commands: [], handled: true })

/** "12号 张三", or the name alone for a student without a seat. */
export function seatName(s: ClassStudent): string {
  return s.seat !== null ? `${s.seat}号 ${s.name}` : s.name
}
