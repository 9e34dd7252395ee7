import type { z } from 'zod'
import type { HlcString } from './hlc'
import {
  conflictKey,
  mergeTables,
  type Conflict,
  type SyncedRow,
  type TableMergeCounts,
  type TableSnapshot,
} from './merge'
import { massOverwriteRefusal } from './massOverwrite'
import { judgeSchool, type LocalSchool } from './schoolIdentity'
import { fileProblem } from './rowValidation'
import { SNAPSHOT_FORMAT_VERSION, type Snapshot, type SnapshotHeader } from './snapshot'

/**
 * The dry run of an import (docs/sync-merge.md, "Refusals").
 *
 * Nothing is written here: the plan says what the file would add, change,
 * delete and put in conflict, per table; which reasons speak against
 * importing it; and, when it may go ahead, exactly the rows to write and the
 * conflicts to log, so applying is one plain transaction.
 */

/** A file that would newly delete more than this share of a table's live records needs confirmation… */
export const MASS_DELETE_SHARE = 0.3
/** …when that table has at least this many live records (small tables change wholesale legitimately). */
export const MASS_DELETE_MIN_RECORDS = 10

/**
 * The delete-versus-edit rule in the user's words, for the dry run
 * (docs/sync-merge.md): a deletion is a field like any other, so both apply.
 */
export const DELETE_EDIT_RULE_TEXT =
  '一方删除、另一方同时修改的记录：删除和修改都会保留。记录进入回收站，并带有修改后的内容，需要时可从回收站恢复。'

export type ImportRefusalCode =
  | 'otherSchool'
  | 'noSchoolId'
  | 'olderThanMerged'
  | 'massDelete'
  | 'massOverwrite'
  | 'newerVersion'
  // unencryptedFiles.ts: an unencrypted file while the school accepts encrypted files only.
  | 'unencrypted'
  // rowValidation.ts: a stamp too far ahead of this PC's clock; a row or stamp that is not sound.
  | 'clockAhead'
  | 'invalidContent'

export interface ImportRefusal {
  code: ImportRefusalCode
  /** Shown to the user as is. */
  message: string
  /** `olderThanMerged`, `massDelete` and `massOverwrite` may be overridden by the user; the others never. */
  overridable: boolean
  /** Whether the user has confirmed going on (always false for hard refusals). */
  confirmed: boolean
  /** For `massDelete` and `massOverwrite`: the table concerned. */
  table?: string
}

/** Shown with the dry run; a clock far ahead is not a warning but a refusal (`clockAhead`, rowValidation.ts). */
export interface ImportWarning {
  code: string
  message: string
}

export interface ImportContext {
  /** This office's school (schoolIdentity.ts); null on a fresh installation that has none yet (any file is accepted). */
  school: LocalSchool | null
  /** This app's database schema version (LATEST_SCHEMA_VERSION). */
  schemaVersion: number
  /** This app's version (package.json): files of a newer app are refused. */
  appVersion?: string
  /** Per replica id, the `hlcHighWater` of the newest file from that office merged here so far. */
  mergedMarks: Readonly<Record<string, HlcString>>
  /** Keys (conflictKey) of conflicts already logged here, so a repeated import logs nothing new. */
  knownConflictKeys?: ReadonlySet<string>
  /** What the user has confirmed after seeing an earlier plan of the same file. */
  confirmed?: { olderThanMerged?: boolean; massDelete?: boolean; massOverwrite?: boolean }
  /** Chinese names of the tables (areas) for messages, e.g. { classes: '班次' }. */
  tableLabels?: Readonly<Record<string, string>>
  /** This PC's time in ms: a file with a stamp more than MAX_FORWARD_DRIFT_MS ahead is refused; defaults to now. */
  now?: number
  /** Schemas rows are checked with (rowValidation.ts): SYNCED_ROW_SCHEMAS unless given. */
  rowSchemas?: Readonly<Record<string, z.ZodType>>
}

export interface ImportPlan {
  header: SnapshotHeader
  /** Per table in the file. Empty when a hard refusal stopped the merge. */
  tables: Record<string, TableMergeCounts>
  totals: TableMergeCounts
  refusals: ImportRefusal[]
  warnings: ImportWarning[]
  /** True when no refusal stands: none is hard, and every overridable one is confirmed. */
  canApply: boolean
  /** Rows to write (put) per table, in one transaction. */
  rows: Record<string, SyncedRow[]>
  /** Conflicts to log, without those already known. */
  conflicts: Conflict[]
  /** After applying: store this as `mergedMarks[header.replicaId]`, and pass it to `clock.receive`. */
  mergedMark: HlcString
  /** True when applying would write nothing and log nothing. */
  isNoop: boolean
  /** When applying makes this office take the file's school id (its provisional one converging). */
  adoptSchool?: { schoolId: string; provisional: boolean }
}

export const emptyCounts = (): TableMergeCounts => ({
  added: 0,
  changed: 0,
  deleted: 0,
  conflicts: 0,
  unchanged: 0,
  deleteEdit: 0,
})

function addCounts(into: TableMergeCounts, c: TableMergeCounts): void {
  into.added += c.added
  into.changed += c.changed
  into.deleted += c.deleted
  into.conflicts += c.conflicts
  into.unchanged += c.unchanged
  into.deleteEdit += c.deleteEdit
}

function formatLocalTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/**
 * Compares dotted version numbers ("0.10.2" > "0.9.9"). A pre-release or build
 * tag ("1.0.0-beta.1") is left out: it counts as its release.
 */
export function compareAppVersions(a: string, b: string): number {
  const parts = (v: string) =>
    (v.split(/[-+]/)[0] ?? '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : 0))
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}

/**
 * A newer format or schema cannot be read correctly; nor, safely, can a file
 * of a newer app: it may hold values (a new status code, a new field) that
 * this version's screens and rules do not know, even when the database schema
 * (which changes only with its indexes) is the same.
 */
function versionRefusal(
  header: SnapshotHeader,
  ctx: Pick<ImportContext, 'schemaVersion' | 'appVersion'>,
): ImportRefusal | null {
  const newerApp = ctx.appVersion !== undefined && compareAppVersions(header.appVersion, ctx.appVersion) > 0
  if (
    header.formatVersion <= SNAPSHOT_FORMAT_VERSION &&
    header.schemaVersion <= ctx.schemaVersion &&
    !newerApp
  )
    return null
  return {
    code: 'newerVersion',
    message: `此文件由更新版本的班务通导出（软件版本 ${header.appVersion}，数据版本 ${header.schemaVersion}；本机软件版本 ${ctx.appVersion ?? '较旧'}，数据版本 ${ctx.schemaVersion}），本机无法正确读取。请先把本机的班务通升级到同一版本或更新版本，再导入。`,
    overridable: false,
    confirmed: false,
  }
}

function schoolRefusal(header: SnapshotHeader, ctx: Pick<ImportContext, 'school'>): ImportRefusal | null {
  const verdict = judgeSchool(header, ctx.school)
  if (verdict.kind !== 'refuse') return null
  return { code: verdict.code, message: verdict.message, overridable: false, confirmed: false }
}

function staleRefusal(header: SnapshotHeader, ctx: ImportContext): ImportRefusal | null {
  const merged = ctx.mergedMarks[header.replicaId]
  if (merged === undefined || header.hlcHighWater > merged) return null
  return {
    code: 'olderThanMerged',
    message: `此文件（${header.replicaName}，导出于 ${formatLocalTime(header.createdAt)}）不比已经导入过的「${header.replicaName}」文件新，可能已导入过或是旧文件。继续导入不会丢失数据，但通常没有新内容。`,
    overridable: true,
    confirmed: ctx.confirmed?.olderThanMerged === true,
  }
}

function massDeleteRefusal(
  table: string,
  local: TableSnapshot,
  deleted: number,
  ctx: ImportContext,
): ImportRefusal | null {
  let live = 0
  for (const r of local) if (!r.deleted) live++
  if (live < MASS_DELETE_MIN_RECORDS || deleted <= live * MASS_DELETE_SHARE) return null
  const label = ctx.tableLabels?.[table] ?? table
  const percent = Math.round((deleted / live) * 100)
  return {
    code: 'massDelete',
    message: `此文件会把「${label}」中的 ${deleted} 条记录（本机共 ${live} 条，占 ${percent}%）移入回收站。请确认这是对方有意删除的，再继续导入。`,
    overridable: true,
    confirmed: ctx.confirmed?.massDelete === true,
    table,
  }
}

/** rowValidation.ts: the file's content refused before anything is merged (never overridable). */
function contentRefusal(snapshot: Snapshot, ctx: ImportContext): ImportRefusal | null {
  const problem = fileProblem(snapshot, {
    now: ctx.now ?? Date.now(),
    tableLabels: ctx.tableLabels,
    rowSchemas: ctx.rowSchemas,
  })
  if (!problem) return null
  return {
    code: problem.code === 'clockAhead' ? 'clockAhead' : 'invalidContent',
    message: problem.message,
    overridable: false,
    confirmed: false,
    ...(problem.table === undefined ? {} : { table: problem.table }),
  }
}

/**
 * The refusals no confirmation lifts (another school, a newer version). They depend on the
 * header alone, which can be read without the passphrase: the import screen shows them as soon
 * as a file is chosen, and the dry run repeats them.
 */
export function hardRefusals(
  header: SnapshotHeader,
  ctx: Pick<ImportContext, 'school' | 'schemaVersion' | 'appVersion'>,
): ImportRefusal[] {
  return [versionRefusal(header, ctx), schoolRefusal(header, ctx)].filter((r) => r !== null)
}

/**
 * Plans the import of `snapshot` into the local tables. `localTables` holds,
 * per table in the file, all local rows of that table (live and deleted);
 * a table missing there counts as empty.
 */
export function planImport(
  localTables: Readonly<Record<string, TableSnapshot>>,
  snapshot: Snapshot,
  ctx: ImportContext,
): ImportPlan {
  const { header } = snapshot
  const previous = ctx.mergedMarks[header.replicaId]
  const plan: ImportPlan = {
    header,
    tables: {},
    totals: emptyCounts(),
    refusals: [],
    warnings: [],
    canApply: false,
    rows: {},
    conflicts: [],
    mergedMark: previous !== undefined && previous > header.hlcHighWater ? previous : header.hlcHighWater,
    isNoop: true,
  }
  const hard = hardRefusals(header, ctx)
  if (hard.length > 0) {
    plan.refusals = hard
    return plan
  }
  // Every row is checked before anything is merged: one bad row refuses the whole file.
  const content = contentRefusal(snapshot, ctx)
  if (content) {
    plan.refusals = [content]
    return plan
  }
  const stale = staleRefusal(header, ctx)
  if (stale) plan.refusals.push(stale)
  const school = judgeSchool(header, ctx.school)
  if (school.kind === 'adopt') {
    plan.adoptSchool = { schoolId: school.schoolId, provisional: school.provisional }
    plan.warnings.push({ code: 'adoptSchool', message: school.message })
  }

  const seen = new Set<string>()
  for (const [table, remoteRows] of Object.entries(snapshot.tables)) {
    const local = localTables[table] ?? []
    // Local rows are typed records; the file's are plain rows: merge both as plain rows.
    const merge = mergeTables<SyncedRow>(table, local as TableSnapshot<SyncedRow>, remoteRows)
    const fresh = merge.conflicts.filter((c) => {
      const key = conflictKey(c)
      if (ctx.knownConflictKeys?.has(key) || seen.has(key)) return false
      seen.add(key)
      return true
    })
    const counts = { ...merge.counts, conflicts: fresh.length }
    plan.tables[table] = counts
    addCounts(plan.totals, counts)
    plan.rows[table] = merge.written
    plan.conflicts.push(...fresh)
    const mass = massDeleteRefusal(table, local, counts.deleted, ctx)
    if (mass) plan.refusals.push(mass)
    const overwrite = massOverwriteRefusal(table, local, merge.written, ctx)
    if (overwrite) plan.refusals.push(overwrite)
  }
  plan.canApply = plan.refusals.every((r) => r.overridable && r.confirmed)
  plan.isNoop = plan.conflicts.length === 0 && Object.values(plan.rows).every((rows) => rows.length === 0)
  return plan
}
