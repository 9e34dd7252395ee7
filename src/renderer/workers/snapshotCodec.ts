/**
 * Encoding and decoding snapshot files, in whatever thread calls it: the
 * worker (snapshotHandler.ts) and the unit tests use it directly.
 */
import type { Snapshot } from '@shared/sync/snapshot'
import { decodeSnapshot, encodeSnapshot, verifySnapshot } from '@shared/sync/snapshotFile'
import type { SnapshotCodec } from '@shared/sync/snapshotCodec'

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

/**
 * The file's bytes, after reading them again with the same passphrase as an
 * import would and comparing with the snapshot (verifySnapshot): every chunk
 * authenticates, the body inflates and parses, and the same rows come back.
 * Only then may the UI save them.
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
  const same = await verifySnapshot(bytes, passphrase, snapshot, (f) =>
    report(ENCODE_SHARE + f * (1 - ENCODE_SHARE)),
  )
  if (!same) throw new Error(READ_BACK_FAILED)
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
