import { ulid } from 'ulid'
import { HybridClock } from '@shared/sync/hlc'
import type { BanwuDatabase } from './database'

/**
 * This installation as a sync replica: a random id that never changes, and
 * the clock that stamps its edits, resumed from the last stamp persisted.
 */
export interface Replica {
  id: string
  clock: HybridClock
}

export const REPLICA_KEY = 'replicaId'
export const CLOCK_KEY = 'clock'

export async function loadReplica(db: BanwuDatabase, now: () => number = Date.now): Promise<Replica> {
  return db.transaction('rw', db.local, async () => {
    let id = (await db.local.get(REPLICA_KEY))?.value as string | undefined
    if (!id) {
      id = ulid()
      await db.local.put({ key: REPLICA_KEY, value: id })
    }
    const last = (await db.local.get(CLOCK_KEY))?.value as string | undefined
    return { id, clock: new HybridClock(id, now, last) }
  })
}
