import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SnapshotBodyReader } from './snapshotBody'
import { SnapshotError } from './snapshotError'

/**
 * Source: docs/snapshot-format.md "Body" (the tables as one JSON object) and issue 6's ten-year
 * school, whose body is longer than a JavaScript string may be: the reader takes the text in
 * pieces and must read exactly what JSON.parse would, however the pieces fall.
 */

function read(pieces: readonly string[]): Record<string, unknown[]> {
  const tables = new Map<string, unknown[]>()
  const reader = new SnapshotBodyReader((table, rows) => {
    expect(rows.length).toBeGreaterThan(0)
    tables.set(table, [...(tables.get(table) ?? []), ...rows])
  })
  for (const p of pieces) reader.push(p)
  const counts = reader.finish()
  for (const [name, n] of Object.entries(counts)) {
    expect(tables.get(name)?.length ?? 0).toBe(n)
    if (!tables.has(name)) tables.set(name, [])
  }
  expect([...tables.keys()].sort()).toEqual(Object.keys(counts).sort())
  return Object.fromEntries(tables)
}

/** The text cut at the given positions. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b)
  const out: string[] = []
  let from = 0
  for (const p of points) {
    out.push(text.slice(from, p))
    from = p
  }
  out.push(text.slice(from))
  return out
}

const rowArb = fc.record({
  id: fc.string(),
  createdAt: fc.string(),
  deleted: fc.boolean(),
  _hlc: fc.dictionary(fc.string(), fc.string()),
  name: fc.oneof(fc.string(), fc.constantFrom('引号"和\\反斜杠', '{[}]', '"}', '\\"', '😀 表情')),
  n: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
  nested: fc.jsonValue(),
})

describe('reading the body in pieces', () => {
  it.each([
    { text: '{}', why: 'no tables' },
    { text: '{"classes":[]}', why: 'an empty table' },
    { text: '{"a":[{"x":1}],"b":[{"y":"}"},{"z":"\\"]"}]}', why: 'brackets and quotes inside strings' },
    { text: ' {\n "a" : [ {"x":[1,{"y":2}]} , {} ] ,"b":[]\n} ', why: 'whitespace anywhere between tokens' },
    { text: '{"表\\u540d":[{"名":"值"}]}', why: 'escaped and CJK table names' },
    { text: '{"toString":[{"x":1}],"__proto__":[{"y":2}]}', why: "names that are Object's own" },
  ])('reads $why as JSON.parse does, cut anywhere', ({ text }) => {
    const expected = JSON.parse(text) as unknown
    for (let i = 0; i <= text.length; i++)
      for (let j = i; j <= text.length; j += 3) expect(read(cut(text, [i, j]))).toEqual(expected)
  })

  it.each([
    { text: '', why: 'nothing' },
    { text: '[]', why: 'an array' },
    { text: '{"a":[{"x":1}]', why: 'a missing end' },
    { text: '{"a":[{"x":1}]}x', why: 'text after the end' },
    { text: '{"a":[1,2]}', why: 'rows that are not objects' },
    { text: '{"a":{"x":1}}', why: 'a table that is not an array' },
    { text: '{"a":[{"x":1},]}', why: 'a trailing comma' },
    { text: '{"a":[,{"x":1}]}', why: 'a leading comma' },
    { text: '{"a":[],}', why: 'a comma before the end' },
    { text: '{"a":[{"x":}]}', why: 'a row that is not JSON' },
    { text: '{"a":[],"a":[]}', why: 'the same table twice' },
    { text: '{a:[]}', why: 'an unquoted name' },
  ])('refuses $why as corrupt', ({ text }) => {
    for (const pieces of [[text], cut(text, [1, 5, 9])]) {
      let error: unknown = null
      try {
        read(pieces)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(SnapshotError)
      expect((error as SnapshotError).code).toBe('corrupt')
    }
  })

  it('reads any tables of rows exactly, however the text is cut and formatted', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.array(rowArb, { maxLength: 8 }), { maxKeys: 4 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        (tables, at, pretty) => {
          const text = pretty ? JSON.stringify(tables, null, 2) : JSON.stringify(tables)
          expect(read(cut(text, at))).toEqual(JSON.parse(text))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads many rows in batches, and a row longer than a batch, in small pieces', () => {
    const big = 'A'.repeat(5 * 1024 * 1024)
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `r${i}`, note: `第${i}条` }))
    const text = JSON.stringify({ attendance: rows, attachments: [{ id: 'scan', bytes: { $bytes: big } }] })
    const pieces: string[] = []
    for (let i = 0; i < text.length; i += 65_536) pieces.push(text.slice(i, i + 65_536))
    const tables = read(pieces)
    expect(tables.attendance).toEqual(rows)
    expect(tables.attachments).toEqual([{ id: 'scan', bytes: { $bytes: big } }])
  })
})
