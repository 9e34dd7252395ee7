/**
 * Ids for facts that have a natural key.
 *
 * An attendance mark is "this enrolment at this session"; a ledger entry may be
 * "this person, this item, this day". If two offices record the same fact
 * independently, they must create the same record, so that a merge joins
 * their field values instead of keeping two rival records. Such records take
 * an id built from the key instead of a random one.
 *
 * When creating one, write it as an upsert: if the id already exists here
 * (even in the recycle bin), edit and restore it rather than adding anew.
 */

const PREFIX = /^[A-Za-z][A-Za-z0-9_]*$/

/** `%` and `:` are escaped in parts, so different keys can never produce the same id. */
function escapePart(part: string | number): string {
  const s = String(part)
  if (s === '') throw new Error('Natural key parts must not be empty')
  return s.replace(/%/g, '%25').replace(/:/g, '%3A')
}

/** A stable id, e.g. `naturalKeyId('att', sessionId, enrollmentId)` → `att:<sessionId>:<enrollmentId>`. */
export function naturalKeyId(prefix: string, ...parts: readonly (string | number)[]): string {
  if (!PREFIX.test(prefix)) throw new Error(`Natural key prefix must be an identifier: ${prefix}`)
  if (parts.length === 0) throw new Error('A natural key needs at least one part')
  return [prefix, ...parts.map(escapePart)].join(':')
}
