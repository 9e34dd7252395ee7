/**
 * The snapshot file (`.banwu`): bytes on a USB stick. docs/snapshot-format.md
 * describes the layout for other programs; in short:
 *
 *   magic "BANWU\0SNAP" · u16 format version · u32 header length · its complement
 *   · header JSON · SHA-256 of all the above · chunks ([u32 length][u8 flags][payload])…
 *
 * The body (the tables as JSON) is compressed as one raw-deflate stream and
 * cut into chunks of `chunkSize` bytes. Encrypted, each chunk is AES-256-GCM
 * with its own IV (file prefix + counter) and, as additional data, the whole
 * header region plus the chunk's index and flags, so a changed header, chunks
 * swapped or dropped, or a missing final chunk all fail to decrypt. Without
 * encryption each chunk ends in a SHA-256 over the same data.
 *
 * Only Web-standard APIs (WebCrypto, TextEncoder) and fflate: it runs in a
 * worker and in Node alike. Compression and crypto are CPU work: call these
 * from a worker, never inside a database transaction.
 */

export { encodeSnapshot, type EncodeOptions } from './snapshotEncode'
export { decodeSnapshot, readSnapshotHeader, verifySnapshot } from './snapshotDecode'
export {
  DEFAULT_CHUNK_SIZE,
  SNAPSHOT_COMPRESSION_LEVEL,
  SNAPSHOT_FILE_EXTENSION,
  SNAPSHOT_MAGIC,
  type ProgressCallback,
  type SnapshotBodyInfo,
  type SnapshotEncryptionInfo,
  type SnapshotFileHeader,
} from './snapshotLayout'
export {
  SNAPSHOT_ERROR_MESSAGES,
  SnapshotError,
  isSnapshotError,
  type SnapshotErrorCode,
} from './snapshotError'
