import { buildSearchKey, compileSearch, type PersonSearchKey } from '@shared/roster/pinyinSearch'
import type { EnrollmentStatus } from '../../db/roster/rosterRecords'
import type { ClassRoster, RosterEntry } from '../../db/roster/rosterQueries'
import { sortRoles } from '@shared/roster/roles'

/** One row of the roster grid: the person and their place in the class, flattened for the grid. */
export interface RosterGridRow {
  id: string
  personId: string
  seat: number | null
  name: string
  gender: string
  idNumber: string
  ethnicity: string
  birthDate: string
  politicalStatus: string
  unit: string
  post: string
  phone: string
  studentNo: string
  college: string
  major: string
  groupName: string
  partyGroupName: string
  /** Committee roles (支委、班委), in committee order. */
  roles: string[]
  /** Groups this person leads, as titles (第1组组长). */
  leads: string[]
  dormRoom: string
  status: EnrollmentStatus
  withdrawReason: string
  withdrawDate: string
  note: string
  searchKey: PersonSearchKey
}

export function toGridRows(roster: ClassRoster): RosterGridRow[] {
  const leaderOf = new Map<string, string[]>()
  for (const g of roster.groups) {
    if (!g.leaderEnrollmentId) continue
    const label =
      g.kind === 'discussion'
        ? `${g.name}组长`
        : `${g.name}${g.name.endsWith('党小组') ? '组长' : '党小组长'}`
    leaderOf.set(g.leaderEnrollmentId, [...(leaderOf.get(g.leaderEnrollmentId) ?? []), label])
  }
  return roster.entries.map((entry) => toGridRow(entry, leaderOf.get(entry.enrollment.id) ?? []))
}

function toGridRow(
  { person: p, enrollment: e, groupName, partyGroupName }: RosterEntry,
  leads: string[],
): RosterGridRow {
  return {
    id: e.id,
    personId: p.id,
    seat: e.seat,
    name: p.name,
    gender: p.gender,
    idNumber: p.idNumber,
    ethnicity: p.ethnicity,
    birthDate: p.birthDate,
    politicalStatus: p.politicalStatus,
    unit: p.unit,
    post: p.post,
    phone: p.phone,
    studentNo: p.studentNo,
    college: p.college,
    major: p.major,
    groupName,
    partyGroupName,
    roles: sortRoles(e.roles),
    leads,
    dormRoom: e.dormRoom,
    status: e.status,
    withdrawReason: e.withdrawReason,
    withdrawDate: e.withdrawDate,
    note: e.note,
    searchKey: searchKeyOf(p),
  }
}

/**
 * Pinyin for every name is the costly part of building rows; the live roster rebuilds them on
 * every edit, so keys are kept for as long as what they are built from stays the same.
 */
const searchKeys = new Map<string, PersonSearchKey>()
const MAX_CACHED_KEYS = 50_000

function searchKeyOf(p: Parameters<typeof buildSearchKey>[0]): PersonSearchKey {
  const cacheKey = [p.name, p.idNumber, p.unit, p.studentNo, p.phone].join('\u0000')
  let key = searchKeys.get(cacheKey)
  if (!key) {
    if (searchKeys.size >= MAX_CACHED_KEYS) searchKeys.clear()
    key = buildSearchKey(p)
    searchKeys.set(cacheKey, key)
  }
  return key
}

/** The rows the search box lets through: name, pinyin initials (zs → 张三), last ID digits, unit … */
export function searchRows(rows: readonly RosterGridRow[], query: string): RosterGridRow[] {
  if (!query.trim()) return [...rows]
  const matches = compileSearch(query)
  return rows.filter((r) => matches(r.searchKey))
}
