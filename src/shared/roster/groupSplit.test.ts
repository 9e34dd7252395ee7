import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupBalance, splitIntoGroups, suggestedGroupCount, type SplitMember } from './groupSplit'

/** `[unit, men, women]` per unit → members with ids u0-m0, u0-f0 … in that order. */
function roster(units: readonly (readonly [string, number, number])[]): SplitMember[] {
  return units.flatMap(([unit, men, women], u) => [
    ...Array.from({ length: men }, (_, i) => ({ id: `u${u}-m${i}`, unit, gender: '男' })),
    ...Array.from({ length: women }, (_, i) => ({ id: `u${u}-f${i}`, unit, gender: '女' })),
  ])
}

function balances(members: readonly SplitMember[], groups: string[][]) {
  const byId = new Map(members.map((m) => [m.id, m]))
  return groups.map((g) => groupBalance(g.map((id) => byId.get(id)!)))
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values)

/** Same-unit pairs summed over groups: what the swaps minimise. */
function unitPairs(members: readonly SplitMember[], groups: string[][]): number {
  const byId = new Map(members.map((m) => [m.id, m]))
  let pairs = 0
  for (const g of groups) {
    const c = new Map<string, number>()
    for (const id of g) {
      const u = byId.get(id)!.unit.trim() || id
      c.set(u, (c.get(u) ?? 0) + 1)
    }
    for (const n of c.values()) pairs += (n * (n - 1)) / 2
  }
  return pairs
}

describe('splitIntoGroups: the automatic 学员分组 the head teacher then adjusts', () => {
  const cases: {
    source: string
    what: string
    units: [string, number, number][]
    groupCount: number
    sizes: number[]
    men: number[]
    women: number[]
    largestUnit: number
  }[] = [
    {
      source: '000 附1 开班准备 学员分组',
      what: '48 students from 8 units, 6 tables of 8: every table 5 men and 3 women, no two colleagues',
      units: [
        ['区委组织部', 4, 2],
        ['区财政局', 4, 2],
        ['区教育局', 4, 2],
        ['岳阳街道', 4, 2],
        ['泗泾镇', 4, 2],
        ['区卫健委', 4, 2],
        ['区发改委', 3, 3],
        ['区民政局', 3, 3],
      ],
      groupCount: 6,
      sizes: [8, 8, 8, 8, 8, 8],
      men: [5, 5, 5, 5, 5, 5],
      women: [3, 3, 3, 3, 3, 3],
      largestUnit: 1,
    },
    {
      source: '000 附1 开班准备 学员分组',
      what: 'one student too many: one table of 9, the rest 8',
      units: [
        ['区委组织部', 5, 2],
        ['区财政局', 4, 4],
        ['区教育局', 4, 4],
        ['岳阳街道', 4, 4],
        ['泗泾镇', 4, 3],
        ['区卫健委', 4, 3],
        ['区发改委', 3, 1],
      ],
      groupCount: 6,
      sizes: [9, 8, 8, 8, 8, 8],
      men: [5, 5, 5, 5, 4, 4],
      women: [4, 3, 3, 3, 4, 4],
      largestUnit: 2,
    },
    {
      source: '002 (三) 综合考虑单位',
      what: 'a unit larger than the number of groups: as even as it can be (9 over 4 → at most 3)',
      units: [
        ['区教育局', 5, 4],
        ['区财政局', 2, 1],
        ['泗泾镇', 1, 3],
      ],
      groupCount: 4,
      sizes: [4, 4, 4, 4],
      men: [2, 2, 2, 2],
      women: [2, 2, 2, 2],
      largestUnit: 3,
    },
    {
      source: '002 (三) 综合考虑单位',
      what: "a unit's men and women do not meet at one table when a swap can part them",
      units: [
        ['区委组织部', 2, 2],
        ['区财政局', 2, 2],
        ['区教育局', 2, 2],
        ['岳阳街道', 2, 2],
      ],
      groupCount: 4,
      sizes: [4, 4, 4, 4],
      men: [2, 2, 2, 2],
      women: [2, 2, 2, 2],
      largestUnit: 1,
    },
    {
      source: '000 附1 开班准备 学员分组',
      what: 'fewer students than groups asked for: one per group',
      units: [['区委组织部', 2, 1]],
      groupCount: 5,
      sizes: [1, 1, 1],
      men: [1, 1, 0],
      women: [0, 0, 1],
      largestUnit: 1,
    },
  ]

  it.each(cases)('$what ($source)', ({ units, groupCount, sizes, men, women, largestUnit }) => {
    const members = roster(units)
    const groups = splitIntoGroups(members, groupCount)
    const b = balances(members, groups)
    expect(b.map((x) => x.size)).toEqual(sizes)
    expect(b.map((x) => x.male)).toEqual(men)
    expect(b.map((x) => x.female)).toEqual(women)
    expect(Math.max(...b.map((x) => x.largestUnit))).toBe(largestUnit)
  })

  it('keeps each group in roster order and gives the same groups for the same roster', () => {
    const members = roster([
      ['区委组织部', 3, 3],
      ['区财政局', 3, 3],
    ])
    const first = splitIntoGroups(members, 3)
    const index = new Map(members.map((m, i) => [m.id, i]))
    for (const g of first) expect(g).toEqual([...g].sort((a, b) => index.get(a)! - index.get(b)!))
    expect(splitIntoGroups(members, 3)).toEqual(first)
  })

  it('puts people of unknown gender and unknown unit somewhere, evenly', () => {
    const members: SplitMember[] = [
      ...roster([['区委组织部', 2, 2]]),
      { id: 'x1', unit: '', gender: '' },
      { id: 'x2', unit: '', gender: '未知' },
    ]
    const groups = splitIntoGroups(members, 2)
    expect(groups.flat().sort()).toEqual(members.map((m) => m.id).sort())
    expect(groups.map((g) => g.length)).toEqual([3, 3])
    expect(groups.map((g) => g.filter((id) => id.startsWith('x')).length)).toEqual([1, 1])
  })

  it('refuses a group count that is not a positive whole number', () => {
    expect(() => splitIntoGroups(roster([['区委组织部', 1, 0]]), 0)).toThrow()
    expect(() => splitIntoGroups(roster([['区委组织部', 1, 0]]), 1.5)).toThrow()
    expect(splitIntoGroups([], 3)).toEqual([])
  })

  it('always: everyone once, sizes and each gender within one, and no same-gender swap left that parts colleagues', () => {
    const member = fc.record({
      unit: fc.constantFrom('', '区委组织部', '区财政局', '区教育局', '岳阳街道', '泗泾镇'),
      gender: fc.constantFrom('男', '女', ''),
    })
    fc.assert(
      fc.property(fc.array(member, { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (raw, k) => {
        const members = raw.map((m, i) => ({ ...m, id: `p${i}` }))
        const groups = splitIntoGroups(members, k)
        expect(groups.flat().sort()).toEqual(members.map((m) => m.id).sort())
        if (members.length === 0) return
        expect(groups).toHaveLength(Math.min(k, members.length))
        const b = balances(members, groups)
        expect(spread(b.map((x) => x.size))).toBeLessThanOrEqual(1)
        expect(spread(b.map((x) => x.male))).toBeLessThanOrEqual(1)
        expect(spread(b.map((x) => x.female))).toBeLessThanOrEqual(1)
        // Local optimum: swapping any two same-gender people between groups adds colleague pairs or keeps them.
        const pairs = unitPairs(members, groups)
        const gender = new Map(
          members.map((m) => [m.id, m.gender === '男' || m.gender === '女' ? m.gender : '']),
        )
        for (let g = 0; g < groups.length; g++)
          for (let h = g + 1; h < groups.length; h++)
            for (const a of groups[g]!)
              for (const c of groups[h]!) {
                if (gender.get(a) !== gender.get(c) || gender.get(a) === '') continue
                const swapped = groups.map((x) => x.map((id) => (id === a ? c : id === c ? a : id)))
                expect(unitPairs(members, swapped)).toBeGreaterThanOrEqual(pairs)
              }
      }),
      { numRuns: 150 },
    )
  })
})

describe('suggestedGroupCount', () => {
  it.each([
    [48, 6],
    [120, 15],
    [5, 1],
    [0, 1],
  ])('%i students → %i groups of about 8', (n, k) => expect(suggestedGroupCount(n)).toBe(k))
})
