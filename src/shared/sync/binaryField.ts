/**
 * Binary field values in a snapshot's JSON body (docs/snapshot-format.md, "Body").
 *
 * JSON has no bytes: `JSON.stringify` turns a Uint8Array into an object of
 * numbered keys, which comes back as a plain object, not bytes. So a field
 * holding bytes (an attachment's scan) travels as `{"$bytes": "<base64>"}`
 * and is turned back into a Uint8Array when the file is read. Only top-level
 * fields of a record hold bytes; nothing nested is looked at.
 */

export const BYTES_TAG = '$bytes'

export interface TaggedBytes {
  [BYTES_TAG]: string
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DECODE = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i

/** Standard base64 (RFC 4648 §4) with padding. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  // Build the text a slice at a time, so a large scan never makes one huge concatenation chain.
  const SLICE = 3 * 16384
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(bytes.length, start + SLICE)
    let s = ''
    let i = start
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
      s += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!
    }
    if (i < end) {
      const n = (bytes[i]! << 16) | (i + 1 < end ? bytes[i + 1]! << 8 : 0)
      s += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!
      s += i + 1 < end ? ALPHABET[(n >> 6) & 63]! + '=' : '=='
    }
    parts.push(s)
  }
  return parts.join('')
}

/** Base64 back to bytes; null when the text is not padded standard base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - pad)
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length
    let n = 0
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j)
      if (last && j >= 4 - pad) {
        if (c !== 61) return null // '='
        n <<= 6
        continue
      }
      const v = c < 128 ? DECODE[c]! : -1
      if (v < 0) return null
      n = (n << 6) | v
    }
    out[o++] = n >> 16
    if (o < out.length) out[o++] = (n >> 8) & 255
    if (o < out.length) out[o++] = n & 255
  }
  return out
}

export function isTaggedBytes(value: unknown): value is TaggedBytes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === BYTES_TAG && typeof (value as TaggedBytes)[BYTES_TAG] === 'string'
}

/**
 * The rows as JSON can carry them: a row with a bytes field is copied with the
 * field tagged; every other row is the same object (no copy for the hundreds of
 * thousands of attendance marks).
 */
export function rowsForJson<R extends object>(rows: readonly R[]): readonly R[] {
  let out: R[] | null = null
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    let copy: Record<string, unknown> | null = null
    for (const key in row) {
      const value = (row as Record<string, unknown>)[key]
      if (!(value instanceof Uint8Array)) continue
      copy ??= { ...(row as Record<string, unknown>) }
      copy[key] = { [BYTES_TAG]: toBase64(value) } satisfies TaggedBytes
    }
    if (copy) (out ??= rows.slice(0, i))[i] = copy as unknown as R
    else if (out) out[i] = row
  }
  return out ?? rows
}

/**
 * Turns tagged fields of a parsed row back into bytes, in place. False when a
 * tagged value is not base64 (a damaged or hand-edited file).
 */
export function reviveBytes(row: Record<string, unknown>): boolean {
  for (const key in row) {
    const value = row[key]
    // `in` first: it is cheap, and every row has object fields (_hlc, _base) that are not bytes.
    if (typeof value !== 'object' || value === null || !(BYTES_TAG in value) || !isTaggedBytes(value))
      continue
    const bytes = fromBase64(value[BYTES_TAG])
    if (!bytes) return false
    row[key] = bytes
  }
  return true
}
