import { ulid } from 'ulid'
import type { MatchKey } from '@shared/roster/rosterRow'
import { sha256Hex } from '@shared/roster/sha256'
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
 * Synchronous (plain SHA-256, not WebCrypto): an import of thousands of rows hashes every new
 * person, and one WebCrypto round trip per person cost more than writing them.
 */
export function personIdFor(key: MatchKey | null): string {
  if (!key) return ulid()
  if (key.kind === 'idNumber') return naturalKeyId('person', 'id', digest(`id\u0000${key.idNumber}`))
  const studentNo = removeSpaces(toHalfWidth(key.studentNo))
  return naturalKeyId('person', 'sno', digest(`sno\u0000${studentNo}\u0000${normalizeName(key.name)}`))
}

/** The first 128 bits of SHA-256, in hex: ample to keep distinct people apart. */
function digest(text: string): string {
  return sha256Hex(`banwu-person\u0000${text}`, 16)
}
