/** Small byte helpers for the snapshot file, on Web-standard types only (no Node Buffer). */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts in every runtime. */
export type Bytes = Uint8Array<ArrayBuffer>

/** The same bytes as a view WebCrypto accepts, copying only views of a SharedArrayBuffer. */
export function asBytes(view: Uint8Array): Bytes {
  return view.buffer instanceof ArrayBuffer ? (view as Bytes) : view.slice()
}

export function concatBytes(parts: readonly Uint8Array[]): Bytes {
  let length = 0
  for (const p of parts) length += p.length
  const out = new Uint8Array(length)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function toHex(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}

/** Hex to bytes; null when the text is not even-length lowercase or uppercase hex. */
export function fromHex(hex: string): Bytes | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

/** An unsigned 64-bit big-endian integer (chunk indexes stay far below 2^53). */
export function u64(n: number): Bytes {
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt(n))
  return out
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}
