import Dexie from 'dexie'
import { ulid } from 'ulid'
import { formatHlc, parseHlc } from '@shared/sync/hlc'
import { BanwuDatabase, SYNCED_TABLES } from './database'
import { CLOCK_KEY, REPLICA_KEY } from './replica'
import { SETTINGS_KEY } from './settingsRepository'
import {
  diagnoseStartup,
  type LocalRepair,
  type StartupDiagnosis,
  type StartupProbe,
} from './startupDiagnosis'

/**
 * The recovery screen's reads and writes (issue 12, point 6). Everything here
 * works on a database the app could not open: it reads the stored values
 * without the repositories' checks and never relies on the clock or the
 * replica being sound.
 */

const errorName = (e: unknown) => (e instanceof Error ? e.name : 'Error')
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** Opens the database with the app's schema and reads the local table as stored. */
export async function probeStartup(name = 'banwu'): Promise<StartupProbe> {
  const db = new BanwuDatabase(name)
  try {
    await db.open()
    const [replicaId, clock, settings] = await Promise.all(
      [REPLICA_KEY, CLOCK_KEY, SETTINGS_KEY].map(async (k) => (await db.local.get(k))?.value),
    )
    return { opened: true, replicaId, clock, settings }
  } catch (e) {
    return { opened: false, errorName: errorName(e), message: errorText(e) }
  } finally {
    db.close()
  }
}

/** Probe and diagnose in one: what the start screen shows after `openData` failed with `error`. */
export async function diagnose(error: unknown, name = 'banwu'): Promise<StartupDiagnosis> {
  return diagnoseStartup(await probeStartup(name), errorText(error))
}

/** The highest `_updated` stamp in the synced tables; unreadable stamps are skipped. */
async function highestStamp(db: BanwuDatabase): Promise<{ wall: number; counter: number }> {
  let best = { wall: 0, counter: 0 }
  for (const table of SYNCED_TABLES) {
    await db.table(table).each((row: { _updated?: unknown }) => {
      if (typeof row._updated !== 'string') return
      try {
        const h = parseHlc(row._updated)
        if (h.wall > best.wall || (h.wall === best.wall && h.counter > best.counter))
          best = { wall: h.wall, counter: h.counter }
      } catch {
        // A damaged stamp says nothing about the clock.
      }
    })
  }
  return best
}

/**
 * Puts the local table right as the diagnosis says: the replica id kept (or
 * taken from the clock stamp, or new), the clock rebuilt from the highest
 * stamp in the data so no later edit sorts before an earlier one, and
 * unreadable settings dropped. Touches no synced table.
 */
export async function repairLocalState(repair: LocalRepair, name = 'banwu'): Promise<void> {
  const db = new BanwuDatabase(name)
  try {
    await db.open()
    const id = repair.replicaId ?? ulid()
    const high = repair.rebuildClock ? await highestStamp(db) : null
    await db.transaction('rw', db.local, async () => {
      await db.local.put({ key: REPLICA_KEY, value: id })
      if (high) await db.local.put({ key: CLOCK_KEY, value: formatHlc({ ...high, replica: id }) })
      if (repair.resetSettings) await db.local.delete(SETTINGS_KEY)
    })
  } finally {
    db.close()
  }
}

/** Reads every object store of a database with plain IndexedDB, as stored. */
function readAllStores(name: string): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onerror = () => reject(open.error ?? new Error('无法打开数据库'))
    // The database did not exist: opening created it empty at version 1; nothing to read.
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onsuccess = () => {
      const idb = open.result
      const names = [...idb.objectStoreNames]
      const out: Record<string, unknown[]> = {}
      if (names.length === 0) {
        idb.close()
        resolve(out)
        return
      }
      const tx = idb.transaction(names, 'readonly')
      for (const store of names) {
        const req = tx.objectStore(store).getAll()
        req.onsuccess = () => (out[store] = req.result as unknown[])
      }
      tx.oncomplete = () => {
        idb.close()
        resolve(out)
      }
      tx.onerror = () => {
        idb.close()
        reject(tx.error ?? new Error('读取数据库失败'))
      }
    }
  })
}

const toBase64 = (bytes: Uint8Array) => {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** Binary values and dates in a form JSON keeps; everything else as stored. */
async function jsonSafe(value: unknown): Promise<unknown> {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) }
  if (value instanceof ArrayBuffer) return { $bytes: toBase64(new Uint8Array(value)) }
  if (value instanceof Blob)
    return { $blob: value.type, $bytes: toBase64(new Uint8Array(await value.arrayBuffer())) }
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? null : value.toISOString() }
  if (Array.isArray(value)) return Promise.all(value.map(jsonSafe))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = await jsonSafe(v)
    return out
  }
  return value
}

/**
 * The whole database as JSON, for support: every object store, every row as
 * stored (no validation), binary values as base64.
 */
export async function dumpDatabase(name = 'banwu', now = new Date()): Promise<Uint8Array> {
  const stores = await readAllStores(name)
  const tables: Record<string, unknown> = {}
  for (const [store, rows] of Object.entries(stores)) tables[store] = await jsonSafe(rows)
  const doc = { format: 'banwu-raw-dump', database: name, exportedAt: now.toISOString(), tables }
  return new TextEncoder().encode(JSON.stringify(doc, null, 1))
}

/**
 * For a database that does not open at all: keep what of the local table can
 * be read (replica id, settings), delete the database and create it empty at
 * the current schema, so a backup can be restored into it.
 */
export async function recreateDatabase(name = 'banwu'): Promise<void> {
  let replicaId: string | null = null
  let settings: unknown
  try {
    const local = ((await readAllStores(name)).local ?? []) as { key?: unknown; value?: unknown }[]
    const value = (k: string) => local.find((e) => e.key === k)?.value
    const id = value(REPLICA_KEY)
    replicaId = typeof id === 'string' && /^[0-9A-Za-z]+$/.test(id) ? id : null
    settings = value(SETTINGS_KEY)
  } catch {
    // Nothing readable: a new replica id, and the first-run screen asks for the settings.
  }
  await Dexie.delete(name)
  const db = new BanwuDatabase(name)
  try {
    await db.open()
    await db.local.put({ key: REPLICA_KEY, value: replicaId ?? ulid() })
    if (settings !== undefined) await db.local.put({ key: SETTINGS_KEY, value: settings })
  } finally {
    db.close()
  }
}

/** The typed confirmation the recovery screen asks for before deleting everything. */
export const START_FRESH_CONFIRMATION = '清空重来'

/** Deletes this installation's database (not the backups); the next start is a first run. */
export async function startFresh(typed: string, name = 'banwu'): Promise<void> {
  if (typed.trim() !== START_FRESH_CONFIRMATION)
    throw new Error(`请输入“${START_FRESH_CONFIRMATION}”以确认清空本机数据`)
  await Dexie.delete(name)
}
