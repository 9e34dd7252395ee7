/**
 * What bench/browser/schoolCache.ts writes and the browser benchmark reads: shared by the Node
 * generator and the Playwright spec, so it imports nothing.
 */

/** Raise when the generated data change: an older cache is then generated again. */
export const CACHE_VERSION = 2

/** The 5,000-person class added to the ten-year school (people it already holds). */
export const BIG_CLASS = { id: '01BENCHBGC0000000000000000', name: '2026年春季全员轮训班', size: 5_000 }

/** The big class's sessions (60, the model class's plan); the last two have a mark for everyone. */
export const bigClassSessionId = (i: number) => `01BENCHSES${String(i).padStart(16, '0')}`
export const BIG_CLASS_LAST_SESSION = bigClassSessionId(59)

/** The empty class a 5,000-row roster is imported into. */
export const IMPORT_CLASS = { id: '01BENCHMPRT000000000000000', name: '2026年春季干部进修班' }

export const ROSTER_ROWS = 5_000

export interface CacheManifest {
  version: number
  rows: number
  people: number
  classes: number
  attendance: number
  /** JSON files of `{ table, rows }`, in the order written. */
  chunks: { file: string; table: string; rows: number }[]
  generatedMs: number
}
