import type { Synced, SyncMeta } from '@shared/sync/record'
import { SyncedRepository } from './syncedRepository'

/**
 * A synced table whose records have ids built from a natural key (a class's checklist item is
 * `${classId}:${code}`). Writing one is an upsert: an existing record with that id, even one in
 * the recycle bin, is brought to the new values (only changed fields are stamped) and made live
 * again, so two offices creating the same fact end up with one record.
 *
 * Nothing here is specific to checklists; it lives beside them until another area needs it.
 */
export class KeyedRecords<F extends object> extends SyncedRepository<F> {
  async upsert(id: string, fields: F, now: Date = new Date()): Promise<Synced<F>> {
    let result: Synced<F> | undefined
    await this.write(async () => {
      if (await this.table.get(id)) {
        // Nested in this transaction (same tables), so the read and the patch are atomic.
        result = await this.patch(id, { ...fields, deleted: false })
        return
      }
      const stamp = this.replica.clock.tick()
      const values: Record<string, unknown> = { ...fields, deleted: false }
      const hlc: Record<string, string> = {}
      for (const key of Object.keys(values)) hlc[key] = stamp
      const meta: SyncMeta = { id, createdAt: now.toISOString(), deleted: false, _hlc: hlc, _updated: stamp }
      const record = { ...values, ...meta } as Synced<F>
      await this.table.add(record)
      result = record
    })
    return result!
  }

  /** Live records whose indexed `field` equals `value`. */
  async listLiveWhere(field: string, value: string): Promise<Synced<F>[]> {
    return (await this.table.where(field).equals(value).toArray()).filter((r) => !r.deleted)
  }
}
