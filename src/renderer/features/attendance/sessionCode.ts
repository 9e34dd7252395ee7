/**
 * The code printed on a session's sign-in sheet (签到码): six characters from the session's id,
 * so the sheet that comes back can be matched to its session by typing what is printed on it,
 * even when two sessions share a date and topic. Letters that read alike (0/O, 1/I/L) are left
 * out, and case does not matter when typing it back.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

export function sessionCode(sessionId: string): string {
  // FNV-1a, 32 bits, then base 31: stable, spread, and no dependency.
  let h = 0x811c9dc5
  for (let i = 0; i < sessionId.length; i++) {
    h ^= sessionId.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  let out = ''
  for (let i = 0; i < 6; i++) {
    out += ALPHABET[h % ALPHABET.length]
    h = Math.floor(h / ALPHABET.length)
  }
  return `${out.slice(0, 3)}-${out.slice(3)}`
}

/** A code as someone types it back: spaces, dashes and case do not matter. */
export function normalizeSessionCode(typed: string): string {
  const t = typed.toUpperCase().replace(/[\s\-－—_]/g, '')
  return t.length === 6 ? `${t.slice(0, 3)}-${t.slice(3)}` : t
}
