import { ulid } from 'ulid'
import type { MatchKey } from '@shared/roster/rosterRow'
import { normalizeName, removeSpaces, toHalfWidth } from '@shared/roster/text'
import { naturalKeyId } from '@shared/sync/naturalKey'

/**
 * The id of a person (rosterRecords.ts): deterministic from what identifies them, so the same
 * person imported in two offices becomes one record when the offices sync.
 *
 * The ID number is not written into the id itself: ids travel further than the number's own
 * field (URLs, the conflict log, sync logs, error reports). The id holds a SHA-256 digest of
 * it instead. That is no secret to someone who tries every plausible number — ID numbers have
 * little entropy — but it keeps the number out of places nobody thinks of as personal data.
 *
 * WebCrypto is asynchronous, so ids are worked out before a write's transaction opens
 * (ARCHITECTURE.md: never await anything but IndexedDB inside one).
 */
export async function personIdFor(key: MatchKey | null): Promise<string> {
  if (!key) return ulid()
  if (key.kind === 'idNumber') return naturalKeyId('person', 'id', await digest(`id\u0000${key.idNumber}`))
  const studentNo = removeSpaces(toHalfWidth(key.studentNo))
  return naturalKeyId('person', 'sno', await digest(`sno\u0000${studentNo}\u0000${normalizeName(key.name)}`))
}

/** The first 128 bits of SHA-256, in hex: ample to keep distinct people apart. */
async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`banwu-person\u0000${text}`))
  return [...new Uint8Array(hash).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
