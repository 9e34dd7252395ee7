import { describe, expect, it } from 'vitest'
import { naturalKeyId } from './naturalKey'

/** Source: issue 6 "Merge": attendance marks and ledger entries that share a natural key merge into one record. */
describe('naturalKeyId', () => {
  it.each([
    { prefix: 'att', parts: ['01JS1', '01JE7'], id: 'att:01JS1:01JE7' },
    { prefix: 'ledger', parts: ['p1', 'meal', '2025-03-01'], id: 'ledger:p1:meal:2025-03-01' },
    { prefix: 'att', parts: ['a:b', 'c'], id: 'att:a%3Ab:c' },
    { prefix: 'att', parts: ['50%', 3], id: 'att:50%25:3' },
  ])('$prefix $parts → $id', ({ prefix, parts, id }) => {
    expect(naturalKeyId(prefix, ...parts)).toBe(id)
  })

  it('gives the same fact the same id in every office, and different facts different ids', () => {
    expect(naturalKeyId('att', 's1', 'e1')).toBe(naturalKeyId('att', 's1', 'e1'))
    expect(naturalKeyId('att', 'a:b', 'c')).not.toBe(naturalKeyId('att', 'a', 'b:c'))
    expect(naturalKeyId('att', 's1', 'e1')).not.toBe(naturalKeyId('leave', 's1', 'e1'))
  })

  it.each([
    { prefix: 'att', parts: [] as string[] },
    { prefix: 'att', parts: ['s1', ''] },
    { prefix: 'a:t', parts: ['s1'] },
    { prefix: '', parts: ['s1'] },
  ])('refuses a key that could collide ($prefix, $parts)', ({ prefix, parts }) => {
    expect(() => naturalKeyId(prefix, ...parts)).toThrow()
  })
})
