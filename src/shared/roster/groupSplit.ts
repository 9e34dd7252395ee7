/**
 * The automatic split of a class into groups (学员分组, seed 000 附1 开班准备), which the
 * head teacher then adjusts by hand.
 *
 * What a balanced split means, in order of importance:
 * 1. sizes differ by at most one;
 * 2. each gender is spread evenly: per group its count differs by at most one;
 * 3. colleagues are spread out: as few people from the same unit in one group as possible
 *    (a discussion mixes units; seed 002 (三) weighs 单位 when composing the branch).
 *
 * 1 and 2 hold by construction: members are dealt round-robin like cards, one gender after
 * the other, so every gender is a contiguous run of the deal. 3 is then improved by swapping
 * two people of the same gender between groups (which keeps 1 and 2) while a swap reduces
 * the number of same-unit pairs. Everything is deterministic: the same roster gives the same
 * groups.
 */

export interface SplitMember {
  id: string
  unit: string
  /** '男', '女', or anything else (unknown) — unknown genders are dealt last. */
  gender: string
}

/** Upper bound on improvement passes; each pass only ever lowers the pair count, so this is a safety net. */
const MAX_PASSES = 50

/**
 * Splits members into `groupCount` groups (fewer when there are fewer members). Returns the
 * member ids per group, each group in the members' input order.
 */
export function splitIntoGroups(members: readonly SplitMember[], groupCount: number): string[][] {
  if (!Number.isInteger(groupCount) || groupCount < 1)
    throw new Error('groupCount must be a positive integer')
  const k = Math.min(groupCount, members.length)
  if (k === 0) return []

  const order = new Map(members.map((m, i) => [m.id, i]))
  const unitOf = new Map(members.map((m) => [m.id, unitKey(m)]))
  const dealt = dealingOrder(members)

  const groups: SplitMember[][] = Array.from({ length: k }, () => [])
  dealt.forEach((m, position) => groups[position % k]!.push(m))

  spreadUnits(groups, unitOf)

  return groups.map((g) => g.map((m) => m.id).sort((a, b) => order.get(a)! - order.get(b)!))
}

/** A blank unit is nobody's colleague: each such member counts as a unit of their own. */
function unitKey(m: SplitMember): string {
  const unit = m.unit.trim()
  return unit === '' ? `\u0000${m.id}` : unit
}

/**
 * Genders in blocks (the larger first, unknown last); within a block, the largest units first
 * and each unit's people together, so a unit is dealt to consecutive, different groups.
 */
function dealingOrder(members: readonly SplitMember[]): SplitMember[] {
  const unitSize = new Map<string, number>()
  const unitFirstSeen = new Map<string, number>()
  members.forEach((m, i) => {
    const u = unitKey(m)
    unitSize.set(u, (unitSize.get(u) ?? 0) + 1)
    if (!unitFirstSeen.has(u)) unitFirstSeen.set(u, i)
  })
  const byGender = new Map<string, { m: SplitMember; i: number }[]>()
  members.forEach((m, i) => {
    const g = m.gender === '男' || m.gender === '女' ? m.gender : ''
    const block = byGender.get(g)
    if (block) block.push({ m, i })
    else byGender.set(g, [{ m, i }])
  })
  const blocks = [...byGender.entries()].sort(
    ([ga, a], [gb, b]) =>
      Number(ga === '') - Number(gb === '') || b.length - a.length || ga.localeCompare(gb),
  )
  return blocks.flatMap(([, block]) =>
    [...block]
      .sort((a, b) => {
        const ua = unitKey(a.m)
        const ub = unitKey(b.m)
        return (
          unitSize.get(ub)! - unitSize.get(ua)! ||
          unitFirstSeen.get(ua)! - unitFirstSeen.get(ub)! ||
          a.i - b.i
        )
      })
      .map((x) => x.m),
  )
}

/** Same-gender swaps between groups while they lower the number of same-unit pairs. */
function spreadUnits(groups: SplitMember[][], unitOf: ReadonlyMap<string, string>) {
  const counts = groups.map((g) => {
    const c = new Map<string, number>()
    for (const m of g) c.set(unitOf.get(m.id)!, (c.get(unitOf.get(m.id)!) ?? 0) + 1)
    return c
  })
  const count = (g: number, unit: string) => counts[g]!.get(unit) ?? 0
  const move = (g: number, unit: string, by: number) => counts[g]!.set(unit, count(g, unit) + by)

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false
    for (let g = 0; g < groups.length; g++) {
      for (let i = 0; i < groups[g]!.length; i++) {
        const a = groups[g]![i]!
        const ua = unitOf.get(a.id)!
        if (count(g, ua) < 2) continue
        const swap = bestSwap(groups, g, a, ua, unitOf, count)
        if (!swap) continue
        const [h, j] = swap
        const b = groups[h]![j]!
        const ub = unitOf.get(b.id)!
        groups[g]![i] = b
        groups[h]![j] = a
        move(g, ua, -1)
        move(g, ub, 1)
        move(h, ub, -1)
        move(h, ua, 1)
        improved = true
      }
    }
    if (!improved) return
  }
}

/** The first swap partner (same gender, another group) that lowers the pair count the most. */
function bestSwap(
  groups: SplitMember[][],
  g: number,
  a: SplitMember,
  ua: string,
  unitOf: ReadonlyMap<string, string>,
  count: (g: number, unit: string) => number,
): [number, number] | null {
  let best: [number, number] | null = null
  let bestDelta = 0
  for (let h = 0; h < groups.length; h++) {
    if (h === g) continue
    const members = groups[h]!
    for (let j = 0; j < members.length; j++) {
      const b = members[j]!
      if (b.gender !== a.gender) continue
      const ub = unitOf.get(b.id)!
      if (ub === ua) continue
      // Pairs gained minus pairs lost when a and b change places.
      const delta = count(g, ub) + count(h, ua) - (count(g, ua) - 1) - (count(h, ub) - 1)
      if (delta < bestDelta) {
        bestDelta = delta
        best = [h, j]
      }
    }
  }
  return best
}

/** How balanced a split is, for the split dialog and the tests. */
export interface GroupBalance {
  size: number
  male: number
  female: number
  /** The most people from one unit in the group (blank units not counted). */
  largestUnit: number
}

export function groupBalance(group: readonly SplitMember[]): GroupBalance {
  const units = new Map<string, number>()
  for (const m of group) {
    const u = m.unit.trim()
    if (u) units.set(u, (units.get(u) ?? 0) + 1)
  }
  return {
    size: group.length,
    male: group.filter((m) => m.gender === '男').length,
    female: group.filter((m) => m.gender === '女').length,
    largestUnit: Math.max(0, ...units.values()),
  }
}

/** A sensible number of groups for a class: about 8 people per group (a discussion table). */
export function suggestedGroupCount(memberCount: number, perGroup = 8): number {
  if (memberCount <= 0) return 1
  return Math.max(1, Math.round(memberCount / perGroup))
}
