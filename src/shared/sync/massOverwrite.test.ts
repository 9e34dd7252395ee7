import { describe, expect, it } from 'vitest'
import { planImport, type ImportContext } from './importPlan'
import { mergeTables, type SyncedRow } from './merge'
import {
  MASS_OVERWRITE_MIN_VALUES,
  MASS_OVERWRITE_SHARE,
  countFieldValueChanges,
  massOverwriteRefusal,
} from './massOverwrite'
import { buildSnapshot } from './snapshot'
import { row, stamp } from '../../../test/helpers/syncTestRows'

/** Issue 12 point 10: a file that rewrites most of an area needs the same confirmation as a mass delete. */

const NOW = 1_750_000_000_000
const A1 = stamp(NOW - 3 * 86_400_000, 'A')
const B1 = stamp(NOW - 86_400_000, 'B')
const FIELDS = ['name', 'phone', 'unit', 'post', 'note'] as const

/** `n` people of five fields each, written here. */
const local = (n: number): SyncedRow[] =>
  Array.from({ length: n }, (_, i) =>
    row(`p${i}`, Object.fromEntries(FIELDS.map((f) => [f, [`${f}${i}`, A1] as const]))),
  )

/** The file's copy: the first `records` people with `fields` of their fields rewritten by office B. */
const rewritten = (base: SyncedRow[], records: number, fields: number): SyncedRow[] =>
  base.slice(0, records).map((r) => {
    const out: SyncedRow = { ...r, _hlc: { ...r._hlc } }
    for (const f of FIELDS.slice(0, fields)) {
      out[f] = `改${String(r[f])}`
      out._hlc[f] = B1
    }
    out._updated = B1
    return out
  })

const LABELS = { people: '人员' }

describe('the share of field values a file changes', () => {
  it.each([
    // local records, records rewritten, fields each (of 5), refused
    ['30% exactly (30 of 100 people, all fields) is allowed', 100, 30, 5, false],
    ['31 of 100 people, all fields: 31% > 30%', 100, 31, 5, true],
    ['every person, one field of five: 20%', 100, 100, 1, false],
    ['every person, two fields of five: 40%', 100, 100, 2, true],
    ['a small table (19 people, 95 values) rewritten whole: under the minimum', 19, 19, 5, false],
    ['20 people (100 values) rewritten whole', 20, 20, 5, true],
    ['nothing rewritten', 100, 0, 0, false],
  ] as const)('%s', (_label, n, records, fields, refused) => {
    const here = local(n)
    const merge = mergeTables('people', here, rewritten(here, records, fields))
    const refusal = massOverwriteRefusal('people', here, merge.written, { tableLabels: LABELS })
    expect(refusal !== null).toBe(refused)
    if (refusal) {
      expect(refusal).toMatchObject({
        code: 'massOverwrite',
        overridable: true,
        confirmed: false,
        table: 'people',
      })
      const percent = Math.round(((records * fields) / (n * 5)) * 100)
      expect(refusal.message).toContain(
        `此文件会修改「人员」中 ${records} 条记录的 ${records * fields} 项内容`,
      )
      expect(refusal.message).toContain(`本机该区域共 ${n * 5} 项，占 ${percent}%`)
    }
  })

  it('has the documented threshold', () => {
    expect(MASS_OVERWRITE_SHARE).toBe(0.3)
    expect(MASS_OVERWRITE_MIN_VALUES).toBe(100)
  })

  it('counts values, not records: a field added or emptied counts, the same value and the stamps do not', () => {
    const here = [row('p1', { name: ['张三', A1], phone: ['139', A1], note: ['', A1] })]
    const same = { ...here[0]!, _hlc: { ...here[0]!._hlc, name: B1 }, _updated: B1 }
    expect(countFieldValueChanges(here, [same])).toEqual({ changed: 0, records: 0, total: 3 })
    const { phone: _phone, ...withoutPhone } = here[0]!
    const changedRow = { ...withoutPhone, note: '新备注', unit: '某局' } as SyncedRow
    expect(countFieldValueChanges(here, [changedRow])).toEqual({ changed: 3, records: 1, total: 3 })
  })

  it('leaves out records new here and records already in the recycle bin here', () => {
    const here = local(20)
    here[0] = { ...here[0]!, deleted: true }
    const file = rewritten(here, 20, 5)
    file.push(row('new', { name: ['新人', B1] }))
    const { changed, total } = countFieldValueChanges(here, mergeTables('people', here, file).written)
    expect(total).toBe(19 * 5)
    expect(changed).toBe(19 * 5)
  })

  it('does not count a mass delete twice: moving records to the recycle bin changes no value', () => {
    const here = local(50)
    const gone = here.map((r) => ({ ...r, deleted: true, _hlc: { ...r._hlc, deleted: B1 }, _updated: B1 }))
    expect(countFieldValueChanges(here, mergeTables('people', here, gone).written).changed).toBe(0)
  })
})

describe('in the dry run', () => {
  const snapshot = (rows: SyncedRow[]) =>
    buildSnapshot(
      {
        schemaVersion: 1,
        appVersion: '0.1.0',
        school: '某市委党校',
        replicaId: 'B',
        replicaName: '分校',
        clockStamp: B1,
        scope: 'all',
      },
      { people: rows },
    )
  const ctx = (confirmed: ImportContext['confirmed'] = {}): ImportContext => ({
    school: null,
    schemaVersion: 1,
    mergedMarks: {},
    now: NOW,
    tableLabels: LABELS,
    confirmed,
    // The people here carry only the five fields counted, not a full record (rowValidation.test.ts checks values).
    rowSchemas: {},
  })

  it('stops the import until confirmed, as a mass delete does; the mass-delete tick does not cover it', () => {
    const here = local(40)
    const file = snapshot(rewritten(here, 40, 3))
    const plan = planImport({ people: here }, file, ctx())
    expect(plan.refusals.map((r) => r.code)).toEqual(['massOverwrite'])
    expect(plan.canApply).toBe(false)
    expect(plan.rows.people).toHaveLength(40)
    expect(planImport({ people: here }, file, ctx({ massDelete: true })).canApply).toBe(false)
    const confirmed = planImport({ people: here }, file, ctx({ massOverwrite: true }))
    expect(confirmed.refusals[0]!.confirmed).toBe(true)
    expect(confirmed.canApply).toBe(true)
  })

  it('asks nothing of an ordinary file', () => {
    const here = local(40)
    const plan = planImport({ people: here }, snapshot(rewritten(here, 5, 5)), ctx())
    expect(plan.refusals).toEqual([])
    expect(plan.canApply).toBe(true)
  })
})
