import { sameFieldValue } from './fieldValue'
import type { ImportContext, ImportRefusal } from './importPlan'
import type { SyncedRow, TableSnapshot } from './merge'
import { isMetaField } from './record'

/**
 * The mass-overwrite guard of the dry run (issue 12 point 10): a file that would change a large
 * share of the values this office holds in one area needs the same confirmation as one that
 * would delete most of it (importPlan.ts `massDeleteRefusal`). A wrong or forged file can ruin
 * an area by editing every record as surely as by deleting it, and edits leave no recycle bin.
 */

/** A file that would change more than this share of a table's field values needs confirmation… */
export const MASS_OVERWRITE_SHARE = 0.3
/**
 * …when the live records of that table hold at least this many field values (ten records of ten
 * fields): in a smaller table a few ordinary edits are already a large share.
 */
export const MASS_OVERWRITE_MIN_VALUES = 100

export interface FieldValueChanges {
  /** Values of live local records the merge would change (a field added or emptied counts). */
  changed: number
  /** Local live records with at least one changed value. */
  records: number
  /**
   * Field values held by the local live records: every member but the sync metadata and
   * `deleted` (0 when nothing is written: there is nothing to compare then).
   */
  total: number
}

const isValueField = (field: string) => field !== 'deleted' && !isMetaField(field)

function valueCount(row: SyncedRow): number {
  let n = 0
  for (const field in row) if (isValueField(field) && row[field] !== undefined) n++
  return n
}

/**
 * How many field values of the local live records the rows a merge writes (`written`,
 * mergeTables) would change. Records new here, and records already in the recycle bin here, are
 * not counted: they hold none of the live values the guard protects.
 */
export function countFieldValueChanges(
  local: TableSnapshot,
  written: readonly SyncedRow[],
): FieldValueChanges {
  if (written.length === 0) return { changed: 0, records: 0, total: 0 }
  const live = new Map<string, SyncedRow>()
  let total = 0
  for (const r of local as TableSnapshot<SyncedRow>)
    if (!r.deleted) {
      live.set(r.id, r)
      total += valueCount(r)
    }
  let changed = 0
  let records = 0
  for (const after of written) {
    const before = live.get(after.id)
    if (!before) continue
    let here = 0
    for (const field in before)
      if (isValueField(field) && !sameFieldValue(before[field], after[field])) here++
    for (const field in after)
      if (isValueField(field) && !(field in before) && after[field] !== undefined) here++
    changed += here
    if (here > 0) records++
  }
  return { changed, records, total }
}

/** The refusal to confirm when the file changes too large a share of a table's values; null otherwise. */
export function massOverwriteRefusal(
  table: string,
  local: TableSnapshot,
  written: readonly SyncedRow[],
  ctx: Pick<ImportContext, 'tableLabels' | 'confirmed'>,
): ImportRefusal | null {
  const { changed, records, total } = countFieldValueChanges(local, written)
  if (total < MASS_OVERWRITE_MIN_VALUES || changed <= total * MASS_OVERWRITE_SHARE) return null
  const label = ctx.tableLabels?.[table] ?? table
  const percent = Math.round((changed / total) * 100)
  return {
    code: 'massOverwrite',
    message: `此文件会修改「${label}」中 ${records} 条记录的 ${changed} 项内容（本机该区域共 ${total} 项，占 ${percent}%）。大范围改写可能来自错误的文件或对方的误操作，被覆盖的内容不会进入回收站。请确认这是对方有意的修改，再继续导入。`,
    overridable: true,
    confirmed: ctx.confirmed?.massOverwrite === true,
    table,
  }
}
