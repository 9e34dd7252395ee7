import { z } from 'zod'
import { concatBytes, u64, type Bytes } from './bytes'
import { SCHOOL_ID_PATTERN } from './schoolIdentity'
import { SNAPSHOT_FORMAT_VERSION, type SnapshotHeader } from './snapshot'
import {
  GCM_TAG_BYTES,
  IV_PREFIX_BYTES,
  MAX_PBKDF2_ITERATIONS,
  SALT_BYTES,
  SHA256_BYTES,
} from './snapshotCrypto'

/**
 * The byte layout of a `.banwu` file (docs/snapshot-format.md), shared by the
 * encoder and the decoder: constants, the header, and the arithmetic of chunks.
 */

export const SNAPSHOT_MAGIC = new Uint8Array([0x42, 0x41, 0x4e, 0x57, 0x55, 0x00, 0x53, 0x4e, 0x41, 0x50])
export const SNAPSHOT_FILE_EXTENSION = '.banwu'
/** Magic (10), format version (2), header length (4), its bitwise complement (4). */
export const PRELUDE_BYTES = 20
/** Length (4) and flags (1) before each chunk's payload. */
export const CHUNK_FRAME_BYTES = 5
export const FLAG_FINAL = 1
export const DEFAULT_CHUNK_SIZE = 1 << 20
/**
 * fflate's fastest level: on JSON it compresses about half as fast as level 6
 * for a file about a quarter larger. Exports should be quick; sticks are big.
 */
export const SNAPSHOT_COMPRESSION_LEVEL = 1
export const MAX_CHUNK_SIZE = 64 << 20
export const MAX_HEADER_BYTES = 16 << 20
export const KEY_CHECK_PLAINTEXT = new TextEncoder().encode('BANWU KEY CHECK\0')
export const KEY_CHECK_COUNTER = new Uint8Array(8).fill(0xff)
export const NO_AAD = new Uint8Array(0)

export interface SnapshotBodyInfo {
  encoding: 'json'
  compression: 'deflate-raw'
  /** Bytes of the UTF-8 JSON before compression. */
  plainBytes: number
  /** Bytes of the compressed stream, i.e. of all chunks' plaintext together. */
  compressedBytes: number
  /** Plaintext bytes per chunk; the last chunk holds the rest (at least 1 byte). */
  chunkSize: number
  chunkCount: number
}

export interface SnapshotEncryptionInfo {
  cipher: 'AES-256-GCM'
  kdf: { alg: 'PBKDF2-SHA256'; iterations: number; salt: string }
  /** Hex of the 4 random bytes that start every IV of this file. */
  ivPrefix: string
  /** Hex of AES-GCM("BANWU KEY CHECK\0") under the derived key: tells a wrong passphrase from damage. */
  keyCheck: string
}

/** The header as stored in the file: the snapshot header plus how to read the body. */
export interface SnapshotFileHeader extends SnapshotHeader {
  body: SnapshotBodyInfo
  encryption: SnapshotEncryptionInfo | null
}

/** Called with 0…1 as encoding or decoding proceeds; the last call is always 1. */
export type ProgressCallback = (fraction: number) => void

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const count = z.number().int().nonnegative()

export const fileHeaderSchema = z.object({
  formatVersion: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  school: z.string(),
  schoolId: z.string().regex(SCHOOL_ID_PATTERN).optional(),
  schoolIdProvisional: z.literal(true).optional(),
  replicaId: z.string(),
  replicaName: z.string(),
  createdAt: z.string(),
  hlcHighWater: z.string(),
  counts: z.record(z.string(), count),
  scope: z.union([z.literal('all'), z.object({ classIds: z.array(z.string()) })]),
  body: z.object({
    encoding: z.literal('json'),
    compression: z.literal('deflate-raw'),
    plainBytes: count,
    compressedBytes: z.number().int().positive(),
    chunkSize: z.number().int().min(1).max(MAX_CHUNK_SIZE),
    chunkCount: z.number().int().positive(),
  }),
  encryption: z
    .object({
      cipher: z.literal('AES-256-GCM'),
      kdf: z.object({
        alg: z.literal('PBKDF2-SHA256'),
        iterations: z.number().int().min(1).max(MAX_PBKDF2_ITERATIONS),
        salt: hex(SALT_BYTES),
      }),
      ivPrefix: hex(IV_PREFIX_BYTES),
      keyCheck: hex(KEY_CHECK_PLAINTEXT.length + GCM_TAG_BYTES),
    })
    .nullable(),
})

/** Bytes of payload after each chunk's data: the GCM tag, or the SHA-256 of an unencrypted chunk. */
export function payloadOverhead(header: SnapshotFileHeader): number {
  return header.encryption ? GCM_TAG_BYTES : SHA256_BYTES
}

/** Plaintext bytes of chunk `i`. */
export function chunkDataBytes(body: SnapshotBodyInfo, i: number): number {
  return i < body.chunkCount - 1
    ? body.chunkSize
    : body.compressedBytes - body.chunkSize * (body.chunkCount - 1)
}

/** Additional data of a chunk: the header region, the chunk index and its flags. */
export function chunkAad(headerRegion: Bytes, index: number, flags: number): Bytes {
  return concatBytes([headerRegion, u64(index), new Uint8Array([flags])])
}

/** The exact length a complete file with this header has. */
export function snapshotFileLength(header: SnapshotFileHeader, headerRegionBytes: number): number {
  const { body } = header
  return (
    headerRegionBytes +
    SHA256_BYTES +
    body.chunkCount * (CHUNK_FRAME_BYTES + payloadOverhead(header)) +
    body.compressedBytes
  )
}

/** Magic, version, header length and its complement: the first PRELUDE_BYTES bytes. */
export function writePrelude(out: Uint8Array, headerLength: number): void {
  out.set(SNAPSHOT_MAGIC, 0)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  view.setUint16(10, SNAPSHOT_FORMAT_VERSION)
  view.setUint32(12, headerLength)
  // The complement makes a damaged length show as damage, not as a file cut short.
  view.setUint32(16, ~headerLength >>> 0)
}
