import { emptyPerson } from '../../src/renderer/db/roster/rosterBuilders'
import { formatHlc, type HlcString } from '@shared/sync/hlc'
import type { SyncedRow } from '@shared/sync/merge'
import type { CausalBase } from '@shared/sync/record'

/** Helpers for sync tests: records written by hand with explicit stamps. */

export function stamp(wall: number, replica = 'A', counter = 0): HlcString {
  return formatHlc({ wall, counter, replica: replicaId(replica) })
}

/**
 * A replica id of the real shape (a ULID, hlc.ts REPLICA_ID_PATTERN) for a short test name:
 * 'A' → '0000000000000000000000000A'. Ids sort as their names do.
 */
export function replicaId(name: string): string {
  return name.padStart(26, '0')
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

/** Values of a valid record per table (shared/sync/tableSchemas.ts), for rows a test fills in only partly. */
export const VALID_FIELDS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  classes: {
    name: '测试班',
    type: 'chuji',
    tier: 'key',
    startDate: '2025-03-01',
    endDate: '2025-07-01',
    totalHours: 0,
    residential: true,
    noLeave: false,
    headTeachers: [],
    status: 'preparing',
    note: '',
  },
  people: Object.fromEntries(Object.entries(emptyPerson('测试学员'))),
}

/**
 * `row` for a record of `table` that passes the table's schema: the fields given, and the rest
 * from VALID_FIELDS stamped with the earliest stamp given (as at creation).
 */
export function tableRow(
  table: string,
  id: string,
  fields: Record<string, readonly [unknown, HlcString, CausalBase?]>,
  createdAt?: string,
): SyncedRow {
  const first =
    Object.values(fields)
      .map(([, s]) => s)
      .sort()[0] ?? stamp(0)
  const all: Record<string, readonly [unknown, HlcString, CausalBase?]> = {}
  for (const [f, v] of Object.entries(VALID_FIELDS[table] ?? {})) all[f] = [v, first]
  return row(id, { ...all, ...fields }, createdAt)
}
