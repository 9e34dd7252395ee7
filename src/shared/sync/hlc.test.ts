import { describe, expect, it } from 'vitest'
import {
  HlcFormatError,
  HlcRangeError,
  HybridClock,
  MAX_FORWARD_DRIFT_MS,
  MAX_HLC_WALL,
  compareHlc,
  formatHlc,
  isHlc,
  parseHlc,
} from './hlc'

// Replica ids are ULIDs (db/core/replica.ts): 26 characters of Crockford base32.
const A = '01JDXYZ0000000000000000000'
const B = '01JDXYZ0000000000000000001'

function fakeClock(start: number) {
  let t = start
  return {
    now: () => t,
    set: (v: number) => (t = v),
  }
}

describe('HybridClock', () => {
  it('issues strictly increasing stamps while the wall clock stands still', () => {
    const c = fakeClock(1_700_000_000_000)
    const clock = new HybridClock(A, c.now)
    const stamps = Array.from({ length: 5 }, () => clock.tick())
    expect([...stamps].sort(compareHlc)).toEqual(stamps)
    expect(new Set(stamps).size).toBe(5)
  })

  it('stays monotonic when the wall clock jumps backwards', () => {
    const c = fakeClock(1_700_000_000_000)
    const clock = new HybridClock(A, c.now)
    const before = clock.tick()
    c.set(1_600_000_000_000) // someone set the PC's date a year back
    const after = clock.tick()
    expect(compareHlc(after, before)).toBe(1)
    expect(parseHlc(after).wall).toBe(1_700_000_000_000)
    expect(parseHlc(after).counter).toBe(1)
  })

  it('follows the wall clock when it jumps forwards, and keeps order when it comes back', () => {
    const c = fakeClock(1_700_000_000_000)
    const clock = new HybridClock(A, c.now)
    c.set(1_900_000_000_000)
    const future = clock.tick()
    c.set(1_700_000_000_100)
    const back = clock.tick()
    expect(compareHlc(back, future)).toBe(1)
  })

  it('rolls the counter over into the next millisecond instead of overflowing', () => {
    const c = fakeClock(1000)
    const clock = new HybridClock(A, c.now, formatHlc({ wall: 5000, counter: 999_999, replica: A }))
    const s = parseHlc(clock.tick())
    expect(s).toEqual({ wall: 5001, counter: 0, replica: A })
  })

  it('sorts local edits after a received remote stamp', () => {
    const c = fakeClock(1_700_000_000_000)
    const a = new HybridClock(A, c.now)
    const remote = formatHlc({ wall: 1_700_000_005_000, counter: 7, replica: B })
    const { stamp, forwardDriftMs } = a.receive(remote)
    expect(compareHlc(stamp, remote)).toBe(1)
    expect(forwardDriftMs).toBeNull()
    expect(compareHlc(a.tick(), remote)).toBe(1)
  })

  it('reports a remote clock that runs more than a day ahead, but still merges', () => {
    const c = fakeClock(1_700_000_000_000)
    const a = new HybridClock(A, c.now)
    const remote = formatHlc({ wall: 1_700_000_000_000 + MAX_FORWARD_DRIFT_MS + 1, counter: 0, replica: B })
    const r = a.receive(remote)
    expect(r.forwardDriftMs).toBe(MAX_FORWARD_DRIFT_MS + 1)
    expect(compareHlc(a.tick(), remote)).toBe(1)
  })

  it('breaks ties between replicas deterministically by replica id', () => {
    const a = formatHlc({ wall: 10, counter: 0, replica: A })
    const b = formatHlc({ wall: 10, counter: 0, replica: B })
    expect(compareHlc(a, b)).toBe(-1)
  })

  it('resumes from a persisted stamp after a restart', () => {
    const c = fakeClock(1000)
    const persisted = formatHlc({ wall: 2000, counter: 3, replica: A })
    const clock = new HybridClock(A, c.now, persisted)
    expect(compareHlc(clock.tick(), persisted)).toBe(1)
  })

  it('round-trips through its string form', () => {
    const h = { wall: 1_763_900_000_123, counter: 42, replica: '01JDXYZABCDEFGHJKMNPQRSTVW' }
    expect(parseHlc(formatHlc(h))).toEqual(h)
  })

  it.each([
    ['~', 'a tilde (sorts after every stamp)'],
    ['0001763900000000-000000-' + A, 'a 16-digit wall'],
    ['01763900000000-000000-' + A, 'a 14-digit wall'],
    ['001763900000000-00000-' + A, 'a 5-digit counter'],
    ['001763900000000-0000000-' + A, 'a 7-digit counter'],
    ['001763900000000-000000-A', 'a short replica id'],
    ['001763900000000-000000-01jdxyz0000000000000000000', 'a lower-case replica id'],
    [
      '001763900000000-000000-01JDXYZ000000000000000000U',
      'a replica id with a letter outside Crockford base32',
    ],
    ['001763900000000-000000-' + A + ' ', 'trailing space'],
    ['', 'empty'],
  ])('parses strictly: refuses %j (%s)', (s) => {
    expect(isHlc(s)).toBe(false)
    expect(() => parseHlc(s)).toThrow(HlcFormatError)
  })

  it('refuses a wall time beyond its bound, in parse and in receive, and leaves the clock as it was', () => {
    const beyond = formatHlc({ wall: MAX_HLC_WALL + 1, counter: 0, replica: B })
    expect(isHlc(beyond)).toBe(false)
    expect(() => parseHlc(beyond)).toThrow(HlcRangeError)
    const c = fakeClock(1_700_000_000_000)
    const a = new HybridClock(A, c.now)
    const before = a.tick()
    expect(() => a.receive(beyond)).toThrow(HlcRangeError)
    expect(() => a.receive('999999999999999-999999-' + B)).toThrow(HlcRangeError)
    expect(() => a.receive('~')).toThrow(HlcFormatError)
    expect(a.current()).toBe(before)
  })

  it('never rolls a counter over past its bound into a 16th digit', () => {
    const c = fakeClock(1000)
    const last = formatHlc({ wall: MAX_HLC_WALL, counter: 999_999, replica: A })
    const clock = new HybridClock(A, c.now, last)
    expect(() => clock.tick()).toThrow(HlcRangeError)
    expect(clock.current()).toBe(last)
    expect(() => new HybridClock(A, () => MAX_HLC_WALL + 1).tick()).toThrow(HlcRangeError)
  })

  it('refuses a replica id that is not a ULID', () => {
    expect(() => new HybridClock('A')).toThrow()
    expect(() => new HybridClock('01JDXYZ')).toThrow()
  })
})
