/**
 * Comparing the plain JSON-like values that records hold.
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
  return canonicalJson(a) === canonicalJson(b)
}
