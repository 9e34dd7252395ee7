import type { Table } from 'dexie'
import type { z } from 'zod'
import { ulid } from 'ulid'
import { editBase, isMetaField, stampReplica, type SyncMeta, type Synced } from '@shared/sync/record'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'
import { ValidationError } from '@shared/validationError'
import type { BanwuDatabase } from './database'
import { CLOCK_KEY, type Replica } from './replica'

/**
 * The one way records of a synced table are written.
 *
 * Each write takes one fresh HLC stamp, records it against every field it
 * changes (and only those, so concurrent edits of different fields in two
 * offices both survive a merge), with each field's causal base (`_base`, so a
 * merge can tell this edit from a concurrent one), and persists the clock in
 * the same transaction so a restart never issues an older stamp.
 */
export class SyncedRepository<F extends object> {
  constructor(
    protected readonly db: BanwuDatabase,
    protected readonly table: Table<Synced<F>, string>,
    protected readonly replica: Replica,
  ) {}

  /**
   * The table's schema (shared/sync/tableSchemas.ts): every record is checked against it before it
   * is written, and an import or a restore checks every row of a file against the same object.
   */
  get schema(): z.ZodType | undefined {
    return SYNCED_ROW_SCHEMAS[this.table.name]
  }

  /** Refuses (ValidationError) a record the table's schema does not accept. */
  protected check(record: Synced<F>): void {
    const r = this.schema?.safeParse(record)
    if (r && !r.success) throw ValidationError.fromZod(r.error)
  }

  async get(id: string): Promise<Synced<F> | undefined> {
    return this.table.get(id)
  }

  /** Live records (not in the recycle bin). */
  async listLive(): Promise<Synced<F>[]> {
    return (await this.table.toArray()).filter((r) => !r.deleted)
  }

  /** Records whose indexed `field` equals `value`, those in the recycle bin included. */
  async listWhere(field: string, value: string): Promise<Synced<F>[]> {
    return this.table.where(field).equals(value).toArray()
  }

  /** Live records whose indexed `field` equals `value`. */
  async listLiveWhere(field: string, value: string): Promise<Synced<F>[]> {
    return (await this.listWhere(field, value)).filter((r) => !r.deleted)
  }

  async listDeleted(): Promise<Synced<F>[]> {
    return (await this.table.toArray()).filter((r) => r.deleted)
  }

  async create(fields: F, now: Date = new Date()): Promise<Synced<F>> {
    return this.insert(ulid(), fields, now)
  }

  /**
   * Creates the record with this id, or, when it exists (in the recycle bin too), changes only
   * the fields that differ and brings it back. For deterministic ids (an attendance mark is
   * session + enrollment), so the same fact written in two offices merges into one record.
   */
  async put(id: string, fields: F, now: Date = new Date()): Promise<Synced<F>> {
    let result: Synced<F> | undefined
    await this.write(async () => {
      const exists = (await this.table.get(id)) !== undefined
      result = exists
        ? await this.patch(id, { ...fields, deleted: false })
        : await this.insert(id, fields, now)
    })
    return result!
  }

  protected async insert(id: string, fields: F, now: Date): Promise<Synced<F>> {
    const record = newRecord<F>(id, fields, this.replica.clock.tick(), now)
    this.check(record)
    await this.write(async () => {
      await this.table.add(record)
    })
    return record
  }

  /** Changes only the fields whose values differ; returns the stored record. */
  async update(id: string, patch: Partial<F>): Promise<Synced<F>> {
    return this.patch(id, patch)
  }

  /** Moves a record to the recycle bin (a stamped tombstone; nothing is erased). */
  async softDelete(id: string): Promise<Synced<F>> {
    return this.patch(id, { deleted: true })
  }

  async restore(id: string): Promise<Synced<F>> {
    return this.patch(id, { deleted: false })
  }

  /**
   * `put` for many records: one transaction, one read and one write of the table, one stamp for
   * the batch (a roster import of thousands of rows). Ids must be distinct. Returns the stored
   * records in the order given; records whose fields already hold these values are not rewritten.
   * `stored`: the caller's read of these ids' stored records, made in the same transaction (ids
   * absent from it are new); saves a second read of thousands of ids in an import.
   */
  async putMany(
    entries: readonly { id: string; fields: F }[],
    now: Date = new Date(),
    stored?: ReadonlyMap<string, Synced<F>>,
  ): Promise<Synced<F>[]> {
    if (new Set(entries.map((e) => e.id)).size !== entries.length)
      throw new Error('putMany: ids must be distinct')
    const out: Synced<F>[] = []
    await this.write(async () => {
      const current = stored
        ? entries.map((e) => stored.get(e.id))
        : await this.table.bulkGet(entries.map((e) => e.id))
      let stamp: string | undefined
      const tick = () => (stamp ??= this.replica.clock.tick())
      const changed: Synced<F>[] = []
      entries.forEach(({ id, fields }, i) => {
        const existing = current[i]
        const record = existing
          ? withChangedFields(existing, { ...fields, deleted: false }, tick)
          : newRecord<F>(id, fields, tick(), now)
        if (record !== existing) {
          this.check(record)
          changed.push(record)
        }
        out.push(record)
      })
      if (changed.length > 0) await this.table.bulkPut(changed)
    })
    return out
  }

  protected async patch(id: string, patch: Record<string, unknown>): Promise<Synced<F>> {
    let result: Synced<F> | undefined
    await this.write(async () => {
      const current = await this.table.get(id)
      if (!current) throw new Error(`记录不存在或已被永久移除（${id}）`)
      result = withChangedFields(current, patch, () => this.replica.clock.tick())
      if (result !== current) {
        this.check(result)
        await this.table.put(result)
      }
    })
    return result!
  }

  /** Runs a write with the clock persisted in the same transaction. */
  protected async write(fn: () => Promise<void>): Promise<void> {
    await this.db.transaction('rw', [this.table, this.db.local], async () => {
      await fn()
      await this.db.local.put({ key: CLOCK_KEY, value: this.replica.clock.current() })
    })
  }
}

/** Structural equality for the plain JSON-like values records hold. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

/** A new record with every field stamped (as `insert` does). */
export function newRecord<F extends object>(id: string, fields: F, stamp: string, now: Date): Synced<F> {
  const values: Record<string, unknown> = { ...fields, deleted: false }
  const hlc: Record<string, string> = {}
  const base: Record<string, string> = {}
  for (const key of Object.keys(values)) {
    hlc[key] = stamp
    base[key] = ''
  }
  const meta: SyncMeta = {
    id,
    createdAt: now.toISOString(),
    deleted: false,
    _hlc: hlc,
    _updated: stamp,
    _base: base,
  }
  return { ...values, ...meta } as Synced<F>
}

/** The record with the differing fields changed and stamped (as `patch` does), or the same object if none differ. */
function withChangedFields<F extends object>(
  current: Synced<F>,
  patch: Record<string, unknown>,
  tick: () => string,
): Synced<F> {
  const changed = Object.entries(patch).filter(
    ([k, v]) => !isMetaField(k) && v !== undefined && !sameValue((current as Record<string, unknown>)[k], v),
  )
  if (changed.length === 0) return current
  const stamp = tick()
  const next = {
    ...current,
    _hlc: { ...current._hlc },
    _updated: stamp,
    _base: { ...current._base },
  } as Synced<F> & Required<SyncMeta>
  for (const [k, v] of changed) {
    ;(next as Record<string, unknown>)[k] = v
    next._hlc[k] = stamp
    next._base[k] = editBase(current, k, stampReplica(stamp))
  }
  return next
}
