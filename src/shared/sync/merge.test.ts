import { describe, expect, it } from 'vitest'
import { canonicalJson } from './fieldValue'
import {
  conflictKey,
  isSequentialLoss,
  isDeleteEditClash,
  isSupersededBySameReplica,
  mergeRecord,
  mergeTables,
  type Conflict,
  type SyncedRow,
} from './merge'
import { row, stamp } from '../../../test/helpers/syncTestRows'

const A0 = stamp(500, 'A')
const A1 = stamp(1000, 'A')
const A2 = stamp(2000, 'A')
const B1 = stamp(1500, 'B')
const B2 = stamp(2500, 'B')
const C1 = stamp(2200, 'C')
const C2 = stamp(3000, 'C')

/** Field values and stamps of a record, without the bookkeeping. */
function fieldsOf(r: SyncedRow) {
  const { id: _id, createdAt: _c, _hlc, _updated: _u, _base: _b, ...values } = r
  return { values, _hlc }
}

/**
 * Sources: ARCHITECTURE.md "Sync by files" and issue 6 "Merge" / 冲突记录
 * ("every value that lost a concurrent edit"). Fields are [value, stamp,
 * base]; a field without a base is data from before bases existed.
 */
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
    name: 'different fields edited in two offices, each over the values it had: both kept, nothing logged',
    // A created the record at A0 and later changed the phone; B imported it and changed the name.
    local: row('p1', { name: ['张三', A0, ''], phone: ['138', A2, ''] }),
    remote: row('p1', { name: ['张珊', B1, A0], phone: ['139', A0, ''] }),
    values: { name: '张珊', phone: '138', deleted: false },
    losers: [],
  },
  {
    source: 'issue 6 Merge: nothing lost silently (data from before bases)',
    name: 'the same without bases: a loser from another office is logged, one from the winning office is not',
    local: row('p1', { name: ['张三', A0], phone: ['138', A2] }),
    remote: row('p1', { name: ['张珊', B1], phone: ['139', A0] }),
    values: { name: '张珊', phone: '138', deleted: false },
    losers: [{ field: 'name', losingValue: '张三', losingStamp: A0 }],
  },
  {
    source: 'issue 6 冲突记录: only values that lost a concurrent edit',
    name: 'one-way sync: the other office imported our value, then edited it: no conflict',
    local: row('c1', { name: ['一班', A1, ''] }),
    remote: row('c1', { name: ['一班（春）', B2, A1] }),
    values: { name: '一班（春）', deleted: false },
    losers: [],
  },
  {
    source: 'ARCHITECTURE 同步 newest wins; issue 6 冲突记录',
    name: 'same field edited concurrently, remote newer: local value logged',
    local: row('p1', { name: ['张三', A2, ''] }),
    remote: row('p1', { name: ['李四', B2, A0] }),
    values: { name: '李四', deleted: false },
    losers: [{ field: 'name', losingValue: '张三', losingStamp: A2 }],
  },
  {
    source: 'ARCHITECTURE 同步 newest wins; issue 6 冲突记录',
    name: 'same field edited concurrently, local newer: incoming value logged',
    local: row('p1', { name: ['张三', B2, A0] }),
    remote: row('p1', { name: ['李四', A2, ''] }),
    values: { name: '张三', deleted: false },
    losers: [{ field: 'name', losingValue: '李四', losingStamp: A2 }],
  },
  {
    source: 'issue 6 Merge: nothing lost silently',
    name: 'a base newer than the loser but from a third office proves nothing: logged',
    // C1 is newer than A2, yet C may have written it without ever having A's value.
    local: row('p1', { name: ['张三', A2, ''] }),
    remote: row('p1', { name: ['王五', B2, C1] }),
    values: { name: '王五', deleted: false },
    losers: [{ field: 'name', losingValue: '张三', losingStamp: A2 }],
  },
  {
    source: 'issue 6 冲突记录: only values that lost a concurrent edit',
    name: 'a value relayed through a third office: the base keeps each office, no conflict',
    // B edited A's value, C edited B's: C's base names both.
    local: row('c1', { name: ['一班', A1, ''] }),
    remote: row('c1', { name: ['三班', C2, `${A1} ${B1}`] }),
    values: { name: '三班', deleted: false },
    losers: [],
  },
  {
    source: 'issue 6 冲突记录: only values that lost a concurrent edit',
    name: 'an older value of an office loses to an edit built on a newer one of that office: no conflict',
    // A wrote A2 after A1, so A had A1 first: its loss was A's own edit or was judged in A.
    local: row('c1', { name: ['一班', A1, ''] }),
    remote: row('c1', { name: ['三班', B2, A2] }),
    values: { name: '三班', deleted: false },
    losers: [],
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
    name: 'delete in one office, edit of another field in the other: deleted, with the edit, nothing logged',
    local: row('c1', { name: ['党校一班', A1, ''], deleted: [true, A2, ''] }),
    remote: row('c1', { name: ['党校一班（春）', B2, A1], deleted: [false, A1, ''] }),
    values: { name: '党校一班（春）', deleted: true },
    losers: [],
  },
  {
    source: 'issue 6 Merge: tombstones compared the same way',
    name: 'restore concurrent with a delete, and newer: live again; the delete is logged',
    local: row('c1', { name: ['一班', A1, ''], deleted: [true, A2, ''] }),
    remote: row('c1', { name: ['一班', A1, ''], deleted: [false, B2, A1] }),
    values: { name: '一班', deleted: false },
    losers: [{ field: 'deleted', losingValue: true, losingStamp: A2 }],
  },
  {
    source: 'issue 6 Merge: tombstones compared the same way',
    name: 'restore after the delete arrived: live again, nothing logged',
    local: row('c1', { name: ['一班', A1, ''], deleted: [true, A2, ''] }),
    remote: row('c1', { name: ['一班', A1, ''], deleted: [false, B2, A2] }),
    values: { name: '一班', deleted: false },
    losers: [],
  },
  {
    source: 'issue 6 Merge: deterministic tie-break',
    name: 'identical stamps with different values (never written so): the greater JSON wins, the other is logged',
    local: row('p1', { name: ['甲', A1, ''] }),
    remote: row('p1', { name: ['乙', A1, ''] }),
    // '"甲"' (U+7532) sorts after '"乙"' (U+4E59).
    values: { name: '甲', deleted: false },
    losers: [{ field: 'name', losingValue: '乙', losingStamp: A1 }],
  },
  {
    source: 'issue 6 Merge: per field',
    name: 'a field only the remote has (a newer app added it) is taken',
    local: row('p1', { name: ['张三', A1] }),
    remote: row('p1', { name: ['张三', A1], note: ['备注', B1, ''] }),
    values: { name: '张三', note: '备注', deleted: false },
    losers: [],
  },
  {
    source: 'issue 6 Merge: nothing lost silently',
    name: 'an unstamped value (data from before stamps) loses to a stamped one and is logged',
    local: { ...row('p1', { name: ['张三', A1] }), legacy: '旧值' },
    remote: row('p1', { name: ['张三', A1], legacy: ['新值', B1, ''] }),
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

  it('takes the base of the winning write with its value', () => {
    const local = row('p1', { name: ['张三', A2, ''], phone: ['1', A1, ''] })
    const remote = row('p1', { name: ['张三', A1, ''], phone: ['2', B2, A1] })
    for (const [l, r] of [
      [local, remote],
      [remote, local],
    ] as const)
      expect(mergeRecord('people', l, r).record._base).toEqual({ name: '', phone: A1 })
    // Without any base on either side (older data), the merged record has none either.
    const legacy = mergeRecord('people', row('p1', { name: ['张三', A1] }), row('p1', { name: ['李四', B1] }))
    expect(legacy.record).not.toHaveProperty('_base')
  })

  it('breaks a tie of equal writes with different bases (never written so) the same way in both orders', () => {
    const none = row('p1', { name: ['张三', A1] })
    const empty = row('p1', { name: ['张三', A1, ''] })
    const some = row('p1', { name: ['张三', A1, A0] })
    for (const [x, y, base] of [
      [none, empty, ''],
      [empty, some, A0],
      [none, some, A0],
    ] as const) {
      expect(mergeRecord('people', x, y).record._base?.name).toBe(base)
      expect(mergeRecord('people', y, x).record._base?.name).toBe(base)
      expect(mergeRecord('people', x, y).conflicts).toEqual([])
    }
  })

  it('returns the local object itself when the remote copy brings nothing new', () => {
    const local = row('p1', { name: ['张三', B2] })
    const older = row('p1', { name: ['张三', A1] })
    expect(mergeRecord('people', local, older).record).toBe(local)
    expect(mergeRecord('people', local, structuredClone(local)).record).toBe(local)
  })
})

describe('a delete against a concurrent edit (shown in the dry run)', () => {
  const base = row('c', { name: ['处级班', A1], note: ['', A1] })
  const gone = (r: SyncedRow, s: string): SyncedRow => ({
    ...r,
    deleted: true,
    _hlc: { ...r._hlc, deleted: s },
  })
  const withNote = (r: SyncedRow, note: string, s: string): SyncedRow => ({
    ...r,
    note,
    _hlc: { ...r._hlc, note: s },
  })
  it.each([
    {
      why: 'one office deletes, the other edits a field unseen',
      a: gone(base, B1),
      b: withNote(base, '改', C1),
      clash: true,
    },
    { why: 'the same, the other way round', a: withNote(base, '改', C1), b: gone(base, B1), clash: true },
    {
      why: 'the edit came first and the deleting office had it',
      a: gone(withNote(base, '改', A2), B2),
      b: withNote(base, '改', A2),
      clash: false,
    },
    { why: 'both deleted', a: gone(base, B1), b: gone(withNote(base, '改', C1), C1), clash: false },
    {
      why: 'a restore (newer) beats the delete: nothing ends deleted',
      a: gone(base, B1),
      b: { ...withNote(base, '改', C1), _hlc: { ...withNote(base, '改', C1)._hlc, deleted: C1 } },
      clash: false,
    },
    { why: 'a delete with no edit on the other side', a: gone(base, B1), b: base, clash: false },
    {
      why: 'the other office, live here, gets the deletion that already holds its own later edit',
      a: withNote(base, '改', C1),
      b: gone(withNote(base, '改', C1), B1),
      clash: true,
    },
    {
      why: 'the deleting office edited the record in its recycle bin afterwards',
      a: base,
      b: withNote(gone(base, B1), '改', B2),
      clash: false,
    },
  ])('$why: clash = $clash', ({ a, b, clash }) => {
    // Source: issue 6 "Merge": a delete against a concurrent edit follows one documented rule, shown in the dry run.
    const merged = mergeRecord('classes', a, b).record
    expect(isDeleteEditClash(a, b, merged)).toBe(clash)
    expect(isDeleteEditClash(b, a, mergeRecord('classes', b, a).record)).toBe(clash)
    expect(mergeTables('classes', [a], [b]).counts.deleteEdit).toBe(clash ? 1 : 0)
    if (clash) expect(merged).toMatchObject({ deleted: true, note: '改' })
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
    expect(m.counts).toEqual({ added: 1, changed: 1, deleted: 1, conflicts: 2, unchanged: 2, deleteEdit: 0 })
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

  /** Source: issue 6 冲突记录 ("every value that lost a concurrent edit") and docs/sync-merge.md. */
  it.each([
    { why: 'same office wrote both', lose: A1, win: A2, base: undefined, sequential: true },
    { why: 'another office, no base (older data)', lose: A1, win: B2, base: undefined, sequential: false },
    { why: 'built on the loser itself', lose: A1, win: B2, base: A1, sequential: true },
    { why: 'built on an older value of the loser office', lose: A1, win: B2, base: A0, sequential: false },
    { why: 'built on a newer value of the loser office', lose: A1, win: B2, base: A2, sequential: true },
    { why: 'field new when written', lose: A1, win: B2, base: '', sequential: false },
    { why: 'newer base, but of a third office', lose: A2, win: B2, base: C1, sequential: false },
    { why: 'relayed: the base keeps each office', lose: A1, win: C2, base: `${A1} ${B1}`, sequential: true },
    { why: 'relayed, loser office only older', lose: A2, win: C2, base: `${A1} ${B1}`, sequential: false },
    { why: 'an unstamped value', lose: '', win: B2, base: '', sequential: false },
    { why: 'equal stamps: the same write (damaged)', lose: A1, win: A1, base: A1, sequential: false },
  ])('judges a loss sequential or concurrent: $why → $sequential', ({ lose, win, base, sequential }) => {
    expect(isSequentialLoss(lose, win, base)).toBe(sequential)
  })
})
