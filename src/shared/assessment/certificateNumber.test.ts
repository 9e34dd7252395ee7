import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkTemplate,
  duplicateNumbers,
  formatCertificateNumber,
  nextSequence,
  numberSpace,
  type IssuedNumber,
} from './certificateNumber'

const TEMPLATE = '松党校{year}{class}-{office}{seq:3}'

describe('certificate number templates (issue 13; seed 001 7.9)', () => {
  it('formats the fields, the sequence zero-padded', () => {
    const parts = { year: 2026, classCode: 'ZQ01', officeCode: 'B' }
    expect(formatCertificateNumber(TEMPLATE, { ...parts, seq: 7 })).toBe('松党校2026ZQ01-B007')
    expect(formatCertificateNumber(TEMPLATE, { ...parts, seq: 1234 })).toBe('松党校2026ZQ01-B1234')
    expect(numberSpace(TEMPLATE, parts)).toBe('松党校2026ZQ01-B#')
  })

  it.each([
    [TEMPLATE, null],
    ['{year}-{seq:4}', '编号规则必须含 {office}（办公室代码），否则两个办公室可能编出相同的号码'],
    ['{year}{office}', '编号规则必须含 {seq}（流水号）'],
    ['{year}{office}{seq}{term}', '编号规则中有不认识的 { }，可用的字段为 {year} {class} {office} {seq:3}'],
  ])('%s → %s', (template, message) => {
    expect(checkTemplate(template)).toEqual({ ok: message === null, message })
  })
})

describe('nextSequence: a number is never reused', () => {
  const space = '2026ZQ01-B#'
  const issued = (seq: number, s = space): IssuedNumber => ({
    number: s.replace('#', String(seq)),
    seq,
    space: s,
  })
  it('continues after the highest ever issued in the office’s space, voided ones included', () => {
    expect(nextSequence([], space)).toBe(1)
    expect(nextSequence([issued(1), issued(5), issued(3)], space)).toBe(6)
    expect(nextSequence([issued(9, '2026ZQ01-F#')], space)).toBe(1)
  })
})

describe('two offices issuing at the same time never produce the same number (property)', () => {
  /**
   * Offices B and F each issue certificates for classes of their own and of each other, from
   * whatever they have seen so far; now and then they exchange files (a merge is the union of the
   * certificates). Whatever the order, no number repeats after the final merge.
   */
  it('holds for any interleaving of issues and merges', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('issue' as const),
        office: fc.constantFrom('B', 'F'),
        classCode: fc.constantFrom('ZQ01', 'QG02'),
      }),
      fc.record({ kind: fc.constant('sync' as const), from: fc.constantFrom('B', 'F') }),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const seen: Record<string, (IssuedNumber & { id: string })[]> = { B: [], F: [] }
        let id = 0
        for (const s of steps) {
          if (s.kind === 'issue') {
            const parts = { year: 2026, classCode: s.classCode, officeCode: s.office }
            const space = numberSpace(TEMPLATE, parts)
            const seq = nextSequence(seen[s.office]!, space)
            seen[s.office]!.push({
              id: String(id++),
              seq,
              space,
              number: formatCertificateNumber(TEMPLATE, { ...parts, seq }),
            })
          } else {
            const to = s.from === 'B' ? 'F' : 'B'
            const known = new Set(seen[to]!.map((c) => c.id))
            seen[to]!.push(...seen[s.from]!.filter((c) => !known.has(c.id)))
          }
        }
        const all = new Map([...seen.B!, ...seen.F!].map((c) => [c.id, c]))
        expect(duplicateNumbers([...all.values()]).size).toBe(0)
      }),
    )
  })

  it('a collision that could still happen (one office code on two PCs) is found after the merge', () => {
    const certificates = [
      { id: 'c1', number: '松党校2026ZQ01-B001' },
      { id: 'c2', number: '松党校2026ZQ01-B002' },
      { id: 'c3', number: '松党校2026ZQ01-B001' },
    ]
    expect(duplicateNumbers(certificates)).toEqual(new Map([['松党校2026ZQ01-B001', ['c1', 'c3']]]))
  })
})
