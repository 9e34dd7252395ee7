import { z } from 'zod'
import { formatHlc, MAX_FORWARD_DRIFT_MS, MAX_HLC_WALL, REPLICA_ID_PATTERN } from './hlc'
import type { SyncedRow } from './merge'
import { fileProblem } from './rowValidation'
import { buildSnapshot, type Snapshot } from './snapshot'
import { SYNCED_ROW_SCHEMAS } from './tableSchemas'

/**
 * The generated part of docs/snapshot-format.md: the tables and their fields (from the zod
 * schemas, tableSchemas.ts), the stamp grammar and its bounds, the drift bound, the validation
 * rules and the refusal messages (made by running the validation on sample files). The doc
 * holds it between BEGIN_MARK and END_MARK; snapshotDoc.test.ts fails when it differs, and
 * `npm run docs:snapshot` rewrites it.
 */

export const BEGIN_MARK = '<!-- BEGIN GENERATED: snapshot validation (npm run docs:snapshot; do not edit) -->'
export const END_MARK = '<!-- END GENERATED: snapshot validation -->'

type Json = Record<string, unknown>

/** A JSON Schema node in a few words: `string`, an enum's values, `number | null`, `string[]`, … */
function typeText(node: Json | undefined): string {
  if (!node || Object.keys(node).length === 0) return 'any'
  if (Array.isArray(node.enum)) return node.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (node.const !== undefined) return JSON.stringify(node.const)
  const alts = (node.anyOf ?? node.oneOf) as Json[] | undefined
  if (alts) return alts.map(typeText).join(' | ')
  const t = node.type
  if (t === 'array') {
    const inner = typeText(node.items as Json | undefined)
    return inner.includes(' ') ? `(${inner})[]` : `${inner}[]`
  }
  if (t === 'object') {
    const props = node.properties as Record<string, Json> | undefined
    if (!props) return 'object'
    const req = new Set((node.required as string[] | undefined) ?? [])
    return `{ ${Object.entries(props)
      .map(([k, v]) => `${k}${req.has(k) ? '' : '?'}: ${typeText(v)}`)
      .join('; ')} }`
  }
  if (Array.isArray(t)) return t.map((x) => typeText({ ...node, type: x })).join(' | ')
  if (t === 'integer') return 'integer'
  if (typeof t === 'string') return t
  return 'any'
}

/** Constraints worth a reader's note: formats, lengths, ranges. */
function notes(node: Json): string {
  const out: string[] = []
  if (typeof node.pattern === 'string') out.push(`pattern \`${node.pattern}\``)
  if (typeof node.minLength === 'number' && node.minLength > 0)
    out.push(`at least ${node.minLength} character(s)`)
  if (typeof node.maxLength === 'number') out.push(`at most ${node.maxLength} characters`)
  const bound = (n: unknown): n is number => typeof n === 'number' && Math.abs(n) < Number.MAX_SAFE_INTEGER
  if (bound(node.minimum)) out.push(`≥ ${node.minimum}`)
  if (bound(node.maximum)) out.push(`≤ ${node.maximum}`)
  if (typeof node.maxItems === 'number') out.push(`at most ${node.maxItems} items`)
  return out.join(', ')
}

function tableSection(name: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Json
  const props = (json.properties ?? {}) as Record<string, Json>
  const required = new Set((json.required as string[] | undefined) ?? [])
  const lines = [
    `#### \`${name}\``,
    '',
    '| Field | Type | Required | Constraints |',
    '|---|---|---|---|',
    ...Object.entries(props).map(
      ([field, node]) =>
        `| \`${field}\` | ${typeText(node).replaceAll('|', '\\|')} | ${required.has(field) ? 'yes' : 'no'} | ${notes(node)} |`,
    ),
  ]
  if (name === 'attachments')
    lines.push('', '`bytes` is binary: `{"$bytes": "<base64>"}` in the file (see Body).')
  return lines.join('\n')
}

/* Sample files for the messages table: fixed stamps and a fixed "now", so the text is stable. */
const NOW = Date.UTC(2025, 10, 20, 12) // midday UTC: the same calendar day in every time zone
const DAY = 24 * 60 * 60 * 1000
const OFFICE = '01JDXYZ0000000000000000000'
const S1 = formatHlc({ wall: NOW - 2 * DAY, counter: 0, replica: OFFICE })
const S2 = formatHlc({ wall: NOW - DAY, counter: 0, replica: OFFICE })

function sampleClass(): SyncedRow {
  const values: Record<string, unknown> = {
    name: '2025年春季中青班',
    type: 'zhongqing',
    tier: 'key',
    startDate: '2025-03-03',
    endDate: '2025-05-30',
    totalHours: 120,
    residential: true,
    noLeave: true,
    headTeachers: ['王老师'],
    status: 'preparing',
    note: '',
    deleted: false,
  }
  const hlc = Object.fromEntries(Object.keys(values).map((k) => [k, S1]))
  hlc.note = S2
  return {
    ...values,
    id: '01JDCLASS00000000000000000',
    createdAt: '2025-11-18T12:00:00.000Z',
    deleted: false,
    _hlc: hlc,
    _updated: S2,
  }
}

function sampleFile(edit: (row: Record<string, unknown>, s: Snapshot) => void): Snapshot {
  const s = buildSnapshot(
    {
      schemaVersion: 1,
      appVersion: '0.1.0',
      school: '某市委党校',
      replicaId: OFFICE,
      replicaName: '分校',
      clockStamp: S2,
      scope: 'all',
    },
    { classes: [sampleClass()] },
  )
  edit(s.tables.classes![0] as Record<string, unknown>, s)
  return s
}

const ahead = (days: number) => formatHlc({ wall: NOW + days * DAY, counter: 0, replica: OFFICE })

const MESSAGE_CASES: [string, (row: Record<string, unknown>, s: Snapshot) => void][] = [
  ['High-water mark 3 days ahead of this PC', (_, s) => (s.header.hlcHighWater = ahead(3))],
  [
    'A field stamp 3 days ahead',
    (r) => {
      ;(r._hlc as Record<string, string>).note = ahead(3)
      r._updated = ahead(3)
    },
  ],
  ['High-water mark not a stamp', (_, s) => (s.header.hlcHighWater = '~')],
  ['Field stamp `~`', (r) => ((r._hlc as Record<string, string>).name = '~')],
  ['`_updated` with a 16-digit wall', (r) => (r._updated = `0${S2}`)],
  ['`_updated` not the highest field stamp', (r) => (r._updated = S1)],
  [
    'A stamp above the high-water mark',
    (r, s) => {
      s.header.hlcHighWater = S1
      void r
    },
  ],
  ['`deleted` not a boolean', (r) => (r.deleted = 'yes')],
  ['`id` empty', (r) => (r.id = '')],
  ['A value of the wrong type (`startDate` an object)', (r) => (r.startDate = { year: 2025 })],
  ['A code this version does not know', (r) => (r.status = 'exploded')],
  ['A required field missing', (r) => delete r.tier],
]

const LABELS = { classes: '班次' }

function messagesTable(): string {
  const rows = MESSAGE_CASES.map(([what, edit]) => {
    const p = fileProblem(sampleFile(edit), { now: NOW, tableLabels: LABELS })
    if (!p) throw new Error(`snapshotDoc: sample "${what}" was not refused`)
    return `| ${what} | \`${p.code === 'clockAhead' ? 'clockAhead' : 'invalidContent'}\` (${p.code}) | ${p.message} |`
  })
  return [
    '| Sample file | Refusal (problem) | Message shown (for a class, on 2025-11-20) |',
    '|---|---|---|',
    ...rows,
  ].join('\n')
}

/** The generated block, without the markers. */
export function renderSnapshotDoc(): string {
  const tables = Object.entries(SYNCED_ROW_SCHEMAS)
    .map(([name, schema]) => tableSection(name, schema))
    .join('\n\n')
  return `### Stamps

A hybrid-clock stamp (\`hlcHighWater\`, the values of \`_hlc\`, \`_updated\`, and each stamp of a \`_base\`
entry) is exactly:

\`\`\`
stamp   = wall "-" counter "-" replica
wall    = 15 DIGIT        ; milliseconds since 1970-01-01 UTC, zero-padded, at most ${MAX_HLC_WALL} (end of year 9999 UTC)
counter = 6 DIGIT         ; edits within one millisecond, zero-padded
replica = ULID            ; ${REPLICA_ID_PATTERN.source}
\`\`\`

Anything else (\`~\`, a 16-digit wall, a 5-digit counter, a lower-case or short replica id, spaces) is
not a stamp. A clock never rolls past the bound: a stamp beyond it is refused (\`HlcRangeError\`), not
taken in. A \`_base\` entry is \`''\` or stamps joined by single spaces.

**Drift bound.** No stamp of a file (its high-water mark, any field stamp, any base stamp) may be more
than ${MAX_FORWARD_DRIFT_MS / DAY} day (\`MAX_FORWARD_DRIFT_MS\` = ${MAX_FORWARD_DRIFT_MS} ms) ahead of the
importing PC's clock. Such a file is refused (\`clockAhead\`), naming the office that made it: that PC's
clock is wrong, and merging would push this office's clock, and every later edit here, into the future.
A restore measures against the later of the PC's clock and this office's own clock.

### Validation

Before anything is written, the dry run of an import (\`planImport\`) and a restore (\`replaceAll\`)
check every row of the file (\`src/shared/sync/rowValidation.ts\`). The first problem refuses the whole
file, never overridable, with a Chinese message naming the area, the record (its name where it has one,
and its id) and the field. In order:

1. the high-water mark is a stamp, within the drift bound;
2. per row: \`id\` a non-empty string; \`deleted\` a boolean; \`createdAt\` a string if present;
   \`_hlc\` an object of stamps; \`_updated\` a stamp equal to the highest of \`_hlc\`; \`_base\`, if
   present, an object of \`''\` or space-joined stamps; every stamp within the drift bound and not above
   the file's high-water mark;
3. per row: its values against the table's schema below (\`SYNCED_ROW_SCHEMAS\`,
   \`src/shared/sync/tableSchemas.ts\`), the same schema objects the app's repositories check every write
   with.

Members a table's schema does not list are allowed and kept (a newer minor version may add a field);
a listed member of the wrong type, a code this version does not know, or a required member missing
refuses the file.

${messagesTable()}

### Tables and fields

Generated from the zod schemas. Every row also carries the sync members above (\`id\`, \`createdAt\`,
\`deleted\`, \`_hlc\`, \`_updated\`, \`_base\`). "Required: no" marks a member older records may lack
or that defaults (e.g. \`note\` to \`''\`).

${tables}`
}

/** The doc with its generated block replaced by `block`; throws when the markers are missing. */
export function withGeneratedBlock(doc: string, block: string): string {
  const begin = doc.indexOf(BEGIN_MARK)
  const end = doc.indexOf(END_MARK)
  if (begin < 0 || end < begin)
    throw new Error(`docs/snapshot-format.md lacks the markers ${BEGIN_MARK} … ${END_MARK}`)
  return `${doc.slice(0, begin + BEGIN_MARK.length)}\n\n${block}\n\n${doc.slice(end)}`
}
