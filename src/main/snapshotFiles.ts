import * as nodeFs from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { errorCode, writeFileVerified, type AtomicWriteFs, type ReadFs } from './files'

/**
 * Snapshot files on a USB stick are never overwritten: an earlier file may be
 * the only copy of another office's changes. When the chosen name is taken,
 * the new file gets ` (2)`, ` (3)` … before its extension.
 */

const MAX_SUFFIX = 999

export async function exists(path: string, fs: Pick<ReadFs, 'stat'> = nodeFs): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/** `path` if nothing is there, else the first free `name (n).ext`. */
export async function freePath(path: string, isTaken: (path: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(path))) return path
  const ext = extname(path)
  const stem = basename(path, ext)
  for (let n = 2; n <= MAX_SUFFIX; n++) {
    const candidate = join(dirname(path), `${stem} (${n})${ext}`)
    if (!(await isTaken(candidate))) return candidate
  }
  throw Object.assign(new Error(`no free name for ${path}`), { code: 'EEXIST' })
}

/**
 * Writes a new file next to the chosen path without replacing anything:
 * atomically (temp name, fsync, rename) and read back. Returns the path written.
 * The check and the rename are not one step; the app runs as a single
 * instance and the names carry a sequence number, so nothing else races it.
 */
export async function writeNewFileVerified(
  path: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs & ReadFs = nodeFs,
): Promise<string> {
  const target = await freePath(path, (p) => exists(p, fs))
  await writeFileVerified(target, bytes, fs)
  return target
}
