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
 * The highest wall time a clock accepts or issues: the last millisecond of the year 9999 (UTC).
 * Far inside the 15 digits of the format, so no stamp rolls over into a 16th digit (which would
 * sort before every 15-digit one); a stamp beyond it is refused, not rolled (HlcRangeError).
 */
export const MAX_HLC_WALL = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/**
 * A replica id: a ULID (db/core/replica.ts), 26 characters of Crockford base32 in upper case,
 * the first 0-7 (a ULID's 48-bit time part).
 */
export const REPLICA_ID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/

/** A stamp: exactly 15-digit wall, 6-digit counter, replica id (REPLICA_ID_PATTERN). */
export const HLC_PATTERN = /^(\d{15})-(\d{6})-([0-7][0-9A-HJKMNP-TV-Z]{25})$/

/**
 * How far a file's stamps (its high-water mark and every row's) may run ahead of this PC's
 * clock: one day. A file with a stamp further ahead is refused (importPlan.ts): its office's
 * clock is wrong, and merging it would push this office's clock, and every later edit here,
 * into the future, where the wrong stamps would win every merge until that date.
 */
export const MAX_FORWARD_DRIFT_MS = 24 * 60 * 60 * 1000

/** A string that is not a stamp of the exact format (HLC_PATTERN). */
export class HlcFormatError extends Error {
  constructor(readonly stamp: string) {
    super(`Not an HLC stamp: ${stamp.length > 80 ? `${stamp.slice(0, 80)}…` : stamp}`)
    this.name = 'HlcFormatError'
  }
}

/** A stamp or wall time beyond MAX_HLC_WALL: taking it in would break the format. */
export class HlcRangeError extends Error {
  constructor(readonly wall: number) {
    super(`HLC wall time ${wall} is beyond ${MAX_HLC_WALL}`)
    this.name = 'HlcRangeError'
  }
}

export function isReplicaId(s: unknown): s is string {
  return typeof s === 'string' && REPLICA_ID_PATTERN.test(s)
}

/** Whether `s` is a stamp of the exact format with a wall time within MAX_HLC_WALL. */
export function isHlc(s: unknown): s is HlcString {
  return (
    typeof s === 'string' && s.length === 49 && HLC_PATTERN.test(s) && Number(s.slice(0, 15)) <= MAX_HLC_WALL
  )
}

export function formatHlc(h: Hlc): HlcString {
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}-${String(h.counter).padStart(COUNTER_DIGITS, '0')}-${h.replica}`
}

/** Parses a stamp strictly (HLC_PATTERN); throws HlcFormatError, or HlcRangeError beyond MAX_HLC_WALL. */
export function parseHlc(s: HlcString): Hlc {
  const m = typeof s === 'string' ? HLC_PATTERN.exec(s) : null
  if (!m) throw new HlcFormatError(String(s))
  const wall = Number(m[1])
  if (wall > MAX_HLC_WALL) throw new HlcRangeError(wall)
  return { wall, counter: Number(m[2]), replica: m[3]! }
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
  if (counter < MAX_COUNTER) return { wall, counter: counter + 1 }
  if (wall + 1 > MAX_HLC_WALL) throw new HlcRangeError(wall + 1)
  return { wall: wall + 1, counter: 0 }
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
    if (!isReplicaId(replica)) throw new Error(`Not a replica id (a ULID): ${replica as string}`)
    const seen = lastSeen ? parseHlc(lastSeen) : { wall: 0, counter: 0 }
    this.last = { wall: seen.wall, counter: seen.counter }
  }

  /** A new stamp for a local edit: always greater than every stamp seen before. */
  tick(): HlcString {
    const physical = this.now()
    if (physical > MAX_HLC_WALL) throw new HlcRangeError(physical)
    this.last =
      physical > this.last.wall ? { wall: physical, counter: 0 } : advance(this.last.wall, this.last.counter)
    return this.current()
  }

  /**
   * Take in a stamp from another replica, so later local edits sort after it. A stamp not of the
   * exact format throws HlcFormatError, one beyond MAX_HLC_WALL HlcRangeError; the clock is then
   * unchanged. (Stamps too far ahead of this PC's clock are refused before, by the import.)
   */
  receive(remote: HlcString): ReceiveResult {
    const r = parseHlc(remote)
    const physical = Math.min(this.now(), MAX_HLC_WALL)
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
