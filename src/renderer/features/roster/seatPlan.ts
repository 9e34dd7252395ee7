import type { RosterEntry } from '../../db/roster/rosterQueries'
import type { GroupRecord } from '../../db/roster/rosterRecords'

/** How 编排座号 numbers the class. */
export type SeatOrder = 'list' | 'group' | 'pinyin'

export const SEAT_ORDER_LABELS: Record<SeatOrder, string> = {
  list: '按花名册原顺序（导入文件中的顺序）',
  group: '按小组（同组的人座号相连）',
  pinyin: '按姓名拼音',
}

/**
 * Seat numbers 1, 2, 3 … for everyone still in the class, in the chosen order; people who
 * withdrew lose their seat (they no longer sit in the room, and the numbers stay consecutive).
 * The current seats play no part: this is for numbering a class afresh.
 */
export function seatPlan(
  entries: readonly RosterEntry[],
  groups: readonly GroupRecord[],
  order: SeatOrder,
): { enrollmentId: string; seat: number | null }[] {
  const groupRank = new Map(
    groups.filter((g) => g.kind === 'discussion').map((g, i) => [g.id, g.order * 10_000 + i]),
  )
  const byList = (a: RosterEntry, b: RosterEntry) =>
    (a.enrollment.listOrder ?? Number.MAX_SAFE_INTEGER) - (b.enrollment.listOrder ?? Number.MAX_SAFE_INTEGER)
  const byName = (a: RosterEntry, b: RosterEntry) =>
    a.person.name.localeCompare(b.person.name, 'zh-CN') || a.enrollment.id.localeCompare(b.enrollment.id)
  const byGroup = (a: RosterEntry, b: RosterEntry) =>
    (groupRank.get(a.enrollment.groupId ?? '') ?? Number.MAX_SAFE_INTEGER) -
    (groupRank.get(b.enrollment.groupId ?? '') ?? Number.MAX_SAFE_INTEGER)
  const compare = {
    list: (a: RosterEntry, b: RosterEntry) => byList(a, b) || byName(a, b),
    group: (a: RosterEntry, b: RosterEntry) => byGroup(a, b) || byList(a, b) || byName(a, b),
    pinyin: byName,
  }[order]

  const seated = entries.filter((e) => e.enrollment.status !== 'withdrawn').sort(compare)
  return [
    ...seated.map((e, i) => ({ enrollmentId: e.enrollment.id, seat: i + 1 })),
    ...entries
      .filter((e) => e.enrollment.status === 'withdrawn')
      .map((e) => ({ enrollmentId: e.enrollment.id, seat: null })),
  ]
}
