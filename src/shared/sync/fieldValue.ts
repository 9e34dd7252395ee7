import { BYTES_TAG, toBase64 } from './binaryField'

/**
 * Comparing the plain JSON-like values that records hold (and bytes, which
 * travel as base64: binaryField.ts).
 *
 * Merging must decide "same value or not" and, when two writes carry the same
 * stamp but different values, pick one the same way in every office. Both use
 * a canonical JSON form (object keys sorted), so `{a, b}` and `{b, a}` are the
 * same value and no office's key order leaks into the result.
 */

/**
 * Canonical JSON of a field value. `undefined` (a stamped field without a
 * value) becomes the empty string, which no JSON text equals and which sorts
 * before every other value.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return ''
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  // Bytes as the file writes them (binaryField.ts), not as an object of a million numbered keys.
  if (value instanceof Uint8Array) return { [BYTES_TAG]: toBase64(value) }
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key]
    if (v !== undefined) sorted[key] = sortKeys(v)
  }
  return sorted
}

/**
 * Equality as the values travel in a snapshot (canonical JSON), so NaN, null
 * and a missing key compare the way they will after an export and import.
 * Fast for the strings and booleans that make up most fields.
 */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  const ta = typeof a
  if (ta === typeof b && (ta === 'string' || ta === 'boolean')) return false
  if (a instanceof Uint8Array && b instanceof Uint8Array) return sameBytes(a, b)
  return canonicalJson(a) === canonicalJson(b)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
