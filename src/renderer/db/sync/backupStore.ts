import Dexie, { type Table } from 'dexie'
import { backupsToPrune } from '@shared/backupRetention'
import type { BackupFile } from '@shared/ipc'
import type { Platform } from '../../platform/types'

/**
 * Where automatic backups are kept (docs/sync.md, 自动备份):
 *
 * - in Electron, files in userData/backups, written by main: outside the
 *   browser profile, so they survive a damaged or evicted IndexedDB;
 * - in the browser there is no such folder. Backups go to a separate
 *   IndexedDB database (`banwu-backups`): enough to undo an import or a
 *   restore, not a protection against the browser losing its storage, which
 *   is why 设置 offers to download them.
 */
export interface BackupStore {
  readonly kind: 'folder' | 'browser'
  /** Newest first. */
  list(): Promise<BackupFile[]>
  read(name: string): Promise<Uint8Array>
  write(name: string, bytes: Uint8Array): Promise<BackupFile>
  /**
   * Removes backups older than `keepDays` days before `now` and the oldest past the count and
   * total-size caps (shared/backupRetention.ts), always keeping the newest; returns their names.
   */
  prune(keepDays: number, now?: Date): Promise<string[]>
}

/** The Electron store: every call is an IPC request; failures throw with main's Chinese message. */
export function createFolderBackupStore(platform: Platform): BackupStore {
  const unwrap = async <T>(
    result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
  ) => {
    const r = await result
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  return {
    kind: 'folder',
    list: () => unwrap(platform.listBackups()),
    read: async (name) => (await unwrap(platform.readBackup(name))).bytes,
    write: (name, bytes) => unwrap(platform.writeBackup({ name, bytes: bytes as Uint8Array<ArrayBuffer> })),
    // Main prunes by the files' own times against its clock.
    prune: (keepDays) => unwrap(platform.pruneBackups(keepDays)),
  }
}

class BackupDatabase extends Dexie {
  /** Name, size and time; read for the list without loading the bytes. */
  files!: Table<BackupFile, string>
  contents!: Table<{ name: string; bytes: Uint8Array }, string>

  constructor(name: string) {
    super(name)
    this.version(1).stores({ files: 'name, modifiedAt', contents: 'name' })
  }
}

/** The browser store: a database of its own, so the app's database can be replaced without it. */
export function createIndexedDbBackupStore(
  name = 'banwu-backups',
  now: () => Date = () => new Date(),
): BackupStore {
  const db = new BackupDatabase(name)
  const list = (): Promise<BackupFile[]> => db.files.orderBy('modifiedAt').reverse().toArray()
  return {
    kind: 'browser',
    list,
    read: async (file) => {
      const stored = await db.contents.get(file)
      if (!stored) throw new Error('找不到该备份，可能已被自动清理')
      return stored.bytes
    },
    write: async (file, bytes) => {
      const info: BackupFile = { name: file, size: bytes.byteLength, modifiedAt: now().toISOString() }
      await db.transaction('rw', db.files, db.contents, async () => {
        await db.contents.put({ name: file, bytes })
        await db.files.put(info)
      })
      return info
    },
    prune: async (keepDays, at = now()) => {
      const old = backupsToPrune(await list(), { keepDays }, at.getTime())
      await db.transaction('rw', db.files, db.contents, async () => {
        await db.files.bulkDelete(old)
        await db.contents.bulkDelete(old)
      })
      return old
    },
  }
}
