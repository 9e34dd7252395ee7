import { useClassRoster } from '../../../db/roster/rosterHooks'
import type { RosterEntry } from '../../../db/roster/rosterQueries'
import type { GroupRecord } from '../../../db/roster/rosterRecords'

/** Who is printed: the class's people in roster order, without those who withdrew. */
export function usePrintRoster(
  classId: string,
): { entries: RosterEntry[]; groups: GroupRecord[] } | undefined {
  const roster = useClassRoster(classId)
  if (!roster) return undefined
  return { entries: roster.entries.filter((e) => e.enrollment.status !== 'withdrawn'), groups: roster.groups }
}

/** Whether the printed roster is a university one (学号, 学院) rather than a cadre one (单位, 职务). */
export function isUniversityRoster(entries: readonly RosterEntry[]): boolean {
  const has = (f: 'studentNo' | 'college' | 'unit' | 'post') => entries.some((e) => e.person[f] !== '')
  return (has('studentNo') || has('college')) && !has('unit') && !has('post')
}

/** 区委组织部 四级调研员 — how unit and post read together on sheets. */
export function unitAndPost(entry: RosterEntry): string {
  const p = entry.person
  return [p.unit, p.post].filter(Boolean).join(' ') || [p.college, p.major].filter(Boolean).join(' ')
}

/** 1988-11-20 → 1988.11, as Chinese forms print 出生年月. */
export function yearMonth(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date)
  return m ? `${m[1]}.${m[2]}` : date
}
