import { ROSTER_FIELD_LABELS, rosterFieldsWhere, type PersonField } from '@shared/roster/fields'
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

/** The person fields only one kind of roster has (fields.ts): 学号、学院、专业班级 or 工作单位、职务. */
const onlyOn = (kind: 'cadre' | 'university') =>
  rosterFieldsWhere((s) => s.person && s.rosterKind === kind) as PersonField[]
const UNIVERSITY_FIELDS = onlyOn('university')
const CADRE_FIELDS = onlyOn('cadre')

/** Whether the printed roster is a university one (学号, 学院) rather than a cadre one (单位, 职务). */
export function isUniversityRoster(entries: readonly RosterEntry[]): boolean {
  const has = (fields: PersonField[]) => entries.some((e) => fields.some((f) => (e.person[f] ?? '') !== ''))
  return has(UNIVERSITY_FIELDS) && !has(CADRE_FIELDS)
}

/** The heading of the `unitAndPost` column: 学院及专业班级 on a university roster, else 工作单位及职务. */
export function unitAndPostHeader(entries: readonly RosterEntry[]): string {
  const label = ROSTER_FIELD_LABELS
  return isUniversityRoster(entries) ? `${label.college}及${label.major}` : label.unitAndPost
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
