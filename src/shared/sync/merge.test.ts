import { describe, expect, it } from 'vitest'
import { canonicalJson } from './fieldValue'
import {
  conflictKey,
  isSupersededBySameReplica,
  mergeRecord,
  mergeTables,
  type Conflict,
  type SyncedRow,
} from './merge'
import { row, stamp } from './testRows'

const A1 = stamp(1000, 'A')
const A2 = stamp(2000, 'A')
const B1 = stamp(1500, 'B')
const B2 = stamp(2500, 'B')

/** Field values and stamps of a record, without the bookkeeping. */
function fieldsOf(r: SyncedRow) {
  const { id: _id, createdAt: _c, _hlc, _updated: _u, ...values } = r
  return { values, _hlc }
}

/** Sources: ARCHITECTURE.md "Sync by files" and issue 6 "Merge". */
const cases: {
  source: string
  name: string
  local: SyncedRow
  remote: SyncedRow
  values: Record<string, unknown>
  losers: Pick<Conflict, 'field' | 'losingValue' | 'losingStamp'>[]
}[] = [
  {
    source: 'ARCHITECTURE 同步 per field',
    name: 'different fields edited in two offices: both kept',
    local: row('p1', { name: ['张三', A1], phone: ['138', A2] }),
    remote: row('p1', { name: ['张珊', B1], phone: ['139', A1] }),
    values: { name: '张珊', phone: '138', deleted: false },
    // The simple rule logs every differing loser, even the base values each office edited.
    losers: [
      { field: 'name', losingValue: '张三', losingStamp: A1 },
      { field: 'phone', losingValue: '139', losingStamp: A1 },
    ],
  },
  {
    source: 'ARCHITECTURE 同步 newest wins',
    name: 'same field, remote newer: local value logged',
    local: row('p1', { name: ['张三', A2] }),
    remote: row('p1', { name: ['李四', B2] }),
    values: { name: '李四', deleted: false },
    losers: [{ field: 'name', losingValue: '张三', losingStamp: A2 }],
  },
  {
    source: 'ARCHITECTURE 同步 newest wins',
    name: 'same field, local newer: incoming value logged',
    local: row('p1', { name: ['张三', B2] }),
    remote: row('p1', { name: ['李四', A2] }),
    values: { name: '张三', deleted: false },
    losers: [{ field: 'name', losingValue: '李四', losingStamp: A2 }],
  },
  {
    source: 'issue 6 Merge: nothing lost silently',
    name: 'same value under different stamps: no conflict',
    local: row('p1', { name: ['张三', A1] }),
    remote: row('p1', { name: ['张三', B2] }),
    values: { name: '张三', deleted: false },
    losers: [],
  },
  {
    source: 'issue 6 Merge: delete vs concurrent edit (docs/sync-merge.md)',
    name: 'delete in one office, edit of another field in the other: deleted, with the edit',
    local: row('c1', { name: ['党校一班', A1], deleted: [true, A2] }),
    remote: row('c1', { name: ['党校一班（春）', B2], deleted: [false, A1] }),
    values: { name: '党校一班（春）', deleted: true },
    losers: [
      { field: 'deleted', losingValue: false, losingStamp: A1 },
      { field: 'name', losingValue: '党校一班', losingStamp: A1 },
    ],
  },
  {
    source: 'issue 6 Merge: tombstones compared the same way',
    name: 'restore newer than delete: live again; the delete is logged',
    local: row('c1', { name: ['一班', A1], deleted: [true, A2] }),
    remote: row('c1', { name: ['一班', A1], deleted: [false, B2] }),
    values: { name: '一班', deleted: false },
    losers: [{ field: 'deleted', losingValue: true, losingStamp: A2 }],
  },
  {
    source: 'issue 6 Merge: deterministic tie-break',
    name: 'identical stamps with different values (never written so): the greater JSON wins',
    local: row('p1', { name: ['甲', A1] }),
    remote: row('p1', { name: ['乙', A1] }),
    // '"甲"' (U+7532) sorts after '"乙"' (U+4E59).
    values: { name: '甲', deleted: false },
    losers: [{ field: 'name', losingValue: '乙', losingStamp: A1 }],
  },
  {
    source: 'issue 6 Merge: per field',
    name: 'a field only the remote has (a newer app added it) is taken',
    local: row('p1', { name: ['张三', A1] }),
    remote: row('p1', { name: ['张三', A1], note: ['备注', B1] }),
    values: { name: '张三', note: '备注', deleted: false },
    losers: [],
  },
  {
    source: 'issue 6 Merge: nothing lost silently',
    name: 'an unstamped value (data from before stamps) loses to a stamped one and is logged',
    local: { ...row('p1', { name: ['张三', A1] }), legacy: '旧值' },
    remote: row('p1', { name: ['张三', A1], legacy: ['新值', B1] }),
    values: { name: '张三', legacy: '新值', deleted: false },
    losers: [{ field: 'legacy', losingValue: '旧值', losingStamp: '' }],
  },
  {
    source: 'issue 6 Merge: per field',
    name: 'objects with keys in another order are the same value',
    local: row('p1', { address: [{ city: '杭州', street: '文三路' }, A1] }),
    remote: row('p1', { address: [{ street: '文三路', city: '杭州' }, B1] }),
    values: { address: { street: '文三路', city: '杭州' }, deleted: false },
    losers: [],
  },
]

describe('mergeRecord', () => {
  it.each(cases)('$name ($source)', ({ local, remote, values, losers }) => {
    for (const [l, r] of [
      [local, remote],
      [remote, local],
    ] as const) {
      const { record, conflicts } = mergeRecord('people', l, r)
      expect(canonicalJson(fieldsOf(record).values)).toBe(canonicalJson(values))
      const got = conflicts.map((c) => ({
        field: c.field,
        losingValue: c.losingValue,
        losingStamp: c.losingStamp,
      }))
      expect(got.sort((x, y) => x.field.localeCompare(y.field))).toEqual(losers)
      for (const c of conflicts) {
        expect(c.table).toBe('people')
        expect(c.recordId).toBe(local.id)
        expect(c.winningValue).toEqual(record[c.field])
        expect(c.winningStamp).toBe(record._hlc[c.field])
      }
    }
  })

  it('keeps the newest stamp per field, the earliest creation time and the highest stamp as _updated', () => {
    const local = row('p1', { name: ['张三', A2], phone: ['1', A1] }, '2025-03-01T00:00:00.000Z')
    const remote = row('p1', { name: ['张三', A1], phone: ['2', B2] }, '2025-02-01T00:00:00.000Z')
    const { record } = mergeRecord('people', local, remote)
    expect(record._hlc).toEqual({ deleted: A1, name: A2, phone: B2 })
    expect(record.createdAt).toBe('2025-02-01T00:00:00.000Z')
    expect(record._updated).toBe(B2)
  })

  it('returns the local object itself when the remote copy brings nothing new', () => {
    const local = row('p1', { name: ['张三', B2] })
    const older = row('p1', { name: ['张三', A1] })
    expect(mergeRecord('people', local, older).record).toBe(local)
    expect(mergeRecord('people', local, structuredClone(local)).record).toBe(local)
  })
})

describe('mergeTables', () => {
  const local = [
    row('keep', { name: ['留', A1] }),
    row('edit', { name: ['旧', A1] }),
    row('del', { name: ['删', A1] }),
    row('localOnly', { name: ['本地', A1] }),
  ]
  const remote = [
    row('keep', { name: ['留', A1] }),
    row('edit', { name: ['新', B1] }),
    row('del', { name: ['删', A1], deleted: [true, B1] }),
    row('remoteOnly', { name: ['对方', B1] }),
  ]

  it('counts what the dry run shows and returns only the rows to write', () => {
    const m = mergeTables('people', local, remote)
    expect(m.counts).toEqual({ added: 1, changed: 1, deleted: 1, conflicts: 2, unchanged: 2 })
    expect(m.written.map((r) => r.id)).toEqual(['edit', 'del', 'remoteOnly'])
    expect(m.rows.map((r) => r.id)).toEqual(['keep', 'edit', 'del', 'localOnly', 'remoteOnly'])
    expect(m.rows[0]).toBe(local[0])
    expect(m.conflicts).toEqual([
      {
        table: 'people',
        recordId: 'edit',
        field: 'name',
        losingValue: '旧',
        losingStamp: A1,
        winningValue: '新',
        winningStamp: B1,
      },
      {
        table: 'people',
        recordId: 'del',
        field: 'deleted',
        losingValue: false,
        losingStamp: A1,
        winningValue: true,
        winningStamp: B1,
      },
    ])
  })

  it('changes nothing when the same table is merged again', () => {
    const once = mergeTables('people', local, remote)
    const twice = mergeTables('people', once.rows, remote)
    expect(twice.written).toEqual([])
    expect(twice.counts).toMatchObject({ added: 0, changed: 0, deleted: 0 })
  })

  it('never deletes a record just because the file lacks it (exports of selected classes)', () => {
    const m = mergeTables('people', local, [])
    expect(m.rows).toEqual(local)
    expect(m.written).toEqual([])
  })

  it('merges duplicate ids inside one file instead of dropping one', () => {
    const m = mergeTables('people', [], [row('x', { name: ['一', A1] }), row('x', { name: ['二', B1] })])
    expect(m.rows).toHaveLength(1)
    expect(m.rows[0]!.name).toBe('二')
    expect(m.conflicts.map((c) => c.losingValue)).toEqual(['一'])
  })
})

describe('conflict helpers', () => {
  const c = { table: 't', recordId: 'r', field: 'f', losingStamp: A1, winningStamp: A2 }

  it('gives one key per losing write', () => {
    expect(conflictKey(c)).toBe(conflictKey({ ...c }))
    expect(conflictKey(c)).not.toBe(conflictKey({ ...c, losingStamp: B1 }))
    expect(conflictKey(c)).not.toBe(conflictKey({ ...c, field: 'g' }))
  })

  it.each([
    { losingStamp: A1, winningStamp: A2, same: true },
    { losingStamp: A1, winningStamp: B2, same: false },
    { losingStamp: '', winningStamp: A2, same: false },
  ])('tells an office superseding its own value ($losingStamp → $winningStamp: $same)', (x) => {
    expect(isSupersededBySameReplica(x)).toBe(x.same)
  })
})
