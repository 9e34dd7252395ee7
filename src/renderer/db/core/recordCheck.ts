import type { z } from 'zod'
import { BadRecordError } from '@shared/badRecordError'

/** A stored value's kind in the user's words. */
function kindOf(value: unknown): string {
  if (value === undefined || value === null) return '空值'
  if (Array.isArray(value)) return '列表'
  switch (typeof value) {
    case 'string':
      return '文字'
    case 'number':
      return '数字'
    case 'boolean':
      return '是/否'
    default:
      return '对象'
  }
}

const EXPECTED: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否',
  array: '列表',
  object: '对象',
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let v = row
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

/**
 * Checks records read from the database against their schema before a screen
 * shows them. A record that does not fit throws a BadRecordError naming it and
 * the field (in the user's words, from `labels`), so the area's error boundary
 * can say which record is damaged instead of the screen failing on a field of
 * the wrong type somewhere below.
 */
export function checkStoredRecords<T extends { id: string }>(
  tableLabel: string,
  schema: z.ZodType,
  rows: T[],
  labels: Readonly<Record<string, string>> = {},
): T[] {
  for (const row of rows) {
    const result = schema.safeParse(row)
    if (result.success) continue
    const issue = result.error.issues[0]
    const path = issue?.path ?? []
    const code = path.map(String).join('.')
    const field = labels[String(path[0])] ? `“${labels[String(path[0])]}”（${code}）` : `“${code || '记录'}”`
    const problem =
      issue?.code === 'invalid_type'
        ? `字段${field}应为${EXPECTED[issue.expected] ?? issue.expected}，实际是${kindOf(valueAt(row, path))}`
        : `字段${field}的值不符合要求${issue && /[\u4e00-\u9fa5]/.test(issue.message) ? `：${issue.message}` : ''}`
    const raw = (row as { name?: unknown }).name
    const name = typeof raw === 'string' && raw.trim() ? raw : null
    throw new BadRecordError(tableLabel, row.id, name, problem)
  }
  return rows
}
