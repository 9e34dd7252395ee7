import { Deflate } from 'fflate'
import { rowsForJson } from './binaryField'
import { concatBytes, toHex, u64, type Bytes } from './bytes'
import type { SyncedRow } from './merge'
import { SNAPSHOT_FORMAT_VERSION, type Snapshot } from './snapshot'
import {
  IV_PREFIX_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  SALT_BYTES,
  SHA256_BYTES,
  chunkIv,
  deriveSnapshotKey,
  gcmEncrypt,
  randomBytes,
  sha256,
  type SnapshotKey,
} from './snapshotCrypto'
import { SnapshotError } from './snapshotError'
import {
  CHUNK_FRAME_BYTES,
  DEFAULT_CHUNK_SIZE,
  FLAG_FINAL,
  KEY_CHECK_COUNTER,
  KEY_CHECK_PLAINTEXT,
  MAX_CHUNK_SIZE,
  NO_AAD,
  PRELUDE_BYTES,
  SNAPSHOT_COMPRESSION_LEVEL,
  chunkAad,
  chunkDataBytes,
  payloadOverhead,
  writePrelude,
  type ProgressCallback,
  type SnapshotBodyInfo,
  type SnapshotEncryptionInfo,
  type SnapshotFileHeader,
} from './snapshotLayout'

/** Writing a `.banwu` file (docs/snapshot-format.md). */

export interface EncodeOptions {
  /** The passphrase; `null` writes an unencrypted file (only after the user turned encryption off and confirmed). */
  passphrase: string | null
  /** PBKDF2 iterations; at least 600,000 unless `allowWeakKdfForTests`. */
  iterations?: number
  /** Tests only: permits fewer iterations so suites stay fast. */
  allowWeakKdfForTests?: boolean
  /** Plaintext bytes per chunk (default 1 MiB); tests use small chunks to get many. */
  chunkSize?: number
  /** Called with 0…1 as the work proceeds; always ends with 1. */
  onProgress?: ProgressCallback
}

/** Plain bytes per push into the compressor. */
const DEFLATE_SLICE = 256 * 1024

/** Rows serialised per batch: a few MB of JSON, so no string ever holds the whole body. */
const ROWS_PER_BATCH = 8192

/**
 * Streams the tables as JSON into the compressor a batch of rows at a time.
 * The bytes are exactly `JSON.stringify(tables)`, but for bytes fields, which
 * are written tagged (binaryField.ts).
 */
function compressTables(tables: Record<string, readonly SyncedRow[]>, onRows: (done: number) => void) {
  const parts: Uint8Array[] = []
  const deflate = new Deflate({ level: SNAPSHOT_COMPRESSION_LEVEL }, (data) => parts.push(data))
  const encoder = new TextEncoder()
  let plainBytes = 0
  let rowsDone = 0
  const push = (text: string, final = false) => {
    const bytes = encoder.encode(text)
    plainBytes += bytes.length
    // In slices, as the decoder inflates: fflate copies its buffers per push, and a batch is MBs.
    for (let at = 0; at < bytes.length; at += DEFLATE_SLICE)
      deflate.push(bytes.subarray(at, at + DEFLATE_SLICE), final && at + DEFLATE_SLICE >= bytes.length)
    if (bytes.length === 0) deflate.push(bytes, final)
  }
  Object.entries(tables).forEach(([name, rows], t) => {
    push(`${t === 0 ? '{' : ','}${JSON.stringify(name)}:[`)
    for (let i = 0; i < rows.length; i += ROWS_PER_BATCH) {
      const batch = JSON.stringify(rowsForJson(rows.slice(i, i + ROWS_PER_BATCH)))
      // The batch without its brackets, joined to the previous one by a comma.
      push((i > 0 ? ',' : '') + batch.slice(1, -1))
      rowsDone += Math.min(ROWS_PER_BATCH, rows.length - i)
      onRows(rowsDone)
    }
    push(']')
  })
  push(Object.keys(tables).length === 0 ? '{}' : '}', true)
  return { compressed: concatBytes(parts), plainBytes }
}

/** Turns a snapshot into the bytes of a `.banwu` file. */
export async function encodeSnapshot(snapshot: Snapshot, options: EncodeOptions): Promise<Bytes> {
  const { passphrase, onProgress } = options
  const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  if (iterations < MIN_PBKDF2_ITERATIONS && !options.allowWeakKdfForTests)
    throw new Error(`PBKDF2 iterations must be at least ${MIN_PBKDF2_ITERATIONS}`)
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS)
    throw new Error(`Invalid PBKDF2 iterations: ${iterations}`)
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE)
    throw new Error(`Invalid chunk size: ${chunkSize}`)
  if (passphrase === '') throw new SnapshotError('passphraseRequired', 'empty passphrase')

  // Serialising and compressing is most of the work; encryption the rest.
  const totalRows = Object.values(snapshot.tables).reduce((n, rows) => n + rows.length, 0)
  const report = (f: number) => onProgress?.(Math.min(1, f))
  report(0)
  const { compressed, plainBytes } = compressTables(snapshot.tables, (done) =>
    report(0.7 * (totalRows === 0 ? 1 : done / totalRows)),
  )
  const chunkCount = Math.max(1, Math.ceil(compressed.length / chunkSize))
  const body: SnapshotBodyInfo = {
    encoding: 'json',
    compression: 'deflate-raw',
    plainBytes,
    compressedBytes: compressed.length,
    chunkSize,
    chunkCount,
  }

  let key: SnapshotKey | null = null
  let encryption: SnapshotEncryptionInfo | null = null
  const ivPrefix = randomBytes(IV_PREFIX_BYTES)
  if (passphrase !== null) {
    const salt = randomBytes(SALT_BYTES)
    key = await deriveSnapshotKey(passphrase, salt, iterations)
    const keyCheck = await gcmEncrypt(key, chunkIv(ivPrefix, KEY_CHECK_COUNTER), KEY_CHECK_PLAINTEXT, NO_AAD)
    encryption = {
      cipher: 'AES-256-GCM',
      kdf: { alg: 'PBKDF2-SHA256', iterations, salt: toHex(salt) },
      ivPrefix: toHex(ivPrefix),
      keyCheck: toHex(keyCheck),
    }
  }
  const fileHeader: SnapshotFileHeader = {
    ...snapshot.header,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    body,
    encryption,
  }
  const headerJson = new TextEncoder().encode(JSON.stringify(fileHeader))
  const headerRegion = new Uint8Array(PRELUDE_BYTES + headerJson.length)
  writePrelude(headerRegion, headerJson.length)
  headerRegion.set(headerJson, PRELUDE_BYTES)
  const digest = await sha256(headerRegion)

  const overhead = payloadOverhead(fileHeader)
  const out = new Uint8Array(
    headerRegion.length + SHA256_BYTES + chunkCount * (CHUNK_FRAME_BYTES + overhead) + compressed.length,
  )
  const view = new DataView(out.buffer)
  out.set(headerRegion, 0)
  out.set(digest, headerRegion.length)
  let at = headerRegion.length + SHA256_BYTES
  for (let i = 0; i < chunkCount; i++) {
    const data = compressed.subarray(i * chunkSize, i * chunkSize + chunkDataBytes(body, i))
    const flags = i === chunkCount - 1 ? FLAG_FINAL : 0
    const aad = chunkAad(headerRegion, i, flags)
    const payload = key
      ? await gcmEncrypt(key, chunkIv(ivPrefix, u64(i)), data, aad)
      : concatBytes([data, await sha256(aad, data)])
    view.setUint32(at, payload.length)
    out[at + 4] = flags
    out.set(payload, at + CHUNK_FRAME_BYTES)
    at += CHUNK_FRAME_BYTES + payload.length
    report(0.7 + (0.3 * (i + 1)) / chunkCount)
  }
  report(1)
  return out
}
