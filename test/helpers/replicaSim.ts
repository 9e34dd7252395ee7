import { canonicalJson, sameFieldValue } from '@shared/sync/fieldValue'
import { HybridClock, type HlcString } from '@shared/sync/hlc'
import { planImport } from '@shared/sync/importPlan'
import type { Conflict, SyncedRow } from '@shared/sync/merge'
import { naturalKeyId } from '@shared/sync/naturalKey'
import { editBase, isMetaField } from '@shared/sync/record'
import { buildSnapshot, type Snapshot } from '@shared/sync/snapshot'

/**
 * A model of offices that edit and exchange snapshots, for the property
 * tests (merge.property.test.ts). Local edits follow SyncedRepository: one
 * fresh stamp per write on exactly the fields that change, with their bases
 * (record.ts `editBase`); imports go through planImport and write its rows,
 * as the app does.
 *
 * It also keeps the evidence the tests check against, recorded as it happens
 * and never read from the merge's own metadata: every write ever made (to
 * compute the expected converged state independently of the merge) and every
 * value a user overwrote by their own edit while holding it (a deliberate
 * loss: that edit's author had seen the value).
 */

export const TABLES = {
  classes: { name: ['一班', '二班', '三班'], status: ['preparing', 'running', 'finished'] },
  people: {
    name: ['张三', '李四', '王五'],
    phone: ['139', '138', null],
    tags: [[], ['党员'], ['党员', '班委']],
  },
  attendance: { mark: ['present', 'late', 'absent'], note: ['', '病假', '事假'] },
} as const satisfies Record<string, Record<string, readonly unknown[]>>
export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]

/** A table's fields, each with the values a history may write to it. */
function fieldDomains(table: TableName): [string, readonly unknown[]][] {
  return Object.entries(TABLES[table] as Record<string, readonly unknown[]>)
}

// Replica ids have the shape of real ones (ULIDs, hlc.ts REPLICA_ID_PATTERN); they sort A < B < C.
export const REPLICA_IDS = [
  '0000000000000000000000000A',
  '0000000000000000000000000B',
  '0000000000000000000000000C',
] as const

/** Wall clocks start apart: B runs 3 minutes ahead, C an hour behind. */
const CLOCK_SKEW_MS = [0, 180_000, -3_600_000]
const EPOCH = 1_750_000_000_000
const SCHOOL = '某市委党校'
const SCHOOL_ID = '01JDSCH00000000000000000AA'

export type Op =
  | { kind: 'create'; r: number; table: 'classes' | 'people'; values: number[] }
  | { kind: 'mark'; r: number; session: number; person: number; value: number }
  | { kind: 'edit'; r: number; table: TableName; pick: number; field: number; value: number }
  | { kind: 'delete' | 'restore'; r: number; table: TableName; pick: number }
  | { kind: 'time'; r: number; ms: number }
  | { kind: 'export'; r: number }
  | { kind: 'import'; r: number; file: number }

/** A write as made: the table, record, field, stamp, value (canonical JSON) and base (record.ts `_base`). */
export interface Write {
  table: string
  id: string
  field: string
  stamp: HlcString
  value: string
  base: HlcString
}

export class Office {
  readonly id: string
  wall: number
  readonly clock: HybridClock
  readonly tables: Record<string, Map<string, SyncedRow>> = {}
  readonly log: Conflict[] = []
  readonly logKeys = new Set<string>()
  readonly mergedMarks: Record<string, HlcString> = {}
  private created = 0

  constructor(
    index: number,
    private readonly world: World,
  ) {
    this.id = REPLICA_IDS[index]!
    this.wall = EPOCH + CLOCK_SKEW_MS[index]!
    this.clock = new HybridClock(this.id, () => this.wall)
    for (const t of TABLE_NAMES) this.tables[t] = new Map()
  }

  rows(table: string): SyncedRow[] {
    return [...(this.tables[table]?.values() ?? [])]
  }

  /** Records of a table in a stable order, so `pick` means the same record in a replayed history. */
  private pick(table: TableName, pick: number): SyncedRow | undefined {
    const ids = [...this.tables[table]!.keys()].sort()
    return ids.length === 0 ? undefined : this.tables[table]!.get(ids[pick % ids.length]!)
  }

  create(table: TableName, id: string, values: Record<string, unknown>): void {
    const s = this.clock.tick()
    const all: Record<string, unknown> = { ...values, deleted: false }
    const hlc: Record<string, HlcString> = {}
    const base: Record<string, HlcString> = {}
    for (const k of Object.keys(all)) {
      hlc[k] = s
      base[k] = ''
    }
    const row = deepFreeze({
      ...all,
      id,
      createdAt: new Date(this.wall).toISOString(),
      deleted: false,
      _hlc: hlc,
      _updated: s,
      _base: base,
    }) as SyncedRow
    this.tables[table]!.set(id, row)
    for (const [field, value] of Object.entries(all))
      this.world.recordWrite({ table, id, field, stamp: s, value, base: '' })
    this.world.creations.push({ table, id, createdAt: row.createdAt })
  }

  patch(table: TableName, id: string, changes: Record<string, unknown>): void {
    const cur = this.tables[table]!.get(id)!
    const changed = Object.entries(changes).filter(([k, v]) => !sameFieldValue(cur[k], v))
    if (changed.length === 0) return
    const s = this.clock.tick()
    const hlc = { ...cur._hlc }
    const base = { ...cur._base }
    const next: Record<string, unknown> = { ...cur, _hlc: hlc, _updated: s, _base: base }
    for (const [k, v] of changed) {
      this.world.overwrittenByUser.push([table, id, k, cur._hlc[k] ?? '', canonicalJson(cur[k])])
      next[k] = v
      hlc[k] = s
      const b = editBase(cur, k, this.id)
      base[k] = b
      this.world.recordWrite({ table, id, field: k, stamp: s, value: v, base: b })
    }
    this.tables[table]!.set(id, deepFreeze(next) as SyncedRow)
  }

  apply(op: Op): void {
    const values = (table: TableName, picks: number[]) => {
      const out: Record<string, unknown> = {}
      fieldDomains(table).forEach(([field, domain], i) => {
        out[field] = domain[(picks[i] ?? 0) % domain.length]
      })
      return out
    }
    switch (op.kind) {
      case 'create':
        return this.create(op.table, `${op.table}-${this.id}${this.created++}`, values(op.table, op.values))
      case 'mark': {
        // Attendance has a natural key: both offices marking the same cell write the same record.
        const id = naturalKeyId('att', `s${op.session}`, `p${op.person}`)
        const mark = TABLES.attendance.mark[op.value % 3]
        if (this.tables.attendance!.has(id)) return this.patch('attendance', id, { mark, deleted: false })
        return this.create('attendance', id, { mark, note: '' })
      }
      case 'edit': {
        const rec = this.pick(op.table, op.pick)
        if (!rec) return
        const fields = fieldDomains(op.table)
        const [field, domain] = fields[op.field % fields.length]!
        return this.patch(op.table, rec.id, { [field]: domain[op.value % domain.length] })
      }
      case 'delete':
      case 'restore': {
        const rec = this.pick(op.table, op.pick)
        if (rec) this.patch(op.table, rec.id, { deleted: op.kind === 'delete' })
        return
      }
      case 'time':
        // The wall clock may also jump back (someone fixes the PC's date).
        this.wall += op.ms
        return
      case 'export':
        this.world.files.push(this.exportSnapshot())
        return
      case 'import': {
        const file = this.world.files[op.file % Math.max(1, this.world.files.length)]
        if (file) this.importSnapshot(file)
        return
      }
    }
  }

  exportSnapshot(): Snapshot {
    const tables: Record<string, SyncedRow[]> = {}
    for (const t of TABLE_NAMES) tables[t] = this.rows(t)
    const source = {
      schemaVersion: 1,
      appVersion: 'test',
      school: SCHOOL,
      schoolId: SCHOOL_ID,
      replicaId: this.id,
      replicaName: `办公点${this.id}`,
      clockStamp: this.clock.current(),
      scope: 'all' as const,
      createdAt: new Date(this.wall),
    }
    return buildSnapshot(source, tables)
  }

  /** Imports like the app: plan, check, write the planned rows, log the new conflicts, advance the clock. */
  importSnapshot(file: Snapshot): void {
    const local: Record<string, SyncedRow[]> = {}
    for (const t of TABLE_NAMES) local[t] = this.rows(t)
    const plan = planImport(local, file, {
      school: { id: SCHOOL_ID, name: SCHOOL, provisional: false },
      schemaVersion: 1,
      mergedMarks: this.mergedMarks,
      knownConflictKeys: this.logKeys,
      confirmed: { olderThanMerged: true, massDelete: true, massOverwrite: true },
      now: this.wall,
      // The model's tables are abstract (TABLES), not the app's: only their sync fields are checked.
      rowSchemas: {},
    })
    if (!plan.canApply)
      throw new Error(`Import refused: ${plan.refusals.map((r) => `${r.code} ${r.message}`).join(', ')}`)
    for (const [t, rows] of Object.entries(plan.rows))
      for (const r of rows) this.tables[t]!.set(r.id, deepFreeze(r))
    for (const c of plan.conflicts) {
      this.log.push(c)
      this.logKeys.add(conflictKeyOf(c))
    }
    this.mergedMarks[file.header.replicaId] = plan.mergedMark
    this.clock.receive(file.header.hlcHighWater)
    this.world.checkNothingDropped(this, local, file)
  }

  /** The whole state as one canonical string, to compare offices. */
  fingerprint(): string {
    const out: Record<string, unknown[]> = {}
    for (const t of TABLE_NAMES) out[t] = this.rows(t).sort((a, b) => (a.id < b.id ? -1 : 1))
    return canonicalJson(out)
  }
}

function conflictKeyOf(c: Conflict): string {
  return `${c.table}\u0000${c.recordId}\u0000${c.field}\u0000${c.losingStamp}`
}

/** One value (as canonical JSON) of one field of one record, whatever its stamp. */
function valueKey(table: string, id: string, field: string, json: string): string {
  return JSON.stringify([table, id, field, json])
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}

/** The three offices, the files they exported, and the evidence. */
export class World {
  readonly offices: Office[]
  readonly files: Snapshot[] = []
  readonly writes: Write[] = []
  readonly creations: { table: string; id: string; createdAt: string }[] = []
  /** Values a user replaced by their own edit, as [table, id, field, stamp, canonical value]. */
  readonly overwrittenByUser: [string, string, string, HlcString, string][] = []
  /** Violations of the per-merge rule, reported by the tests. */
  readonly dropped: string[] = []

  constructor() {
    this.offices = REPLICA_IDS.map((_, i) => new Office(i, this))
  }

  recordWrite(w: Omit<Write, 'value'> & { value: unknown }): void {
    this.writes.push({ ...w, value: canonicalJson(w.value) })
  }

  /**
   * The per-merge rule: every field value held before an import, here or in
   * the file, is after it in the record; or it is accounted for (see
   * `accounted`): in some office's conflict log, or replaced by a user who held
   * it. An import may leave a loss unlogged only when the winning edit's
   * author is on record as having had the value.
   */
  checkNothingDropped(office: Office, before: Record<string, SyncedRow[]>, file: Snapshot): void {
    let accounted: Map<string, HlcString> | undefined
    for (const [t, rows] of [...Object.entries(before), ...Object.entries(file.tables)]) {
      for (const r of rows) {
        const after = office.tables[t]!.get(r.id)
        for (const [field, value] of Object.entries(r)) {
          if (isMetaField(field)) continue
          if (after && sameFieldValue(after[field], value)) continue
          accounted ??= this.accounted()
          const s = accounted.get(valueKey(t, r.id, field, canonicalJson(value)))
          if (s !== undefined && s >= (r._hlc[field] ?? '')) continue
          this.dropped.push(`${office.id} lost ${t}/${r.id}.${field}=${canonicalJson(value)}`)
        }
      }
    }
  }

  /**
   * Values whose loss is on record, each with the newest stamp it is on
   * record under: every office's conflict log, and every value a user replaced
   * by their own edit in an office that held it. "Newest" because an equal
   * value arriving with a newer stamp carries the older write along.
   */
  private accounted(): Map<string, HlcString> {
    const out = new Map<string, HlcString>()
    const add = (t: string, id: string, f: string, s: HlcString, json: string) => {
      const k = valueKey(t, id, f, json)
      if ((out.get(k) ?? '') < s) out.set(k, s)
    }
    for (const o of this.offices)
      for (const c of o.log) add(c.table, c.recordId, c.field, c.losingStamp, canonicalJson(c.losingValue))
    for (const [t, id, f, s, json] of this.overwrittenByUser) add(t, id, f, s, json)
    return out
  }

  /**
   * The state all offices must reach, computed from the writes alone: per
   * field, the write with the greatest stamp, with its base; creation time the
   * earliest.
   */
  expectedState(): string {
    type Expected = Record<string, unknown> & {
      id: string
      createdAt: string
      _hlc: Record<string, HlcString>
      _base: Record<string, HlcString>
    }
    const out: Record<string, Map<string, Expected>> = {}
    for (const t of TABLE_NAMES) out[t] = new Map()
    for (const c of this.creations) {
      const rec = out[c.table]!.get(c.id)
      if (!rec) out[c.table]!.set(c.id, { id: c.id, createdAt: c.createdAt, _hlc: {}, _base: {} })
      else if (c.createdAt < rec.createdAt) rec.createdAt = c.createdAt
    }
    for (const w of this.writes) {
      const rec = out[w.table]!.get(w.id)!
      if ((rec._hlc[w.field] ?? '') >= w.stamp) continue
      rec._hlc[w.field] = w.stamp
      rec._base[w.field] = w.base
      rec[w.field] = JSON.parse(w.value) as unknown
    }
    const tables: Record<string, unknown[]> = {}
    for (const t of TABLE_NAMES) {
      tables[t] = [...out[t]!.values()]
        .map((r) => ({ ...r, _updated: Object.values(r._hlc).sort().at(-1) }))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
    }
    return canonicalJson(tables)
  }

  /**
   * No value is lost: every value ever written is at the end, under the same
   * or a newer stamp, in the final state, in some office's conflict log, or
   * among the values a user replaced by their own edit in an office that held
   * them (so the replacing write's author had seen the value: an ordinary
   * later edit, which the merge need not log). "Newer stamp" because an equal
   * value arriving with a newer stamp carries the older write along.
   */
  lostWrites(final: Office): string[] {
    const kept = this.accounted()
    for (const t of TABLE_NAMES)
      for (const r of final.rows(t))
        for (const [f, s] of Object.entries(r._hlc)) {
          const k = valueKey(t, r.id, f, canonicalJson(r[f]))
          if ((kept.get(k) ?? '') < s) kept.set(k, s)
        }
    return this.writes
      .filter((w) => {
        const s = kept.get(valueKey(w.table, w.id, w.field, w.value))
        return s === undefined || s < w.stamp
      })
      .map((w) => `${w.table}/${w.id}.${w.field}=${w.value}@${w.stamp}`)
  }
}
