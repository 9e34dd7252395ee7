import { concatBytes, toHex, u64, type Bytes } from '../../src/shared/sync/bytes'
import { SNAPSHOT_FORMAT_VERSION, type SnapshotHeader } from '../../src/shared/sync/snapshot'
import {
  IV_PREFIX_BYTES,
  SALT_BYTES,
  chunkIv,
  deriveSnapshotKey,
  gcmEncrypt,
  randomBytes,
  sha256,
} from '../../src/shared/sync/snapshotCrypto'
import {
  CHUNK_FRAME_BYTES,
  DEFAULT_CHUNK_SIZE,
  FLAG_FINAL,
  KEY_CHECK_COUNTER,
  KEY_CHECK_PLAINTEXT,
  NO_AAD,
  PRELUDE_BYTES,
  chunkAad,
  chunkDataBytes,
  writePrelude,
  type SnapshotBodyInfo,
  type SnapshotFileHeader,
} from '../../src/shared/sync/snapshotLayout'

/**
 * Hostile snapshot files for tests: any DEFLATE stream as the body, with any `plainBytes` in the
 * header, wrapped in valid crypto (AES-256-GCM, header digest, chunk authentication), so the
 * file passes every check of the container and only its content is wrong. Follows
 * docs/snapshot-format.md, like snapshotEncode.ts, which only writes honest bodies.
 */
export async function encodeRawBody(
  header: SnapshotHeader,
  compressed: Uint8Array,
  plainBytes: number,
  passphrase: string,
  iterations = 1000,
): Promise<Bytes> {
  const chunkSize = DEFAULT_CHUNK_SIZE
  const body: SnapshotBodyInfo = {
    encoding: 'json',
    compression: 'deflate-raw',
    plainBytes,
    compressedBytes: compressed.length,
    chunkSize,
    chunkCount: Math.max(1, Math.ceil(compressed.length / chunkSize)),
  }
  const salt = randomBytes(SALT_BYTES)
  const ivPrefix = randomBytes(IV_PREFIX_BYTES)
  const key = await deriveSnapshotKey(passphrase, salt, iterations)
  const keyCheck = await gcmEncrypt(key, chunkIv(ivPrefix, KEY_CHECK_COUNTER), KEY_CHECK_PLAINTEXT, NO_AAD)
  const fileHeader: SnapshotFileHeader = {
    ...header,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    body,
    encryption: {
      cipher: 'AES-256-GCM',
      kdf: { alg: 'PBKDF2-SHA256', iterations, salt: toHex(salt) },
      ivPrefix: toHex(ivPrefix),
      keyCheck: toHex(keyCheck),
    },
  }
  const json = new TextEncoder().encode(JSON.stringify(fileHeader))
  const region = new Uint8Array(PRELUDE_BYTES + json.length)
  writePrelude(region, json.length)
  region.set(json, PRELUDE_BYTES)
  const parts: Uint8Array[] = [region, await sha256(region)]
  for (let i = 0; i < body.chunkCount; i++) {
    const data = compressed.subarray(i * chunkSize, i * chunkSize + chunkDataBytes(body, i))
    const flags = i === body.chunkCount - 1 ? FLAG_FINAL : 0
    const payload = await gcmEncrypt(key, chunkIv(ivPrefix, u64(i)), data, chunkAad(region, i, flags))
    const frame = new Uint8Array(CHUNK_FRAME_BYTES)
    new DataView(frame.buffer).setUint32(0, payload.length)
    frame[4] = flags
    parts.push(frame, payload)
  }
  return concatBytes(parts)
}

/**
 * A raw DEFLATE stream (one fixed-Huffman block) that inflates to `prefix`, then `repeat` copies
 * of `fill` (one ASCII character), then `suffix`, without ever holding the inflated text: runs of
 * 258 bytes cost 13 bits each, so a gigabyte takes 6.5 MB. `prefix` and `suffix` are ASCII.
 */
export function repeatedDeflate(prefix: string, fill: string, repeat: number, suffix: string): Uint8Array {
  const runs = repeat > 1 ? Math.floor((repeat - 1) / 258) : 0
  const out = new Uint8Array(Math.ceil(((prefix.length + suffix.length + 300) * 9 + runs * 13 + 10) / 8))
  let at = 0
  let acc = 0
  let bits = 0
  const put = (value: number, n: number) => {
    acc |= value << bits
    bits += n
    while (bits >= 8) {
      out[at++] = acc & 0xff
      acc >>>= 8
      bits -= 8
    }
  }
  /** A Huffman code: most significant bit first. */
  const code = (value: number, n: number) => {
    let reversed = 0
    for (let i = 0; i < n; i++) reversed |= ((value >> i) & 1) << (n - 1 - i)
    put(reversed, n)
  }
  const literal = (c: number) => (c <= 143 ? code(0x30 + c, 8) : code(0x190 + c - 144, 9))
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) literal(s.charCodeAt(i))
  }
  put(1, 1) // final block
  put(1, 2) // fixed Huffman codes
  text(prefix)
  if (repeat > 0) literal(fill.charCodeAt(0))
  for (let i = 0; i < runs; i++) {
    code(0xc0 + 5, 8) // length code 285: 258 bytes
    code(0, 5) // distance code 0: distance 1
  }
  for (let i = 1 + runs * 258; i < repeat; i++) literal(fill.charCodeAt(0))
  text(suffix)
  code(0, 7) // end of block
  if (bits > 0) put(0, 8 - bits)
  return out.subarray(0, at)
}
