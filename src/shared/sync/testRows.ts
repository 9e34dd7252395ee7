import { formatHlc, type HlcString } from './hlc'
import type { SyncedRow } from './merge'

/** Helpers for sync tests: records written by hand with explicit stamps. */

export function stamp(wall: number, replica = 'A', counter = 0): HlcString {
  return formatHlc({ wall, counter, replica })
}

/**
 * A record whose fields are given as [value, stamp]. `deleted` defaults to
 * false, stamped with the earliest stamp given (as at creation).
 */
export function row(
  id: string,
  fields: Record<string, readonly [unknown, HlcString]>,
  createdAt = '2025-01-01T00:00:00.000Z',
): SyncedRow {
  const entries = Object.entries(fields)
  const first = entries.map(([, [, s]]) => s).sort()[0] ?? stamp(0)
  const values: Record<string, unknown> = { deleted: false }
  const hlc: Record<string, HlcString> = { deleted: first }
  for (const [field, [value, s]] of entries) {
    values[field] = value
    hlc[field] = s
  }
  const updated = Object.values(hlc).sort().at(-1)!
  return { ...values, id, createdAt, deleted: values.deleted === true, _hlc: hlc, _updated: updated }
}
