import { formatHlc, type HlcString } from '@shared/sync/hlc'
import type { SyncedRow } from '@shared/sync/merge'
import type { CausalBase } from '@shared/sync/record'

/** Helpers for sync tests: records written by hand with explicit stamps. */

export function stamp(wall: number, replica = 'A', counter = 0): HlcString {
  return formatHlc({ wall, counter, replica })
}

/**
 * A record whose fields are given as [value, stamp] or [value, stamp, base]
 * (record.ts CausalBase). `deleted` defaults to false, stamped with the
 * earliest stamp given (as at creation). `_base` holds the bases given, and
 * is left out when none is (a record from before bases existed).
 */
export function row(
  id: string,
  fields: Record<string, readonly [unknown, HlcString, CausalBase?]>,
  createdAt = '2025-01-01T00:00:00.000Z',
): SyncedRow {
  const entries = Object.entries(fields)
  const first = entries.map(([, [, s]]) => s).sort()[0] ?? stamp(0)
  const values: Record<string, unknown> = { deleted: false }
  const hlc: Record<string, HlcString> = { deleted: first }
  const base: Record<string, CausalBase> = {}
  for (const [field, [value, s, b]] of entries) {
    values[field] = value
    hlc[field] = s
    if (b !== undefined) base[field] = b
  }
  const updated = Object.values(hlc).sort().at(-1)!
  const meta = { id, createdAt, deleted: values.deleted === true, _hlc: hlc, _updated: updated }
  return Object.keys(base).length > 0 ? { ...values, ...meta, _base: base } : { ...values, ...meta }
}
