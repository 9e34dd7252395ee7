import { classTypeLabel, classYear, type ClassStatus, type ClassType } from './trainingClass'

export interface ClassFilter {
  year?: number | null
  type?: ClassType | null
  status?: ClassStatus | null
  /** Free text: name, type label, head teacher or note. */
  search?: string
}

interface FilterableClass {
  name: string
  type: ClassType
  status: ClassStatus
  startDate: string
  headTeachers: string[]
  note: string
}

/** Whether a class matches the list's filters; the text search ignores case and spaces. */
export function matchesClassFilter(c: FilterableClass, f: ClassFilter): boolean {
  if (f.year != null && classYear(c) !== f.year) return false
  if (f.type && c.type !== f.type) return false
  if (f.status && c.status !== f.status) return false
  const q = normalise(f.search ?? '')
  if (!q) return true
  const haystack = normalise([c.name, classTypeLabel(c.type), ...c.headTeachers, c.note].join(' '))
  return q.split(' ').every((part) => haystack.includes(part))
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Newest first: running and preparing classes by start date descending. */
export function sortClasses<T extends { startDate: string; name: string }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name, 'zh-CN'),
  )
}

export function yearsOf(list: { startDate: string }[]): number[] {
  return [...new Set(list.map(classYear))].sort((a, b) => b - a)
}
