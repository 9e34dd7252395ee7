import { Inflate } from 'fflate'
import { equalBytes, fromHex, u64, type Bytes } from './bytes'
import type { SyncedRow } from './merge'
import { SNAPSHOT_FORMAT_VERSION, type Snapshot } from './snapshot'
import {
  SHA256_BYTES,
  chunkIv,
  deriveSnapshotKey,
  gcmDecrypt,
  sha256,
  type SnapshotKey,
} from './snapshotCrypto'
import { SnapshotError } from './snapshotError'
import {
  CHUNK_FRAME_BYTES,
  FLAG_FINAL,
  KEY_CHECK_COUNTER,
  KEY_CHECK_PLAINTEXT,
  MAX_HEADER_BYTES,
  NO_AAD,
  PRELUDE_BYTES,
  SNAPSHOT_MAGIC,
  chunkAad,
  chunkDataBytes,
  fileHeaderSchema,
  payloadOverhead,
  snapshotFileLength,
  type ProgressCallback,
  type SnapshotFileHeader,
} from './snapshotLayout'

/**
 * Reading a `.banwu` file (docs/snapshot-format.md). Every way a file can be
 * bad ends in a SnapshotError with its own code, checked in this order:
 * not a snapshot, future format, cut short, damaged header, passphrase
 * missing or wrong, damaged body.
 */

interface ParsedHeader {
  header: SnapshotFileHeader
  /** Bytes [0, 20 + header length): authenticated with every chunk. */
  headerRegion: Bytes
  /** Offset of the first chunk. */
  bodyOffset: number
}

function startsLikeMagic(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNAPSHOT_MAGIC.length)
  return equalBytes(bytes.subarray(0, n), SNAPSHOT_MAGIC.subarray(0, n))
}

async function parseHeader(input: Uint8Array): Promise<ParsedHeader> {
  if (!startsLikeMagic(input)) throw new SnapshotError('notSnapshot', 'magic bytes differ')
  if (input.length < 12) throw new SnapshotError('truncated', 'file ends inside the prelude')
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const version = view.getUint16(10)
  if (version > SNAPSHOT_FORMAT_VERSION) throw new SnapshotError('futureFormat', `format version ${version}`)
  if (version === 0) throw new SnapshotError('corrupt', 'format version 0')
  if (input.length < PRELUDE_BYTES) throw new SnapshotError('truncated', 'file ends inside the prelude')
  const headerLength = view.getUint32(12)
  if (view.getUint32(16) !== ~headerLength >>> 0) throw new SnapshotError('corrupt', 'header length check')
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES)
    throw new SnapshotError('corrupt', `header length ${headerLength}`)
  const regionEnd = PRELUDE_BYTES + headerLength
  if (input.length < regionEnd + SHA256_BYTES)
    throw new SnapshotError('truncated', 'file ends inside the header')
  const headerRegion = input.slice(0, regionEnd)
  const digest = await sha256(headerRegion)
  if (!equalBytes(digest, input.subarray(regionEnd, regionEnd + SHA256_BYTES)))
    throw new SnapshotError('corrupt', 'header digest mismatch')
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerRegion.subarray(PRELUDE_BYTES)))
  } catch {
    throw new SnapshotError('corrupt', 'header is not JSON')
  }
  const parsed = fileHeaderSchema.safeParse(json)
  if (!parsed.success) throw new SnapshotError('corrupt', `header fields: ${parsed.error.message}`)
  const header: SnapshotFileHeader = parsed.data
  const { body } = header
  if (header.formatVersion !== version) throw new SnapshotError('corrupt', 'format versions disagree')
  if (body.chunkCount !== Math.ceil(body.compressedBytes / body.chunkSize))
    throw new SnapshotError('corrupt', 'chunk count does not fit the body size')
  return { header, headerRegion, bodyOffset: regionEnd + SHA256_BYTES }
}

/**
 * The header of a snapshot file, without its passphrase: to show from which
 * office and when a file comes before asking for anything. Checks the magic,
 * version and header checksum; does not read the body.
 */
export async function readSnapshotHeader(bytes: Uint8Array): Promise<SnapshotFileHeader> {
  return (await parseHeader(bytes)).header
}

async function keyFor(header: SnapshotFileHeader, passphrase: string | null): Promise<SnapshotKey | null> {
  const enc = header.encryption
  if (!enc) return null
  if (passphrase === null || passphrase === '')
    throw new SnapshotError('passphraseRequired', 'encrypted file')
  // The schema checked these are hex of the right lengths.
  const salt = fromHex(enc.kdf.salt)!
  const ivPrefix = fromHex(enc.ivPrefix)!
  const key = await deriveSnapshotKey(passphrase, salt, enc.kdf.iterations)
  const check = await gcmDecrypt(key, chunkIv(ivPrefix, KEY_CHECK_COUNTER), fromHex(enc.keyCheck)!, NO_AAD)
  if (!check || !equalBytes(check, KEY_CHECK_PLAINTEXT))
    throw new SnapshotError('wrongPassphrase', 'key check failed')
  return key
}

/** Decompresses the chunks' plaintext and decodes the UTF-8 text as it arrives. */
function inflater(expectedBytes: number) {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const text: string[] = []
  let total = 0
  let ended = false
  const inflate = new Inflate((data, final) => {
    total += data.length
    if (total > expectedBytes) throw new SnapshotError('corrupt', 'body longer than the header says')
    text.push(decoder.decode(data, { stream: !final }))
    if (final) ended = true
  })
  return {
    push(data: Uint8Array, final: boolean) {
      try {
        inflate.push(data, final)
      } catch (e) {
        if (e instanceof SnapshotError) throw e
        throw new SnapshotError('corrupt', `deflate stream or UTF-8: ${String(e)}`)
      }
    },
    /** The whole body as text. */
    finish(): string {
      if (!ended || total !== expectedBytes)
        throw new SnapshotError('corrupt', 'body size differs from the header')
      return text.join('')
    },
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The body must be tables of records with sync metadata, in the numbers the header announced. */
function checkTables(json: unknown, header: SnapshotFileHeader): Record<string, SyncedRow[]> {
  if (!isObject(json)) throw new SnapshotError('corrupt', 'body is not an object of tables')
  const names = Object.keys(json)
  if (names.length !== Object.keys(header.counts).length)
    throw new SnapshotError('corrupt', 'table list differs')
  for (const name of names) {
    const rows = json[name]
    if (!Array.isArray(rows) || rows.length !== header.counts[name])
      throw new SnapshotError('corrupt', `table ${name} differs from the header counts`)
    for (const row of rows as unknown[]) {
      if (
        !isObject(row) ||
        typeof row.id !== 'string' ||
        typeof row.createdAt !== 'string' ||
        typeof row.deleted !== 'boolean' ||
        typeof row._updated !== 'string' ||
        !isObject(row._hlc)
      )
        throw new SnapshotError('corrupt', `table ${name} holds a record without sync metadata`)
    }
  }
  return json as Record<string, SyncedRow[]>
}

/**
 * Reads a `.banwu` file. `passphrase` may be null for unencrypted files.
 * Throws SnapshotError with a specific code for every kind of bad file.
 */
export async function decodeSnapshot(
  input: Uint8Array,
  passphrase: string | null,
  onProgress?: ProgressCallback,
): Promise<Snapshot> {
  const { header, headerRegion, bodyOffset } = await parseHeader(input)
  const expected = snapshotFileLength(header, headerRegion.length)
  if (input.length < expected) throw new SnapshotError('truncated', `${input.length} of ${expected} bytes`)
  if (input.length > expected)
    throw new SnapshotError('corrupt', `${input.length - expected} bytes after the end`)
  onProgress?.(0)
  const key = await keyFor(header, passphrase)
  const ivPrefix = header.encryption ? fromHex(header.encryption.ivPrefix)! : null
  const { body } = header
  const overhead = payloadOverhead(header)
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const inflate = inflater(body.plainBytes)

  let at = bodyOffset
  for (let i = 0; i < body.chunkCount; i++) {
    const length = view.getUint32(at)
    const flags = input[at + 4]!
    const final = i === body.chunkCount - 1
    if (length !== chunkDataBytes(body, i) + overhead) throw new SnapshotError('corrupt', `chunk ${i} length`)
    if (flags !== (final ? FLAG_FINAL : 0)) throw new SnapshotError('corrupt', `chunk ${i} flags`)
    const payload = input.subarray(at + CHUNK_FRAME_BYTES, at + CHUNK_FRAME_BYTES + length)
    const aad = chunkAad(headerRegion, i, flags)
    let data: Uint8Array | null
    if (key && ivPrefix) {
      data = await gcmDecrypt(key, chunkIv(ivPrefix, u64(i)), payload, aad)
    } else {
      data = payload.subarray(0, length - SHA256_BYTES)
      if (!equalBytes(await sha256(aad, data), payload.subarray(length - SHA256_BYTES))) data = null
    }
    if (!data) throw new SnapshotError('corrupt', `chunk ${i} failed authentication`)
    inflate.push(data, final)
    at += CHUNK_FRAME_BYTES + length
    onProgress?.((0.9 * (i + 1)) / body.chunkCount)
  }

  let json: unknown
  try {
    json = JSON.parse(inflate.finish())
  } catch (e) {
    if (e instanceof SnapshotError) throw e
    throw new SnapshotError('corrupt', 'body is not JSON')
  }
  const tables = checkTables(json, header)
  const { body: _body, encryption: _encryption, ...snapshotHeader } = header
  onProgress?.(1)
  return { header: snapshotHeader, tables }
}
