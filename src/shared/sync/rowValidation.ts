import type { z } from 'zod'
import { HLC_PATTERN, MAX_FORWARD_DRIFT_MS, MAX_HLC_WALL, type HlcString } from './hlc'
import type { Snapshot } from './snapshot'
import { SYNCED_ROW_SCHEMAS } from './tableSchemas'

/**
 * Every row of a file is checked before anything is written (docs/snapshot-format.md,
 * "Validation"): its sync fields, its stamps against the file's high-water mark and this PC's
 * clock, and its values against the table's schema (tableSchemas.ts, the one the repositories
 * write with). The first problem refuses the whole file, with a Chinese message naming the area,
 * the record and the field. Pure and synchronous; the dry run (importPlan.ts) and a restore
 * (syncRepository.replaceAll) both call it.
 */

export type FileProblemCode = 'clockAhead' | 'badStamp' | 'stampAboveHighWater' | 'badRow'

export interface FileProblem {
  code: FileProblemCode
  /** Shown to the user as is. */
  message: string
  /** Where, when a row is at fault. */
  table?: string
  id?: string
  field?: string
}

export interface FileCheckContext {
  /** This PC's clock in ms: a stamp more than MAX_FORWARD_DRIFT_MS ahead of it refuses the file. */
  now: number
  /** Chinese names of the areas (SYNC_TABLE_LABELS), e.g. { classes: '班次' }. */
  tableLabels?: Readonly<Record<string, string>>
  /** A restore of a backup, not an import: the messages say what to do then. */
  restore?: boolean
  /** The schemas rows' values are checked with: SYNCED_ROW_SCHEMAS unless given (the merge model's abstract tables pass {}). */
  rowSchemas?: Readonly<Record<string, z.ZodType>>
}

/** How messages end: nothing changed, and what to do. */
export const NOTHING_IMPORTED = '未导入任何内容，本机数据没有改变。'
const ASK_AGAIN = '文件可能已损坏或被改动过，请让对方重新导出一次。'
const ASK_OTHER_BACKUP = '备份文件可能已损坏或被改动过，请换一个备份恢复。'
const NOTHING_RESTORED = '未恢复任何内容，本机数据没有改变。'

/** The end of a message: what to do, and that nothing changed (an import, or a restore). */
function tail(ctx: FileCheckContext): string {
  return ctx.restore ? `${ASK_OTHER_BACKUP}${NOTHING_RESTORED}` : `${ASK_AGAIN}${NOTHING_IMPORTED}`
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The wall time of a stamp already known to match HLC_PATTERN. */
function wallOf(stamp: HlcString): number {
  return Number(stamp.slice(0, 15))
}

/** A strict stamp whose wall time is within MAX_HLC_WALL (hlc.ts isHlc, inlined for speed). */
function isStamp(s: unknown): s is HlcString {
  return typeof s === 'string' && s.length === 49 && HLC_PATTERN.test(s) && wallOf(s) <= MAX_HLC_WALL
}

function formatDay(ms: number): string {
  const d = new Date(ms)
  if (Number.isNaN(d.getTime())) return '很久以后'
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

function shortValue(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  if (s === undefined) return String(v)
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}

/** The message for a file made on a PC whose clock runs ahead: names that office and what to do. */
export function clockAheadMessage(office: string, stampWall: number, now: number, restore = false): string {
  const days = Math.max(1, Math.round((stampWall - now) / DAY_MS))
  const ahead = `其中的时间（${formatDay(stampWall)}）比本机时钟快约 ${days} 天，超过允许的 1 天。`
  return restore
    ? `此备份由「${office}」生成，${ahead}很可能是生成备份时电脑的日期设置错了：请检查本机日期和时间，换一个日期正确时的备份恢复。${NOTHING_RESTORED}`
    : `此文件由「${office}」导出，${ahead}很可能是「${office}」那台电脑的日期设置错了：请在那台电脑上改正日期和时间，再重新导出一次。${NOTHING_IMPORTED}`
}

/** The record in the user's words: its name (a class, a person) where it has one, and its id. */
export function recordLabel(row: Record<string, unknown>): string {
  const id = typeof row.id === 'string' ? row.id : shortValue(row.id)
  const name = typeof row.name === 'string' ? row.name.trim() : ''
  return name ? `「${shortValue(name)}」（编号 ${id}）` : `编号为 ${id} 的记录`
}

function where(table: string, row: Record<string, unknown>, ctx: FileCheckContext): string {
  const area = ctx.tableLabels?.[table] ?? table
  return `「${area}」中${recordLabel(row)}`
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  null: '空值',
  undefined: '空缺',
  date: '日期',
  bigint: '数字',
}

function typeOf(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

/** A zod issue in the user's words. */
function issueText(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return '缺少此项'
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected
    const got = TYPE_NAMES[typeOf(value)] ?? typeOf(value)
    return `应为${expected}，实际为${got}`
  }
  if (issue.code === 'invalid_value') return `「${shortValue(value)}」不是可用的取值`
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message
  return `取值「${shortValue(value)}」不符合要求`
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let v = row
  for (const k of path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined
  return v
}

function rowProblem(
  code: FileProblemCode,
  table: string,
  row: Record<string, unknown>,
  field: string,
  what: string,
  ctx: FileCheckContext,
): FileProblem {
  return {
    code,
    table,
    id: typeof row.id === 'string' ? row.id : undefined,
    field,
    message: `此文件${where(table, row, ctx)}的「${field}」有误：${what}。${tail(ctx)}`,
  }
}

/** What a stamp check found: sound, not a stamp, too far ahead, above the file's high-water mark. */
const enum Verdict {
  Ok,
  Bad,
  Ahead,
  Above,
}

/**
 * Judges stamps against the file's high-water mark and the latest wall time allowed, remembering
 * the sound ones: a file repeats each stamp many times (every field of a record written at once,
 * every record of a batch), so most checks are one lookup. Walls compare as their 15-digit text.
 */
function stampJudge(highWater: HlcString, limitWall: number): (s: unknown) => Verdict {
  const limit = String(Math.min(Math.max(limitWall, 0), MAX_HLC_WALL)).padStart(15, '0')
  const sound = new Set<string>()
  let last = '' // the last sound stamp: a record's fields mostly share one
  return (s) => {
    if (s === last) return Verdict.Ok
    if (typeof s !== 'string') return Verdict.Bad
    if (sound.has(s)) {
      last = s
      return Verdict.Ok
    }
    if (!isStamp(s)) return Verdict.Bad
    if (s.slice(0, 15) > limit) return Verdict.Ahead
    if (s > highWater) return Verdict.Above
    sound.add(s)
    last = s
    return Verdict.Ok
  }
}

/** Checks one row's sync fields and stamps (`judge`: stampJudge of the file). */
function syncProblem(
  table: string,
  row: Record<string, unknown>,
  judge: (s: unknown) => Verdict,
  highWater: HlcString,
  office: string,
  ctx: FileCheckContext,
): FileProblem | null {
  const bad = (field: string, what: string) => rowProblem('badRow', table, row, field, what, ctx)
  // A stamp that is not sound: which way, in the user's words.
  const stampProblem = (field: string, s: unknown, v: Verdict): FileProblem => {
    if (v === Verdict.Bad)
      return rowProblem('badStamp', table, row, field, `「${shortValue(s)}」不是有效的时间戳`, ctx)
    if (v === Verdict.Ahead)
      return {
        code: 'clockAhead',
        table,
        field,
        message: clockAheadMessage(office, wallOf(s as string), ctx.now, ctx.restore),
      }
    return rowProblem(
      'stampAboveHighWater',
      table,
      row,
      field,
      `时间戳 ${String(s)} 晚于文件自身的最新时间戳 ${highWater}`,
      ctx,
    )
  }

  if (typeof row.id !== 'string' || row.id === '') return bad('id', '记录编号应为非空文本')
  if (typeof row.deleted !== 'boolean')
    return bad('deleted', `应为是/否，实际为${TYPE_NAMES[typeOf(row.deleted)]}`)
  if (row.createdAt !== undefined && typeof row.createdAt !== 'string') return bad('createdAt', '应为文本')
  const hlc = row._hlc
  if (hlc === null || typeof hlc !== 'object' || Array.isArray(hlc)) return bad('_hlc', '缺少各字段的时间戳')
  let max = ''
  for (const field in hlc) {
    const s = (hlc as Record<string, unknown>)[field]
    const v = judge(s)
    if (v !== Verdict.Ok) return stampProblem(`_hlc.${field}`, s, v)
    if ((s as string) > max) max = s as string
  }
  const updated = row._updated
  const vu = judge(updated)
  if (vu !== Verdict.Ok) return stampProblem('_updated', updated, vu)
  if (updated !== max)
    return bad('_updated', `应等于各字段时间戳中最新的一个（${max || '无'}），实际为 ${String(updated)}`)
  const base = row._base
  if (base !== undefined) {
    if (base === null || typeof base !== 'object' || Array.isArray(base)) return bad('_base', '应为对象')
    for (const field in base) {
      const b = (base as Record<string, unknown>)[field]
      if (typeof b !== 'string') return bad(`_base.${field}`, '应为文本')
      if (b === '') continue
      for (const s of b.length === 49 ? [b] : b.split(' ')) {
        const v = judge(s)
        if (v !== Verdict.Ok) return stampProblem(`_base.${field}`, s, v)
      }
    }
  }
  return null
}

/** Checks a row's values against its table's schema. */
function valueProblem(
  table: string,
  schema: z.ZodType,
  row: Record<string, unknown>,
  ctx: FileCheckContext,
): FileProblem | null {
  const r = schema.safeParse(row)
  if (r.success) return null
  const issue = r.error.issues[0]!
  const field = issue.path.map(String).join('.') || '(整条记录)'
  return rowProblem('badRow', table, row, field, issueText(issue, valueAt(row, issue.path)), ctx)
}

/**
 * The first reason to refuse the file's content, or null when every row is sound. Checks, in
 * order: the high-water mark (form, and not more than MAX_FORWARD_DRIFT_MS ahead of `ctx.now`);
 * then every row of every table: `id`, `deleted`, strict stamps in `_hlc`/`_updated`/`_base`,
 * `_updated` the highest of `_hlc`, no stamp above the high-water mark nor too far ahead; and the
 * values against SYNCED_ROW_SCHEMAS. Tables without a schema (unknown to this version) are
 * refused by the caller before.
 */
export function fileProblem(snapshot: Snapshot, ctx: FileCheckContext): FileProblem | null {
  const { header } = snapshot
  const office = header.replicaName || '对方'
  const limit = ctx.now + MAX_FORWARD_DRIFT_MS
  const hw = header.hlcHighWater
  if (!isStamp(hw))
    return {
      code: 'badStamp',
      field: 'hlcHighWater',
      message: `此文件的文件头中的最新时间戳「${shortValue(hw)}」无效。${tail(ctx)}`,
    }
  if (wallOf(hw) > limit)
    return {
      code: 'clockAhead',
      field: 'hlcHighWater',
      message: clockAheadMessage(office, wallOf(hw), ctx.now, ctx.restore),
    }
  const judge = stampJudge(hw, limit)
  for (const [table, rows] of Object.entries(snapshot.tables)) {
    const schema = (ctx.rowSchemas ?? SYNCED_ROW_SCHEMAS)[table]
    if (!Array.isArray(rows))
      return {
        code: 'badRow',
        table,
        message: `此文件中「${ctx.tableLabels?.[table] ?? table}」不是记录列表。${tail(ctx)}`,
      }
    for (const raw of rows as unknown[]) {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return {
          code: 'badRow',
          table,
          message: `此文件中「${ctx.tableLabels?.[table] ?? table}」有一条不是记录的数据。${tail(ctx)}`,
        }
      const row = raw as Record<string, unknown>
      const p =
        syncProblem(table, row, judge, hw, office, ctx) ??
        (schema ? valueProblem(table, schema, row, ctx) : null)
      if (p) return p
    }
  }
  return null
}
