import { Inflate } from 'fflate'
import { reviveBytes } from './binaryField'
import { SnapshotBodyReader, type BodyRowSink } from './snapshotBody'
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
import { bodySizeProblem } from './snapshotLimits'
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
  // Before any passphrase or inflating: a body over the caps is never started (snapshotLimits.ts).
  const tooLarge = bodySizeProblem(body)
  if (tooLarge) throw new SnapshotError('tooLarge', tooLarge)
  return { header, headerRegion, bodyOffset: regionEnd + SHA256_BYTES }
}

/** The file's length against the one its header implies: a shorter file was cut short, a longer one is damaged. */
function checkLength(input: Uint8Array, parsed: ParsedHeader): void {
  const expected = snapshotFileLength(parsed.header, parsed.headerRegion.length)
  if (input.length < expected) throw new SnapshotError('truncated', `${input.length} of ${expected} bytes`)
  if (input.length > expected)
    throw new SnapshotError('corrupt', `${input.length - expected} bytes after the end`)
}

/**
 * The header of a snapshot file, without its passphrase: to show from which
 * office and when a file comes before asking for anything. Checks the magic,
 * version and header checksum; does not read the body. With `wholeFile`, the
 * bytes are the whole file and its length is checked too, so a file cut short
 * (a USB stick pulled while writing) is recognised as such at once.
 */
export async function readSnapshotHeader(
  bytes: Uint8Array,
  options: { wholeFile?: boolean } = {},
): Promise<SnapshotFileHeader> {
  const parsed = await parseHeader(bytes)
  if (options.wholeFile) checkLength(bytes, parsed)
  return parsed.header
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

/**
 * Compressed bytes per push into the inflater. fflate inflates a whole push before it hands the
 * output over, so a push yields at most 64 KiB × 1,032 (DEFLATE's largest ratio) ≈ 66 MB: that
 * is how far past the header's `plainBytes` (itself capped, snapshotLimits.ts) inflating can go
 * before it stops.
 */
const INFLATE_SLICE = 64 * 1024

/**
 * Decompresses the chunks' plaintext, decodes the UTF-8 text as it arrives and reads the tables
 * from it as it goes (snapshotBody.ts): the body is never one string.
 */
function inflater(expectedBytes: number, onRows: BodyRowSink) {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const reader = new SnapshotBodyReader(onRows)
  let total = 0
  let ended = false
  const inflate = new Inflate((data, final) => {
    total += data.length
    if (total > expectedBytes) throw new SnapshotError('corrupt', 'body longer than the header says')
    reader.push(decoder.decode(data, { stream: !final }))
    if (final) ended = true
  })
  return {
    push(data: Uint8Array, final: boolean) {
      try {
        // In small slices: fflate grows its output buffer by copying, and a 1 MiB chunk of
        // deflated JSON inflates to several MB; small slices keep those copies small.
        for (let at = 0; at < data.length; at += INFLATE_SLICE)
          inflate.push(data.subarray(at, at + INFLATE_SLICE), final && at + INFLATE_SLICE >= data.length)
        if (data.length === 0) inflate.push(data, final)
      } catch (e) {
        if (e instanceof SnapshotError) throw e
        throw new SnapshotError('corrupt', `deflate stream or UTF-8: ${String(e)}`)
      }
    },
    /** The number of rows per table of the whole body. */
    finish(): Record<string, number> {
      if (!ended || total !== expectedBytes)
        throw new SnapshotError('corrupt', 'body size differs from the header')
      return reader.finish()
    },
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A row must be a record. Its sync metadata, stamps and values are checked, with a message that
 * names the record and the field, by the dry run and the restore before anything is written
 * (rowValidation.ts). Bytes fields, written tagged, become bytes again (binaryField.ts).
 */
function checkRows(table: string, rows: unknown[]): SyncedRow[] {
  for (const row of rows) {
    if (!isObject(row)) throw new SnapshotError('corrupt', `table ${table} holds something not a record`)
    if (!reviveBytes(row))
      throw new SnapshotError('corrupt', `table ${table} holds bytes that are not base64`)
  }
  return rows as SyncedRow[]
}

/** The tables read must be those of the header, in the numbers it announced. */
function checkCounts(read: Record<string, number>, header: SnapshotFileHeader): void {
  const names = Object.keys(read)
  if (names.length !== Object.keys(header.counts).length)
    throw new SnapshotError('corrupt', 'table list differs')
  for (const name of names)
    if (!Object.hasOwn(header.counts, name) || read[name] !== header.counts[name])
      throw new SnapshotError('corrupt', `table ${name} differs from the header counts`)
}

/**
 * Reads a file's body: checks every chunk, inflates, and hands the checked rows to `onRows` a
 * batch at a time as they are read. Returns the file's header.
 */
async function readBody(
  input: Uint8Array,
  passphrase: string | null,
  onProgress: ProgressCallback | undefined,
  onRows: (table: string, rows: SyncedRow[]) => void,
): Promise<SnapshotFileHeader> {
  const parsed = await parseHeader(input)
  checkLength(input, parsed)
  const { header, headerRegion, bodyOffset } = parsed
  onProgress?.(0)
  const key = await keyFor(header, passphrase)
  const ivPrefix = header.encryption ? fromHex(header.encryption.ivPrefix)! : null
  const { body } = header
  const overhead = payloadOverhead(header)
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const inflate = inflater(body.plainBytes, (table, rows) => onRows(table, checkRows(table, rows)))

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
  checkCounts(inflate.finish(), header)
  return header
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
  // A Map: a table name is the file's text ("toString", "__proto__" must not meet Object's own).
  const tables = new Map<string, SyncedRow[]>()
  const header = await readBody(input, passphrase, onProgress, (table, rows) => {
    let into = tables.get(table)
    if (!into) tables.set(table, (into = []))
    for (const row of rows) into.push(row)
  })
  // Tables without rows were never handed over, but are in the file.
  for (const name of Object.keys(header.counts)) if (!tables.has(name)) tables.set(name, [])
  const { body: _body, encryption: _encryption, ...snapshotHeader } = header
  onProgress?.(1)
  return { header: snapshotHeader, tables: Object.fromEntries(tables) }
}

/**
 * The read-back of an export: reads the file as an import would (every check of decodeSnapshot)
 * and tells whether it holds the snapshot's header and rows (ids and stamps, in order), without
 * keeping what it reads — a second copy of a large school would double the export's memory.
 */
export async function verifySnapshot(
  input: Uint8Array,
  passphrase: string | null,
  expected: Snapshot,
  onProgress?: ProgressCallback,
): Promise<boolean> {
  let same = true
  const read = new Map<string, number>()
  const header = await readBody(input, passphrase, onProgress, (table, rows) => {
    const want = Object.hasOwn(expected.tables, table) ? expected.tables[table]! : []
    let i = read.get(table) ?? 0
    for (const row of rows) {
      const w = want[i++]
      if (w?.id !== row.id || w._updated !== row._updated) same = false
    }
    read.set(table, i)
  })
  const names = Object.keys(expected.tables)
  same &&=
    names.length === Object.keys(header.counts).length &&
    names.every((n) => header.counts[n] === expected.tables[n]!.length) &&
    header.replicaId === expected.header.replicaId &&
    header.hlcHighWater === expected.header.hlcHighWater &&
    header.school === expected.header.school &&
    header.schoolId === expected.header.schoolId
  onProgress?.(1)
  return same
}
