import type { Table } from 'dexie'
import { ulid } from 'ulid'
import { isMetaField, type SyncMeta, type Synced } from '@shared/sync/record'
import type { BanwuDatabase } from './database'
import { CLOCK_KEY, type Replica } from './replica'

/**
 * The one way records of a synced table are written.
 *
 * Each write takes one fresh HLC stamp, records it against every field it
 * changes (and only those, so concurrent edits of different fields in two
 * offices both survive a merge), and persists the clock in the same
 * transaction so a restart never issues an older stamp.
 */
export class SyncedRepository<F extends object> {
  constructor(
    protected readonly db: BanwuDatabase,
    protected readonly table: Table<Synced<F>, string>,
    protected readonly replica: Replica,
  ) {}

  async get(id: string): Promise<Synced<F> | undefined> {
    return this.table.get(id)
  }

  /** Live records (not in the recycle bin). */
  async listLive(): Promise<Synced<F>[]> {
    return (await this.table.toArray()).filter((r) => !r.deleted)
  }

  async listDeleted(): Promise<Synced<F>[]> {
    return (await this.table.toArray()).filter((r) => r.deleted)
  }

  async create(fields: F, now: Date = new Date()): Promise<Synced<F>> {
    const stamp = this.replica.clock.tick()
    const values: Record<string, unknown> = { ...fields, deleted: false }
    const hlc: Record<string, string> = {}
    for (const key of Object.keys(values)) hlc[key] = stamp
    const meta: SyncMeta = {
      id: ulid(),
      createdAt: now.toISOString(),
      deleted: false,
      _hlc: hlc,
      _updated: stamp,
    }
    const record = { ...values, ...meta } as Synced<F>
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

  protected async patch(id: string, patch: Record<string, unknown>): Promise<Synced<F>> {
    let result: Synced<F> | undefined
    await this.write(async () => {
      const current = await this.table.get(id)
      if (!current) throw new Error(`记录不存在或已被永久移除（${id}）`)
      const changed = Object.entries(patch).filter(
        ([k, v]) =>
          !isMetaField(k) && v !== undefined && !sameValue((current as Record<string, unknown>)[k], v),
      )
      if (changed.length === 0) {
        result = current
        return
      }
      const stamp = this.replica.clock.tick()
      const next = { ...current, _hlc: { ...current._hlc }, _updated: stamp } as Synced<F>
      for (const [k, v] of changed) {
        ;(next as Record<string, unknown>)[k] = v
        next._hlc[k] = stamp
      }
      await this.table.put(next)
      result = next
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
