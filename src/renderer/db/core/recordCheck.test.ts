import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BadRecordError, faultyRecord } from '@shared/badRecordError'
import { checkStoredRecords } from './recordCheck'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'
import { ROSTER_FIELD_LABELS } from '@shared/roster/fields'
import { stamp, tableRow } from '../../../../test/helpers/syncTestRows'

const schema = z.looseObject({
  name: z.string(),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  totalHours: z.number(),
})
const good = { id: 'A1', name: '处级班', startDate: '2025-03-03', totalHours: 80 }
const labels = { startDate: '开班日期', totalHours: '总学时' }

function caught(rows: { id: string }[]): BadRecordError {
  try {
    checkStoredRecords('班次', schema, rows, labels)
  } catch (e) {
    if (e instanceof BadRecordError) return e
    throw e
  }
  throw new Error('expected a BadRecordError')
}

describe('checkStoredRecords names the damaged record and field', () => {
  it('passes sound records through unchanged, extra fields included', () => {
    const rows = [good, { ...good, id: 'A2', extra: 1 }]
    expect(checkStoredRecords('班次', schema, rows, labels)).toBe(rows)
  })

  const cases: { name: string; row: Record<string, unknown>; recordName: string | null; problem: string }[] =
    [
      {
        name: 'an object where a date belongs',
        row: { ...good, id: 'B1', name: '损坏的班次', startDate: { year: 2025 } },
        recordName: '损坏的班次',
        problem: '字段“开班日期”（startDate）应为文字，实际是对象',
      },
      {
        name: 'a number stored as text',
        row: { ...good, id: 'B2', totalHours: '80' },
        recordName: '处级班',
        problem: '字段“总学时”（totalHours）应为数字，实际是文字',
      },
      {
        name: 'a field with its own Chinese message',
        row: { ...good, id: 'B3', startDate: '2025/3/3' },
        recordName: '处级班',
        problem: '字段“开班日期”（startDate）的值不符合要求：日期格式应为 YYYY-MM-DD',
      },
      {
        name: 'no readable name, a field without a label',
        row: { ...good, id: 'B4', name: 7 },
        recordName: null,
        problem: '字段“name”应为文字，实际是数字',
      },
    ]
  for (const c of cases)
    it(c.name, () => {
      const e = caught([good, c.row as { id: string }])
      expect(faultyRecord(e)).toEqual({ label: '班次', id: c.row.id, name: c.recordName, problem: c.problem })
      expect(e.message).toContain(`编号 ${String(c.row.id)}`)
    })

  it('names no record for other errors', () => {
    expect(faultyRecord(new Error('x'))).toBeNull()
  })
})

describe('the roster and plan screens check stored rows with the import’s schemas', () => {
  it('a person whose phone is a number is named with the field in the user’s words', () => {
    const person = { ...tableRow('people', 'P1', { name: ['张三', stamp(1)] }), phone: 13800000000 }
    let error: unknown
    try {
      checkStoredRecords('学员', SYNCED_ROW_SCHEMAS.people!, [person], ROSTER_FIELD_LABELS)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BadRecordError)
    expect((error as Error).message).toContain('张三')
    expect((error as Error).message).toContain('“联系电话”（phone）应为文字，实际是数字')
  })
})
