import type { SnapshotScope } from '@shared/sync/snapshot'
import type { SyncMeta } from '@shared/sync/record'

/**
 * Which rows an export for selected classes carries. Generic over the synced
 * tables, so a table added later needs nothing here as long as its rows name
 * their class in `classId`:
 *
 * - `classes`: the selected classes themselves;
 * - rows with a `classId`: those of the selected classes (deleted ones too:
 *   tombstones are how deletions travel);
 * - `people`: those that an exported enrollment refers to (`personId`);
 * - rows without a `classId` in other tables (the checklist template library):
 *   all of them, as they belong to the whole school and are small.
 * - `schoolSettings` (the school's rules: statuses, leave rules, 只接受加密快照):
 *   always all of them, whatever their fields, so every file carries the rules
 *   the sender's office judges by.
 *
 * A row missing from a file is never a deletion at the other end
 * (docs/sync-merge.md), so a scoped file cannot harm the rest.
 */

const CLASSES = 'classes'
const PEOPLE = 'people'
const ENROLLMENTS = 'enrollments'
const SCHOOL_SETTINGS = 'schoolSettings'

function field(row: SyncMeta, name: string): unknown {
  return (row as unknown as Record<string, unknown>)[name]
}

export function selectScope<R extends SyncMeta>(
  tables: Readonly<Record<string, readonly R[]>>,
  scope: SnapshotScope,
): Record<string, R[]> {
  if (scope === 'all') {
    const all: Record<string, R[]> = {}
    for (const [name, rows] of Object.entries(tables)) all[name] = [...rows]
    return all
  }
  const classIds = new Set(scope.classIds)
  const inClass = (row: R) => {
    const classId = field(row, 'classId')
    return typeof classId === 'string' ? classIds.has(classId) : null
  }
  const people = new Set<string>()
  for (const e of tables[ENROLLMENTS] ?? []) {
    const personId = field(e, 'personId')
    if (inClass(e) === true && typeof personId === 'string') people.add(personId)
  }
  const selected: Record<string, R[]> = {}
  for (const [name, rows] of Object.entries(tables)) {
    if (name === CLASSES) selected[name] = rows.filter((r) => classIds.has(r.id))
    else if (name === PEOPLE) selected[name] = rows.filter((r) => people.has(r.id))
    else if (name === SCHOOL_SETTINGS) selected[name] = [...rows]
    else selected[name] = rows.filter((r) => inClass(r) !== false)
  }
  return selected
}
