import { describe, expect, it } from 'vitest'
import { sessionCallState, uncountedSessionsNotice, type SessionCallState } from './sessionCall'

// Issue 11: sessions nobody called counted as full attendance.
describe('the roll-call state of a session', () => {
  it.each([
    [undefined, false, 'open'],
    [null, false, 'open'],
    ['open', false, 'open'],
    [undefined, true, 'calling'], // the first mark starts the call
    ['open', true, 'calling'],
    ['calling', false, 'calling'], // reopened, every mark cleared: still being called
    ['called', false, 'called'], // completed with nobody marked: everyone present, as stated
    ['called', true, 'called'],
  ] as const)('stored %s, marks %s → %s', (stored, anyMark, expected) => {
    expect(sessionCallState(stored, anyMark)).toBe(expected)
  })

  it.each([
    [['called', 'called'], null],
    [['called', 'open', 'open'], '2 节课未点名，不计入出勤率和出勤次数'],
    [['calling', 'called'], '1 节课点名未完成，不计入出勤率和出勤次数'],
    [['open', 'calling', 'open'], '2 节课未点名、1 节课点名未完成，不计入出勤率和出勤次数'],
  ] as [SessionCallState[], string | null][])('%o → %s', (states, notice) => {
    expect(uncountedSessionsNotice(states)).toBe(notice)
  })
})
