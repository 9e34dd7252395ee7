/**
 * Encoding and decoding snapshot files, in whatever thread calls it: the
 * worker (snapshotHandler.ts) and the unit tests use it directly.
 */
import type { Snapshot } from '@shared/sync/snapshot'
import { decodeSnapshot, encodeSnapshot } from '@shared/sync/snapshotFile'
import type { SnapshotCodec } from '../db/syncCodec'

export interface CodecOptions {
  /** PBKDF2 iterations (default: the format's minimum, 600,000). */
  iterations?: number
  /** Tests only: lets `iterations` go below the minimum so suites stay fast. */
  allowWeakKdfForTests?: boolean
}

/** Share of the progress bar for encoding; the read-back takes the rest. */
const ENCODE_SHARE = 0.6

/** Thrown when the bytes just written do not decode to the snapshot that was written. */
export const READ_BACK_FAILED = '导出的快照未通过读回校验，文件没有保存。请重试。'

function sameRows(a: Snapshot, b: Snapshot): boolean {
  const names = Object.keys(a.tables)
  if (names.length !== Object.keys(b.tables).length) return false
  for (const name of names) {
    const x = a.tables[name] ?? []
    const y = b.tables[name]
    if (!y || x.length !== y.length) return false
    for (let i = 0; i < x.length; i++)
      if (x[i]!.id !== y[i]!.id || x[i]!._updated !== y[i]!._updated) return false
  }
  return (
    a.header.replicaId === b.header.replicaId &&
    a.header.hlcHighWater === b.header.hlcHighWater &&
    a.header.school === b.header.school
  )
}

/**
 * The file's bytes, after decoding them again with the same passphrase and
 * comparing the result with the snapshot: every chunk authenticates, the body
 * inflates, and the same rows come back. Only then may the UI save them.
 */
export async function encodeVerified(
  snapshot: Snapshot,
  passphrase: string | null,
  options: CodecOptions & { onProgress?: (fraction: number) => void } = {},
): Promise<Uint8Array> {
  const report = options.onProgress ?? (() => undefined)
  const bytes = await encodeSnapshot(snapshot, {
    passphrase,
    ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
    ...(options.allowWeakKdfForTests ? { allowWeakKdfForTests: true } : {}),
    onProgress: (f) => report(f * ENCODE_SHARE),
  })
  const back = await decodeSnapshot(bytes, passphrase, (f) => report(ENCODE_SHARE + f * (1 - ENCODE_SHARE)))
  if (!sameRows(snapshot, back)) throw new Error(READ_BACK_FAILED)
  report(1)
  return bytes
}

/** A codec that works in the calling thread: for tests, and where workers cannot start. */
export function createDirectSnapshotCodec(options: CodecOptions = {}): SnapshotCodec {
  return {
    encode: (snapshot, passphrase, onProgress) =>
      encodeVerified(snapshot, passphrase, { ...options, ...(onProgress ? { onProgress } : {}) }),
    decode: (bytes, passphrase, onProgress) => decodeSnapshot(bytes, passphrase, onProgress),
  }
}
