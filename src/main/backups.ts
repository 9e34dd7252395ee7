import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { backupsToPrune } from '../shared/backupRetention'
import type { BackupFile, OpenedFile } from '../shared/ipc'
import { readFileCapped, writeFileVerified, type AtomicWriteFs, type ReadFs } from './files'

/**
 * The automatic backups' folder (userData/backups): outside the browser
 * profile, so a damaged or evicted IndexedDB does not take the backups with
 * it. The renderer decides what to back up and when; main only lists, reads,
 * writes (atomically, verified) and prunes `.banwu` files in this one folder.
 */

export interface BackupFs extends AtomicWriteFs, ReadFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; isFile(): boolean; mtimeMs: number }>
}

const isBackupName = (name: string) => name.toLowerCase().endsWith('.banwu') && !name.startsWith('.')

/** Newest first; files that are not backups (and temp files of a write in progress) are left out. */
export async function listBackups(dir: string, fs: BackupFs = nodeFs): Promise<BackupFile[]> {
  await fs.mkdir(dir, { recursive: true })
  const files: (BackupFile & { mtimeMs: number })[] = []
  for (const name of await fs.readdir(dir)) {
    if (!isBackupName(name)) continue
    const info = await fs.stat(join(dir, name))
    if (!info.isFile()) continue
    files.push({
      name,
      size: info.size,
      modifiedAt: new Date(info.mtimeMs).toISOString(),
      mtimeMs: info.mtimeMs,
    })
  }
  files.sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name))
  return files.map(({ name, size, modifiedAt }) => ({ name, size, modifiedAt }))
}

export function readBackup(dir: string, name: string, fs: ReadFs = nodeFs): Promise<OpenedFile> {
  return readFileCapped(join(dir, name), undefined, fs)
}

export async function writeBackup(
  dir: string,
  name: string,
  bytes: Uint8Array,
  fs: BackupFs = nodeFs,
): Promise<BackupFile> {
  await fs.mkdir(dir, { recursive: true })
  const path = join(dir, name)
  await writeFileVerified(path, bytes, fs)
  const info = await fs.stat(path)
  return { name, size: info.size, modifiedAt: new Date(info.mtimeMs).toISOString() }
}

/**
 * Removes backups written more than `keepDays` days before `now`, and the
 * oldest past the count and total-size caps (shared/backupRetention.ts); the newest always stays.
 */
export async function pruneBackups(
  dir: string,
  keepDays: number,
  now: number = Date.now(),
  fs: BackupFs = nodeFs,
): Promise<string[]> {
  const removed = backupsToPrune(await listBackups(dir, fs), { keepDays }, now)
  for (const name of removed) await fs.rm(join(dir, name), { force: true })
  return removed
}
