import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Grade } from './grades'
import { duplicateNumbers } from './certificateNumber'
import {
  certificatesToReview,
  planIssue,
  sharedOfficeCodes,
  studentsWithTwoCertificates,
  type KnownCertificate,
  type StudentGrade,
} from './certificateIssue'

const TEMPLATE = '松党校{year}{class}-{office}{seq:3}'
const students = (grades: (Grade | null)[]): StudentGrade[] =>
  grades.map((grade, i) => ({ enrollmentId: `E${i + 1}`, grade }))
const base = { template: TEMPLATE, year: 2026, classCode: 'ZQ01', officeCode: 'B', known: [] }

function known(
  number: string,
  seq: number,
  enrollmentId: string,
  voidedAt: string | null = null,
): KnownCertificate {
  return {
    id: `K${seq}`,
    number,
    seq,
    space: '松党校2026ZQ01-B#',
    enrollmentId,
    officeCode: 'B',
    replicaId: 'R1',
    voidedAt,
  }
}

describe('planIssue: numbers for 优秀 and 合格 only (附3 第十四条; seed 001 7.9)', () => {
  it('numbers the students who earn a certificate, in roster order; 不合格 and ungraded get none', () => {
    const plan = planIssue({ ...base, students: students(['pass', 'fail', 'excellent', null]) })
    expect(plan).toEqual({
      ok: true,
      alreadyHeld: 0,
      noCertificate: 2,
      issue: [
        {
          enrollmentId: 'E1',
          grade: 'pass',
          number: '松党校2026ZQ01-B001',
          seq: 1,
          space: '松党校2026ZQ01-B#',
        },
        {
          enrollmentId: 'E3',
          grade: 'excellent',
          number: '松党校2026ZQ01-B002',
          seq: 2,
          space: '松党校2026ZQ01-B#',
        },
      ],
    })
  })

  it('a student who holds a number keeps it (a reprint reuses it); a voided number is never reused', () => {
    const plan = planIssue({
      ...base,
      students: students(['pass', 'pass']),
      known: [
        known('松党校2026ZQ01-B001', 1, 'E1'),
        known('松党校2026ZQ01-B002', 2, 'E2', '2026-07-01T10:00'),
      ],
    })
    expect(plan.ok && plan.issue.map((p) => [p.enrollmentId, p.number])).toEqual([
      ['E2', '松党校2026ZQ01-B003'],
    ])
    expect(plan.ok && plan.alreadyHeld).toBe(1)
  })

  it.each([
    [{ officeCode: '' }, '请填写本办公室代码（1 至 3 个大写字母，如 B）'],
    [
      { officeCode: 'B1' },
      '办公室代码应为 1 至 3 个大写英文字母（如 B、FX），不含数字，以免与流水号连在一起时混淆',
    ],
    [
      { template: '{year}{seq:4}' },
      '编号规则必须含 {office}（办公室代码），否则两个办公室可能编出相同的号码',
    ],
    [{ classCode: '' }, '编号规则含 {class}：请填写班次代码（1 至 12 位字母或数字，如 ZQ01）'],
  ])('refuses %o: %s', (change, message) => {
    expect(planIssue({ ...base, students: students(['pass']), ...change })).toEqual({ ok: false, message })
  })

  it('needs no class code when the template has no {class}', () => {
    const plan = planIssue({
      ...base,
      template: '{year}{office}{seq:4}',
      classCode: '',
      students: students(['pass']),
    })
    expect(plan.ok && plan.issue[0]!.number).toBe('2026B0001')
  })
})

describe('after a merge: what the screen shows', () => {
  it('lists certificates of students who no longer earn one, students with two, and shared office codes', () => {
    const a = known('X1', 1, 'E1')
    const b = { ...known('X2', 2, 'E1'), replicaId: 'R2' }
    const c = known('X3', 3, 'E2')
    expect(certificatesToReview([a, c], students(['pass', 'fail']))).toEqual(['K3'])
    expect(studentsWithTwoCertificates([a, b, c])).toEqual(new Map([['E1', ['K1', 'K2']]]))
    expect(studentsWithTwoCertificates([a, { ...b, voidedAt: 'x' }, c]).size).toBe(0)
    expect(sharedOfficeCodes([a, b, c])).toEqual(new Map([['B', ['R1', 'R2']]]))
  })
})

describe('two replicas issuing concurrently never repeat a number (property)', () => {
  /**
   * Two installations with different office codes (B, F) each finalise classes and issue numbers
   * with planIssue from what they have seen, void and reissue now and then, and exchange files
   * (a merge is the union of records). Whatever the interleaving — both numbering the same class
   * before a sync included — no number is held twice after the final merge.
   */
  it('holds for any interleaving of issues, reissues and merges', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('issue' as const),
        office: fc.constantFrom('B', 'F'),
        classCode: fc.constantFrom('ZQ01', 'QG02', 'CJ03'),
        grades: fc.array(fc.constantFrom<Grade | null>('excellent', 'pass', 'fail', null), { maxLength: 8 }),
      }),
      fc.record({ kind: fc.constant('reissue' as const), office: fc.constantFrom('B', 'F'), pick: fc.nat() }),
      fc.record({ kind: fc.constant('sync' as const), from: fc.constantFrom('B', 'F') }),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const seen: Record<string, KnownCertificate[]> = { B: [], F: [] }
        let id = 0
        const issue = (office: string, classCode: string, roster: StudentGrade[]) => {
          const plan = planIssue({
            template: TEMPLATE,
            year: 2026,
            classCode,
            officeCode: office,
            students: roster,
            known: seen[office]!,
          })
          if (!plan.ok) throw new Error(plan.message)
          for (const p of plan.issue)
            seen[office]!.push({
              ...p,
              id: `${office}${id++}`,
              officeCode: office,
              replicaId: office,
              voidedAt: null,
            })
        }
        for (const s of steps) {
          if (s.kind === 'issue')
            issue(
              s.office,
              s.classCode,
              s.grades.map((grade, i) => ({ enrollmentId: `${s.classCode}-${i}`, grade })),
            )
          else if (s.kind === 'reissue') {
            const live = seen[s.office]!.filter((c) => c.voidedAt === null)
            const old = live[s.pick % Math.max(live.length, 1)]
            if (!old) continue
            old.voidedAt = '2026-07-01'
            const classCode = old.enrollmentId.split('-')[0]!
            issue(s.office, classCode, [{ enrollmentId: old.enrollmentId, grade: 'pass' }])
          } else {
            const to = s.from === 'B' ? 'F' : 'B'
            const have = new Set(seen[to]!.map((c) => c.id))
            seen[to]!.push(...seen[s.from]!.filter((c) => !have.has(c.id)).map((c) => ({ ...c })))
          }
        }
        const all = new Map([...seen.B!, ...seen.F!].map((c) => [c.id, c]))
        expect(duplicateNumbers([...all.values()]).size).toBe(0)
      }),
      { numRuns: 300 },
    )
  })
})
