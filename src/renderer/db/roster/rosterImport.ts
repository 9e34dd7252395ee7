/**
 * A roster import against the database: classify the previewed rows (new, already in this
 * class, known from another class), then, once the user confirms, write everything in one
 * transaction. Until `commitRosterImport` runs nothing is written, so cancelling the import
 * screen at any step leaves the data as it was.
 */
import { classifyAgainstExisting, type RowClassification } from '@shared/roster/classifyAgainstExisting'
import type { RosterRow } from '@shared/roster/rosterRow'
import type { BanwuDatabase } from '../core/database'
import { personIdFor } from './personId'
import type { RosterRepositories } from './rosterQueries'
import type { EnrollmentRecord } from './rosterRecords'
import { decideRow, planImportWrites, type ImportChoices, type ImportSummary } from './rosterImportPlan'

export type { ImportChoices, ImportSummary } from './rosterImportPlan'

type ImportRepositories = RosterRepositories & { db: BanwuDatabase }

/**
 * How each row relates to the people already stored. People are found by ID number, else by
 * 学号 + name (classifyAgainstExisting). A row with neither is matched by name within this class
 * only, and only to someone who has neither either: re-importing a names-only list must not
 * enrol everybody twice, and a name alone must not link strangers across classes.
 */
export async function classifyRosterRows(
  repos: RosterRepositories,
  classId: string,
  rows: readonly RosterRow[],
): Promise<RowClassification[]> {
  const idNumbers = rows.flatMap((r) => (r.matchKey?.kind === 'idNumber' ? [r.matchKey.idNumber] : []))
  const studentNos = rows.flatMap((r) => (r.matchKey?.kind === 'studentNo' ? [r.matchKey.studentNo] : []))
  const [byId, byStudentNo, enrollments] = await Promise.all([
    repos.people.findByIdNumbers(idNumbers),
    repos.people.findByStudentNumbers(studentNos),
    repos.enrollments.listByClass(classId),
  ])
  const known = new Map([...byId, ...byStudentNo].map((p) => [p.id, p]))
  const result = classifyAgainstExisting(rows, [...known.values()], enrollments)

  if (rows.some((r) => r.matchKey === null)) {
    const classPeople = await repos.people.getMany(enrollments.map((e) => e.personId))
    const byName = new Map<string, { personId: string; enrollmentId: string } | null>()
    enrollments.forEach((e, i) => {
      const p = classPeople[i]
      if (!p || p.deleted || p.idNumber || p.studentNo) return
      // Two people of the same name: no guess.
      byName.set(p.name, byName.has(p.name) ? null : { personId: p.id, enrollmentId: e.id })
    })
    rows.forEach((row, i) => {
      const match = row.matchKey === null && row.values.name ? byName.get(row.values.name) : undefined
      if (match) result[i] = { kind: 'alreadyInClass', ...match }
    })
  }
  return result
}

/** Writes the confirmed import in one transaction and says what it did. */
export async function commitRosterImport(
  repos: ImportRepositories,
  classId: string,
  rows: readonly RosterRow[],
  classifications: readonly RowClassification[],
  choices: ImportChoices,
  now: Date = new Date(),
): Promise<ImportSummary> {
  if (rows.length !== classifications.length) throw new Error('每一行都需要比对结果')
  const decisions = rows.map((row, i) => decideRow(row, classifications[i]!, choices))

  const newPersonIds = new Map<number, string>()
  rows.forEach((row, i) => {
    if (decisions[i]!.action === 'add') newPersonIds.set(row.excelRow, personIdFor(row.matchKey))
  })

  const { db } = repos
  let summary: ImportSummary | undefined
  await db.transaction('rw', [db.people, db.enrollments, db.local], async () => {
    const personIds = [
      ...new Set([
        ...newPersonIds.values(),
        ...decisions.flatMap((d) => (d.action === 'link' || d.action === 'update' ? [d.personId] : [])),
      ]),
    ]
    const existingPeople = await repos.people.getExisting(personIds)
    const classEnrollments = await repos.enrollments.listWhere('classId', classId)
    const existingEnrollments = new Map<string, EnrollmentRecord>(classEnrollments.map((e) => [e.id, e]))

    const writes = planImportWrites({
      classId,
      rows,
      decisions,
      newPersonIds,
      existingPeople,
      existingEnrollments,
      choices,
    })
    // Both maps were read above in this transaction: putMany need not read the same ids again.
    await repos.people.putMany(writes.people, now, existingPeople)
    await repos.enrollments.putMany(writes.enrollments, now, existingEnrollments)
    summary = writes.summary
  })
  return summary!
}
