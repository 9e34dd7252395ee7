/**
 * What a confirmed roster import writes, worked out without touching the database: which rows
 * add a person, link one known from another class, update one already in this class, or are
 * skipped and why. Pure, so every choice on the import screen is tested without IndexedDB;
 * rosterImport.ts reads what it needs and applies the result in one transaction.
 */
import type { RowClassification } from '@shared/roster/classifyAgainstExisting'
import { ROSTER_FIELDS, ROSTER_FIELD_SPECS, type PersonField } from '@shared/roster/fields'
import type { RosterRow, RosterValues } from '@shared/roster/rosterRow'
import {
  emptyPerson,
  enrollmentFieldsOf,
  enrollmentIdFor,
  newEnrollment,
  nextListOrder,
  personFieldsOf,
} from './rosterBuilders'
import type { EnrollmentFields, EnrollmentRecord, PersonFields, PersonRecord } from './rosterRecords'

export type AlreadyInClassChoice = 'skip' | 'update'

export interface ImportChoices {
  /** Rows with warnings (but no errors) are imported too. Rows with errors never are. */
  includeWarnings: boolean
  /** People already in this class: leave them as they are, or update them from the file. */
  alreadyInClass: AlreadyInClassChoice
  /** Per-row exceptions to `alreadyInClass`, by Excel row number. */
  alreadyInClassByRow?: Readonly<Record<number, AlreadyInClassChoice>>
  /** The user's corrections of a split 工作单位及职务, by Excel row number. */
  unitPost?: Readonly<Record<number, { unit: string; post: string }>>
}

export type SkipReason = 'error' | 'warning' | 'alreadyInClass' | 'samePersonTwice'

export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  error: '有错误',
  warning: '有提醒、未选择导入',
  alreadyInClass: '已在本班、选择跳过',
  samePersonTwice: '与前面的行是同一人',
}

export type RowDecision =
  | { action: 'add' }
  | { action: 'link'; personId: string }
  | { action: 'update'; personId: string; enrollmentId: string }
  | { action: 'skip'; reason: SkipReason }

/**
 * The row as the user has reviewed it: once the user has corrected a split 工作单位及职务, the
 * split is no longer in doubt, so its warning goes (and with it, maybe, the row's warning status).
 */
export function reviewedRow(row: RosterRow, choices: Pick<ImportChoices, 'unitPost'>): RosterRow {
  if (!choices.unitPost?.[row.excelRow]) return row
  const problems = row.problems.filter((p) => p.code !== 'unitPostUnsplit')
  if (problems.length === row.problems.length) return row
  const status = problems.some((p) => p.severity === 'error')
    ? 'error'
    : problems.length > 0
      ? 'warning'
      : 'ok'
  return { ...row, problems, status }
}

/** What happens to one row, given the user's choices. */
export function decideRow(
  original: RosterRow,
  classification: RowClassification,
  choices: ImportChoices,
): RowDecision {
  const row = reviewedRow(original, choices)
  if (row.status === 'error') return { action: 'skip', reason: 'error' }
  if (row.status === 'warning' && !choices.includeWarnings) return { action: 'skip', reason: 'warning' }
  switch (classification.kind) {
    case 'new':
      return { action: 'add' }
    case 'knownPerson':
      return { action: 'link', personId: classification.personId }
    case 'alreadyInClass': {
      const choice = choices.alreadyInClassByRow?.[row.excelRow] ?? choices.alreadyInClass
      return choice === 'update'
        ? { action: 'update', personId: classification.personId, enrollmentId: classification.enrollmentId }
        : { action: 'skip', reason: 'alreadyInClass' }
    }
  }
}

export interface ImportSummary {
  /** New enrollments: new people plus `linked`. */
  added: number
  /** Of `added`, people known from another class (the same person record, enrolled here). */
  linked: number
  /** People already in this class, updated from the file. */
  updated: number
  /** Rows left out, by reason, with their Excel row numbers. */
  skipped: { reason: SkipReason; rows: number[] }[]
}

export interface ImportWrites {
  people: { id: string; fields: PersonFields }[]
  enrollments: { id: string; fields: EnrollmentFields }[]
  summary: ImportSummary
}

export interface PlanInput {
  classId: string
  rows: readonly RosterRow[]
  decisions: readonly RowDecision[]
  /** The id each added row's person gets (personIdFor), by Excel row number. */
  newPersonIds: ReadonlyMap<number, string>
  /** Stored people the plan links or updates (and any stored under a new row's id), by id. */
  existingPeople: ReadonlyMap<string, PersonRecord>
  /** Stored enrollments of this class, the recycle bin included, by id. */
  existingEnrollments: ReadonlyMap<string, EnrollmentRecord>
  choices: ImportChoices
}

export function planImportWrites(input: PlanInput): ImportWrites {
  const people: ImportWrites['people'] = []
  const enrollments: ImportWrites['enrollments'] = []
  const skipped = new Map<SkipReason, number[]>()
  const skip = (reason: SkipReason, row: number) => {
    const list = skipped.get(reason)
    if (list) list.push(row)
    else skipped.set(reason, [row])
  }
  const seen = new Set<string>()
  let added = 0
  let linked = 0
  let updated = 0
  // New enrollments keep the file's order, after everyone already in the class.
  let listOrder = nextListOrder(input.existingEnrollments.values())

  input.rows.forEach((row, i) => {
    const decision = input.decisions[i]!
    if (decision.action === 'skip') return skip(decision.reason, row.excelRow)
    const personId = decision.action === 'add' ? input.newPersonIds.get(row.excelRow) : decision.personId
    if (!personId) throw new Error(`第${row.excelRow}行缺少学员编号`)
    if (seen.has(personId)) return skip('samePersonTwice', row.excelRow)
    seen.add(personId)

    const fromFile = personValues(row.values, input.choices.unitPost?.[row.excelRow])
    const stored = input.existingPeople.get(personId)
    const base = stored && !stored.deleted ? personFieldsOf(stored) : emptyPerson()
    if (
      decision.action === 'link' &&
      stored &&
      fromFile.name !== undefined &&
      fromFile.name !== stored.name
    ) {
      // Same ID number, another name: a typo in the file is likelier than a new name; the person page can change it.
      delete fromFile.name
    }
    people.push({ id: personId, fields: { ...base, ...fromFile } })

    const enrollmentId =
      decision.action === 'update' ? decision.enrollmentId : enrollmentIdFor(input.classId, personId)
    const current = input.existingEnrollments.get(enrollmentId)
    const enrollmentBase =
      decision.action === 'update' && current
        ? enrollmentFieldsOf(current)
        : { ...newEnrollment(input.classId, personId), listOrder: listOrder++ }
    enrollments.push({ id: enrollmentId, fields: { ...enrollmentBase, ...enrollmentValues(row.values) } })

    if (decision.action === 'update') updated++
    else {
      added++
      if (decision.action === 'link') linked++
    }
  })

  const order: SkipReason[] = ['error', 'warning', 'alreadyInClass', 'samePersonTwice']
  return {
    people,
    enrollments,
    summary: {
      added,
      linked,
      updated,
      skipped: order.filter((r) => skipped.has(r)).map((reason) => ({ reason, rows: skipped.get(reason)! })),
    },
  }
}

/** Person fields an import copies as read; gender only when it is 男 or 女. */
const PERSON_TEXT_FIELDS = ROSTER_FIELDS.filter(
  (f): f is Exclude<PersonField, 'gender'> => ROSTER_FIELD_SPECS[f].importsTo === 'person' && f !== 'gender',
)

/** The person fields a row carries (only those the file has a value for). */
function personValues(
  values: RosterValues,
  unitPost?: { unit: string; post: string },
): Partial<PersonFields> {
  const out: Partial<PersonFields> = {}
  for (const key of PERSON_TEXT_FIELDS) {
    const v = values[key]
    if (v !== undefined && v !== '') out[key] = v
  }
  if (values.gender === '男' || values.gender === '女') out.gender = values.gender
  if (unitPost) {
    out.unit = unitPost.unit.trim()
    out.post = unitPost.post.trim()
  }
  return out
}

/** Seat and note belong to this class, not to the person. */
function enrollmentValues(values: RosterValues): Partial<EnrollmentFields> {
  const out: Partial<EnrollmentFields> = {}
  const seat = values.seat === undefined ? NaN : Number(values.seat)
  if (Number.isInteger(seat) && seat >= 1 && seat <= 9999) out.seat = seat
  if (values.note) out.note = values.note
  return out
}

/** The summary in one Chinese sentence, for the last step of the import and for the notice. */
export function describeSummary(s: ImportSummary): string {
  const parts = [`新增 ${s.added} 人${s.linked > 0 ? `（其中 ${s.linked} 人为以往学员，已关联）` : ''}`]
  if (s.updated > 0) parts.push(`更新 ${s.updated} 人`)
  const skippedRows = s.skipped.reduce((n, x) => n + x.rows.length, 0)
  if (skippedRows > 0) {
    parts.push(
      `跳过 ${skippedRows} 行（${s.skipped.map((x) => `${SKIP_REASON_LABELS[x.reason]} ${x.rows.length} 行`).join('；')}）`,
    )
  }
  return parts.join('；')
}
