/**
 * Hybrid logical clock (HLC).
 *
 * A stamp orders edits across offices that never talk except by files. It is
 * the wall time in milliseconds, a counter for edits within the same
 * millisecond (or while the wall clock lags behind an earlier stamp), and the
 * replica id as a deterministic tie-break. The string form sorts the same way
 * as the stamps, so stores and merges compare plain strings.
 */

export interface Hlc {
  wall: number
  counter: number
  replica: string
}

/** A sortable serialised HLC, e.g. `001763900000000-000000-01JD…`. */
export type HlcString = string

const WALL_DIGITS = 15
const COUNTER_DIGITS = 6
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1

/**
 * How far a remote stamp may run ahead of our wall clock before we report it.
 * A remote PC with a wrong clock still merges (refusing would lose edits), but
 * the import shows the skew so the user can fix the other PC's date.
 */
export const MAX_FORWARD_DRIFT_MS = 24 * 60 * 60 * 1000

export function formatHlc(h: Hlc): HlcString {
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}-${String(h.counter).padStart(COUNTER_DIGITS, '0')}-${h.replica}`
}

export function parseHlc(s: HlcString): Hlc {
  const m = /^(\d{15})-(\d{6})-(.+)$/.exec(s)
  if (!m) throw new Error(`Not an HLC stamp: ${s}`)
  return { wall: Number(m[1]), counter: Number(m[2]), replica: m[3]! }
}

export function compareHlc(a: HlcString, b: HlcString): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function maxHlc(a: HlcString | undefined, b: HlcString | undefined): HlcString | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return a >= b ? a : b
}

/** Advance (wall, counter) past `last`, rolling the counter over into the next millisecond. */
function advance(wall: number, counter: number): { wall: number; counter: number } {
  return counter >= MAX_COUNTER ? { wall: wall + 1, counter: 0 } : { wall, counter: counter + 1 }
}

export interface ReceiveResult {
  stamp: HlcString
  /** Milliseconds the remote stamp is ahead of our wall clock, when beyond MAX_FORWARD_DRIFT_MS. */
  forwardDriftMs: number | null
}

/**
 * A replica's clock. `now` is injectable so tests can jump the wall clock
 * backwards and forwards.
 */
export class HybridClock {
  private last: { wall: number; counter: number }

  constructor(
    readonly replica: string,
    private readonly now: () => number = Date.now,
    lastSeen?: HlcString,
  ) {
    if (!/^[0-9A-Za-z]+$/.test(replica)) throw new Error('Replica id must be alphanumeric')
    const seen = lastSeen ? parseHlc(lastSeen) : { wall: 0, counter: 0 }
    this.last = { wall: seen.wall, counter: seen.counter }
  }

  /** A new stamp for a local edit: always greater than every stamp seen before. */
  tick(): HlcString {
    const physical = this.now()
    this.last =
      physical > this.last.wall ? { wall: physical, counter: 0 } : advance(this.last.wall, this.last.counter)
    return this.current()
  }

  /** Take in a stamp from another replica, so later local edits sort after it. */
  receive(remote: HlcString): ReceiveResult {
    const r = parseHlc(remote)
    const physical = this.now()
    const drift = r.wall - physical
    const wall = Math.max(physical, this.last.wall, r.wall)
    let counter: number
    if (wall === this.last.wall && wall === r.wall) counter = Math.max(this.last.counter, r.counter)
    else if (wall === this.last.wall) counter = this.last.counter
    else if (wall === r.wall) counter = r.counter
    else counter = -1
    this.last = counter < 0 ? { wall, counter: 0 } : advance(wall, counter)
    return { stamp: this.current(), forwardDriftMs: drift > MAX_FORWARD_DRIFT_MS ? drift : null }
  }

  /** The last stamp issued or received, to persist across restarts. */
  current(): HlcString {
    return formatHlc({ ...this.last, replica: this.replica })
  }
}
