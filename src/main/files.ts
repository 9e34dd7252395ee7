import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { MAX_FILE_BYTES, type OpenedFile } from '../shared/ipc'

/**
 * Reading and writing the user's files. Node only, no Electron, so every path
 * through it runs in the unit tests with a real or a failing file system.
 */

/** The part of an open file handle the atomic write uses (fs/promises `FileHandle` fits). */
export interface WritableHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file system calls the atomic write needs (`node:fs/promises` fits). */
export interface AtomicWriteFs {
  open(path: string, flags: string): Promise<WritableHandle>
  rename(oldPath: string, newPath: string): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
}

export interface WriteFileAtomicOptions {
  /** Windows: how often to retry a rename that an antivirus or indexer briefly blocks. */
  renameAttempts?: number
  renameRetryDelayMs?: number
  /** Directory fsync after the rename, so the new name survives a power cut (not on Windows). */
  syncDirectory?: (dir: string) => Promise<void>
}

/**
 * Writes `bytes` to `path` so that readers see either the old file or the
 * complete new one, never a half-written file: write a temp file in the same
 * directory (same volume, so the rename is atomic), fsync it, rename it over
 * the target. If anything fails, the temp file is removed and the old file is
 * untouched. This matters most on USB sticks pulled out too early.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = nodeFs,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  // 'wx': fail rather than reuse a file someone else created under our temp name.
  const handle = await fs.open(tempPath, 'wx')
  try {
    try {
      await writeAll(handle, bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, tempPath, path, options)
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined)
    throw error
  }
  const syncDirectory = options.syncDirectory ?? defaultSyncDirectory
  await syncDirectory(dirname(path)).catch(() => undefined)
}

async function writeAll(handle: WritableHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset)
    if (bytesWritten <= 0) throw new Error('write made no progress')
    offset += bytesWritten
  }
}

const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])

async function renameWithRetry(
  fs: AtomicWriteFs,
  from: string,
  to: string,
  options: WriteFileAtomicOptions,
): Promise<void> {
  const attempts = options.renameAttempts ?? (process.platform === 'win32' ? 5 : 1)
  const delayMs = options.renameRetryDelayMs ?? 100
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE_RENAME_CODES.has(errorCode(error) ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt))
    }
  }
}

async function defaultSyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await nodeFs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Thrown when the bytes read back after a write differ from the bytes written. */
export class WriteVerificationError extends Error {
  constructor(readonly path: string) {
    super(`${path} does not read back as written`)
    this.name = 'WriteVerificationError'
  }
}

/**
 * The atomic write followed by a read-back comparison, so the UI only says
 * "saved" (and a USB stick may be removed) once the bytes are really there.
 */
export async function writeFileVerified(
  path: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs & Pick<ReadFs, 'readFile'> = nodeFs,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  await writeFileAtomic(path, bytes, fs, options)
  const written = await fs.readFile(path)
  if (!sameBytes(written, bytes)) throw new WriteVerificationError(path)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}

/** The file system calls reading needs (`node:fs/promises` fits). */
export interface ReadFs {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>
  readFile(path: string): Promise<Uint8Array>
}

/** Thrown when a file is over the size cap; mapped to a `too-large` result. */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
  ) {
    super(`${path} is ${size} bytes, over the ${MAX_FILE_BYTES} byte cap`)
    this.name = 'FileTooLargeError'
  }
}

/**
 * Reads a file the user picked, refusing anything over `maxBytes` before
 * reading it (a huge file would otherwise be copied into the renderer whole).
 */
export async function readFileCapped(
  path: string,
  maxBytes: number = MAX_FILE_BYTES,
  fs: ReadFs = nodeFs,
): Promise<OpenedFile> {
  const info = await fs.stat(path)
  if (!info.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' })
  if (info.size > maxBytes) throw new FileTooLargeError(path, info.size)
  const bytes = await fs.readFile(path)
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new FileTooLargeError(path, bytes.byteLength)
  return { name: basename(path), bytes: ownBytes(bytes) }
}

/**
 * A Uint8Array that owns its whole ArrayBuffer. IPC serialises a view together
 * with its entire backing buffer, so a view into a shared Node buffer pool
 * would carry unrelated memory into the renderer.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return whole ? bytes : new Uint8Array(bytes)
}

export async function readFilesCapped(
  paths: readonly string[],
  maxBytes: number = MAX_FILE_BYTES,
  fs: ReadFs = nodeFs,
): Promise<OpenedFile[]> {
  const files: OpenedFile[] = []
  // One at a time, stopping at the first file over the cap before reading the rest.
  for (const path of paths) files.push(await readFileCapped(path, maxBytes, fs))
  return files
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return undefined
}
