import { describe, expect, it } from 'vitest'
import { resolveStatuses } from '@shared/attendance/status'
import type { ClassStudent } from '../../db/roster/classStudents'
import { classStudent } from '../../../../test/helpers/classStudent'
import { searchEntries } from './rollCall'
import {
  initialRollCallState,
  rollCallReducer,
  rollCallStep,
  seatName,
  type RollCallCommand,
  type RollCallEvent,
  type RollCallState,
} from './rollCallReducer'

const student = (seat: number | null, name: string) => classStudent(seat, name)

const jiang = student(1, '姜敏')
const wei = student(2, '魏燕')
const tang = student(12, '汤兰华')
const zhou = student(21, '周远宁')
const zhang = student(null, '张远')
const students = [jiang, wei, tang, zhou, zhang]

/** The default keys (1 出勤 … 7 旷课) with 迟到 also on c, as a school may set it. */
const statuses = resolveStatuses({ late: { keys: ['2', 'c'] } })
const ctx = { entries: searchEntries(students), statuses }

const key = (k: string, extra: { typed?: string; withModifier?: boolean } = {}): RollCallEvent => ({
  type: 'searchKey',
  key: k,
  ...extra,
  ...ctx,
})
const minutesKey = (k: string): RollCallEvent => ({ type: 'minutesKey', key: k })

const S = initialRollCallState
const searching = (query: string, highlight = 0): RollCallState => ({ ...S, query, highlight })
const picked = (who: ClassStudent, query = ''): RollCallState => ({
  ...S,
  query,
  mode: { kind: 'status', student: who },
})
const askingMinutes = (
  who: ClassStudent,
  status: 'late' | 'leftEarly',
  minutes = '',
  query = '',
): RollCallState => ({ ...S, query, minutes, mode: { kind: 'minutes', student: who, status } })

const save = (who: ClassStudent, status: string, minutes: number | null = null): RollCallCommand =>
  ({ type: 'save', student: who, status, minutes }) as RollCallCommand
const focus: RollCallCommand = { type: 'focusSearch' }
const warn = (message: string): RollCallCommand => ({ type: 'notify', message, severity: 'warning' })

interface Row {
  name: string
  from: RollCallState
  events: RollCallEvent[]
  /** The state after all events. */
  to: RollCallState
  /** What the last event asks of the screen. */
  commands?: RollCallCommand[]
  /** Whether the last event's key is the roll call's (its default prevented). */
  handled?: boolean
}

const rows: Row[] = [
  // Typing in the search box.
  {
    name: 'typing sets the query and resets the choice',
    from: searching('t', 2),
    events: [{ type: 'queryChanged', text: 'tl' }],
    to: searching('tl'),
  },
  {
    name: 'typing while a student is picked searches again',
    from: picked(wei, '2'),
    events: [{ type: 'queryChanged', text: '21' }],
    to: searching('21'),
  },
  {
    name: 'typing while asking minutes searches again, the minutes kept',
    from: askingMinutes(tang, 'late', '5', 'tlh'),
    events: [{ type: 'queryChanged', text: 'z' }],
    to: { ...searching('z'), minutes: '5' },
  },

  // ↑↓ among the matches.
  {
    name: '↓ moves to the next match',
    from: searching('1'),
    events: [key('ArrowDown')],
    to: searching('1', 1),
    handled: true,
  },
  {
    name: '↓ stops at the last match',
    from: searching('1'),
    events: [key('ArrowDown'), key('ArrowDown'), key('ArrowDown')],
    to: searching('1', 1),
    handled: true,
  },
  {
    name: '↑ moves back',
    from: searching('2', 1),
    events: [key('ArrowUp')],
    to: searching('2'),
    handled: true,
  },
  {
    name: '↑ stops at the first match',
    from: searching('1'),
    events: [key('ArrowUp')],
    to: searching('1'),
    handled: true,
  },
  {
    name: '↓ with no match leaves nothing chosen',
    from: searching('xyz'),
    events: [key('ArrowDown')],
    to: searching('xyz', -1),
    handled: true,
  },

  // Enter picks a student.
  {
    name: 'Enter on a seat number picks that seat',
    from: searching('1'),
    events: [key('Enter')],
    to: picked(jiang, '1'),
    handled: true,
  },
  {
    name: 'Enter picks the match chosen with ↓',
    from: searching('1'),
    events: [key('ArrowDown'), key('Enter')],
    to: { ...picked(tang, '1'), highlight: 1 },
    handled: true,
  },
  {
    name: 'Enter on pinyin initials picks the student',
    from: searching('tlh'),
    events: [key('Enter')],
    to: picked(tang, 'tlh'),
    handled: true,
  },
  {
    name: 'Enter reads the box when it is ahead of the query',
    from: searching('2', 0),
    events: [key('Enter', { typed: '21' })],
    to: picked(zhou, '2'),
    handled: true,
  },
  {
    name: 'Enter reads the first match of the box, not the chosen one',
    from: searching('2', 1),
    events: [key('Enter', { typed: '2 ' })],
    to: { ...picked(wei, '2'), highlight: 1 },
    handled: true,
  },
  { name: 'Enter on an empty box picks nobody', from: S, events: [key('Enter')], to: S, handled: true },
  {
    name: 'Enter on blanks picks nobody',
    from: searching('  '),
    events: [key('Enter')],
    to: searching('  '),
    handled: true,
  },
  {
    name: 'Enter with no match picks nobody',
    from: searching('xyz'),
    events: [key('Enter')],
    to: searching('xyz'),
    handled: true,
  },

  // Esc while searching clears.
  {
    name: 'Esc clears the search',
    from: { ...searching('tl', 1), minutes: '3' },
    events: [key('Escape')],
    to: S,
    commands: [focus],
    handled: true,
  },

  // A status digit straight after a name or initials.
  {
    name: 'a status digit after initials of one student marks at once',
    from: searching('zyn'),
    events: [key('5')],
    to: S,
    commands: [save(zhou, 'sickLeave'), focus],
    handled: true,
  },
  {
    name: 'the digit uses the box when it is ahead of the query',
    from: searching('zy'),
    events: [key('7', { typed: 'zyn' })],
    to: S,
    commands: [save(zhou, 'absent'), focus],
    handled: true,
  },
  {
    name: 'a minutes status digit after initials asks for minutes',
    from: { ...searching('tlh'), minutes: '9' },
    events: [key('2')],
    to: askingMinutes(tang, 'late', '', 'tlh'),
    commands: [],
    handled: true,
  },
  {
    name: 'a status digit after initials of several students warns',
    from: searching('zy'),
    events: [key('5')],
    to: searching('zy'),
    commands: [warn('“zy”匹配 2 人，请用 ↑↓ 选中后按 Enter，再按键记状态')],
    handled: true,
  },
  {
    name: 'a status digit after a name nobody has warns',
    from: searching('xyz'),
    events: [key('5')],
    to: searching('xyz'),
    commands: [warn('没有找到“xyz”')],
    handled: true,
  },
  {
    name: 'a digit in an empty box is typed',
    from: S,
    events: [key('1')],
    to: S,
    commands: [],
    handled: false,
  },
  {
    name: 'a digit after a seat number is typed (more of the seat)',
    from: searching('1'),
    events: [key('2')],
    to: searching('1'),
    commands: [],
    handled: false,
  },
  {
    name: 'a digit that is no status key is typed',
    from: searching('zyn'),
    events: [key('8')],
    to: searching('zyn'),
    commands: [],
    handled: false,
  },
  {
    name: 'a letter status key is typed while searching',
    from: searching('zyn'),
    events: [key('c')],
    to: searching('zyn'),
    handled: false,
  },
  {
    name: 'other keys while searching are the box’s',
    from: searching('zy'),
    events: [key('Backspace')],
    to: searching('zy'),
    handled: false,
  },

  // A student picked: the status key.
  {
    name: 'a status key marks the picked student',
    from: picked(jiang, '1'),
    events: [key('7')],
    to: S,
    commands: [save(jiang, 'absent'), focus],
    handled: true,
  },
  {
    name: '出勤 is a status key too',
    from: picked(wei, '2'),
    events: [key('1')],
    to: S,
    commands: [save(wei, 'present'), focus],
    handled: true,
  },
  {
    name: 'a letter key set by the school works (any case)',
    from: picked(tang, 'tlh'),
    events: [key('C')],
    to: askingMinutes(tang, 'late', '', 'tlh'),
    commands: [],
    handled: true,
  },
  {
    name: '早退 asks for minutes',
    from: picked(wei, '2'),
    events: [key('3')],
    to: askingMinutes(wei, 'leftEarly', '', '2'),
    commands: [],
    handled: true,
  },
  {
    name: 'Esc steps back to the search, which is kept',
    from: picked(wei, '2'),
    events: [key('Escape')],
    to: searching('2'),
    commands: [],
    handled: true,
  },
  {
    name: 'Backspace steps back too',
    from: picked(wei, '2'),
    events: [key('Backspace')],
    to: searching('2'),
    handled: true,
  },
  {
    name: 'a letter that is no status key starts a new search',
    from: { ...picked(wei, '2'), highlight: 1 },
    events: [key('z')],
    to: searching('z'),
    handled: true,
  },
  {
    name: 'a digit that is no status key starts a new search',
    from: picked(wei, '2'),
    events: [key('9')],
    to: searching('9'),
    handled: true,
  },
  {
    name: 'a letter with Ctrl is the browser’s',
    from: picked(wei, '2'),
    events: [key('v', { withModifier: true })],
    to: picked(wei, '2'),
    handled: false,
  },
  {
    name: 'Enter again does nothing',
    from: picked(wei, '2'),
    events: [key('Enter')],
    to: picked(wei, '2'),
    commands: [],
    handled: true,
  },
  {
    name: 'arrows do nothing once picked',
    from: picked(wei, '2'),
    events: [key('ArrowDown')],
    to: picked(wei, '2'),
    handled: false,
  },

  // Minutes for 迟到/早退.
  {
    name: 'minutes typed',
    from: askingMinutes(tang, 'late'),
    events: [{ type: 'minutesChanged', text: '10' }],
    to: askingMinutes(tang, 'late', '10'),
  },
  {
    name: 'Enter saves with the minutes',
    from: askingMinutes(tang, 'late', '10', 'tlh'),
    events: [minutesKey('Enter')],
    to: S,
    commands: [save(tang, 'late', 10), focus],
    handled: true,
  },
  {
    name: 'Enter saves without minutes when none are typed',
    from: askingMinutes(wei, 'leftEarly', ' '),
    events: [minutesKey('Enter')],
    to: S,
    commands: [save(wei, 'leftEarly'), focus],
    handled: true,
  },
  {
    name: 'Enter saves 1440 minutes',
    from: askingMinutes(wei, 'late', '1440'),
    events: [minutesKey('Enter')],
    to: S,
    commands: [save(wei, 'late', 1440), focus],
    handled: true,
  },
  ...['0', '1441', '2.5', '-3', 'abc'].map((m): Row => ({
    name: `Enter refuses ${m} minutes`,
    from: askingMinutes(wei, 'late', m),
    events: [minutesKey('Enter')],
    to: askingMinutes(wei, 'late', m),
    commands: [{ type: 'notify', message: '分钟数应为 1 到 1440 之间的整数', severity: 'error' }],
    handled: true,
  })),
  {
    name: 'Esc in the minutes steps back to the status',
    from: askingMinutes(tang, 'late', '5', 'tlh'),
    events: [minutesKey('Escape')],
    to: { ...picked(tang, 'tlh'), minutes: '5' },
    commands: [focus],
    handled: true,
  },
  {
    name: 'other keys in the minutes are the box’s',
    from: askingMinutes(tang, 'late', '5'),
    events: [minutesKey('7')],
    to: askingMinutes(tang, 'late', '5'),
    commands: [],
    handled: false,
  },
  {
    name: 'keys in the search box are ignored while asking minutes',
    from: askingMinutes(tang, 'late', '5', 'tlh'),
    events: [key('7'), key('Escape'), key('Enter')],
    to: askingMinutes(tang, 'late', '5', 'tlh'),
    commands: [],
    handled: false,
  },
  {
    name: 'minutes keys are ignored when not asking minutes',
    from: picked(wei, '2'),
    events: [minutesKey('Enter'), minutesKey('Escape')],
    to: picked(wei, '2'),
    commands: [],
    handled: false,
  },

  // The last mark and its undo; the mark dialog.
  {
    name: 'a saved mark is shown with its minutes',
    from: S,
    events: [{ type: 'markSaved', student: tang, label: '迟到', minutes: 10, undo: null }],
    to: { ...S, last: { student: tang, text: '12号 汤兰华：迟到 10 分钟', undo: null } },
  },
  {
    name: 'a saved mark without a seat or minutes',
    from: S,
    events: [
      {
        type: 'markSaved',
        student: zhang,
        label: '旷课',
        minutes: null,
        undo: { status: 'sickLeave', minutes: null, note: '发烧' },
      },
    ],
    to: {
      ...S,
      last: {
        student: zhang,
        text: '张远：旷课',
        undo: { status: 'sickLeave', minutes: null, note: '发烧' },
      },
    },
  },
  {
    name: 'undo forgets the last mark and returns to the search',
    from: { ...picked(wei, '2'), last: { student: wei, text: '2号 魏燕：事假', undo: null } },
    events: [{ type: 'undone' }],
    to: picked(wei, '2'),
    commands: [focus],
  },
  {
    name: 'a row click opens its dialog',
    from: searching('1'),
    events: [{ type: 'rowClicked', student: tang }],
    to: { ...searching('1'), dialog: tang },
  },
  { name: 'the dialog closes', from: { ...S, dialog: tang }, events: [{ type: 'dialogClosed' }], to: S },
]

describe('rollCallStep', () => {
  it.each(rows)('$name', ({ from, events, to, commands, handled }) => {
    const before = structuredClone(from)
    const state = events.slice(0, -1).reduce(rollCallReducer, from)
    const step = rollCallStep(state, events.at(-1)!)
    expect(step.state).toEqual(to)
    if (commands) expect(step.commands).toEqual(commands)
    if (handled !== undefined) expect(step.handled).toBe(handled)
    expect(from).toEqual(before)
  })

  it('the reducer is the step’s state', () => {
    for (const { from, events } of rows)
      expect(events.reduce(rollCallReducer, from)).toEqual(
        events.reduce((s, e) => rollCallStep(s, e).state, from),
      )
  })

  it('takes a whole roll call: seat, initials with minutes, initials alone', () => {
    const typing = (s: RollCallState, text: string) => rollCallReducer(s, { type: 'queryChanged', text })
    let s = typing(S, '1')
    s = rollCallReducer(s, key('Enter'))
    expect(rollCallStep(s, key('7')).commands).toEqual([save(jiang, 'absent'), focus])
    s = typing(rollCallReducer(s, key('7')), 'tlh')
    s = rollCallReducer(s, key('Enter'))
    s = rollCallReducer(s, key('2'))
    s = rollCallReducer(s, { type: 'minutesChanged', text: '10' })
    expect(rollCallStep(s, minutesKey('Enter')).commands).toEqual([save(tang, 'late', 10), focus])
    s = typing(rollCallReducer(s, minutesKey('Enter')), 'zyn')
    expect(rollCallStep(s, key('5')).commands).toEqual([save(zhou, 'sickLeave'), focus])
    expect(rollCallReducer(s, key('5'))).toEqual(S)
  })
})

describe('seatName', () => {
  it('names a student by seat and name, or the name alone', () => {
    expect(seatName(tang)).toBe('12号 汤兰华')
    expect(seatName(zhang)).toBe('张远')
  })
})
