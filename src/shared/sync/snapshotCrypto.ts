import { asBytes, concatBytes, type Bytes } from './bytes'

/**
 * The cryptography of snapshot files, on WebCrypto (`globalThis.crypto.subtle`)
 * alone, so the same code runs in a browser worker and in Node 20.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; files hold ID numbers. */
export const MIN_PBKDF2_ITERATIONS = 600_000
/** Files claiming more are treated as damaged rather than left to hang the import. */
export const MAX_PBKDF2_ITERATIONS = 20_000_000
export const SALT_BYTES = 16
export const IV_PREFIX_BYTES = 4
export const GCM_TAG_BYTES = 16
export const SHA256_BYTES = 32

export type SnapshotKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>

export function randomBytes(n: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(n))
}

export async function sha256(...parts: Uint8Array[]): Promise<Bytes> {
  const data = parts.length === 1 ? asBytes(parts[0]!) : concatBytes(parts)
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data))
}

/**
 * The AES-256-GCM key for a passphrase. The passphrase is NFC-normalised so
 * the same characters typed on different systems give the same key.
 */
export async function deriveSnapshotKey(
  passphrase: string,
  salt: Bytes,
  iterations: number,
): Promise<SnapshotKey> {
  const raw = new TextEncoder().encode(passphrase.normalize('NFC'))
  const base = await crypto.subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** The 12-byte IV of a chunk: the file's random 4-byte prefix and the 8-byte big-endian counter. */
export function chunkIv(prefix: Bytes, counter: Bytes): Bytes {
  return concatBytes([prefix, counter])
}

/** Ciphertext followed by the 16-byte tag. */
export async function gcmEncrypt(key: SnapshotKey, iv: Bytes, data: Uint8Array, aad: Bytes): Promise<Bytes> {
  const out = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, asBytes(data))
  return new Uint8Array(out)
}

/** The plaintext, or null when the tag does not verify (wrong key, or altered bytes). */
export async function gcmDecrypt(
  key: SnapshotKey,
  iv: Bytes,
  data: Uint8Array,
  aad: Bytes,
): Promise<Bytes | null> {
  try {
    const out = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, asBytes(data))
    return new Uint8Array(out)
  } catch {
    return null
  }
}
