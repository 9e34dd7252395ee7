import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, isTaggedBytes, reviveBytes, rowsForJson, toBase64 } from './binaryField'

/** Source: issue 6 "File format" (the body is JSON) and issue 5 (scans of signed sheets sync with the session). */
describe('bytes in the JSON body', () => {
  it.each([
    { bytes: [], text: '' },
    { bytes: [0x66], text: 'Zg==' },
    { bytes: [0x66, 0x6f], text: 'Zm8=' },
    { bytes: [0x66, 0x6f, 0x6f], text: 'Zm9v' },
    { bytes: [0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72], text: 'Zm9vYmFy' },
    { bytes: [0xff, 0xfe, 0xfd], text: '//79' },
  ])('RFC 4648 §10: $bytes ↔ "$text"', ({ bytes, text }) => {
    expect(toBase64(new Uint8Array(bytes))).toBe(text)
    expect(fromBase64(text)).toEqual(new Uint8Array(bytes))
  })

  it('round-trips any bytes, across the slices the encoder builds its text in', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes)
      }),
    )
    const large = new Uint8Array(3 * 16384 * 2 + 5).map((_, i) => (i * 31) & 255)
    expect(fromBase64(toBase64(large))).toEqual(large)
  })

  it.each(['Zm9', 'Zm9v!A==', 'Z===', '=Zm9', 'Zm9v\u4e2d==='])(
    'refuses "%s", which is not base64',
    (text) => {
      expect(fromBase64(text)).toBeNull()
    },
  )

  it('tags only rows holding bytes, and turns them back into bytes after JSON', () => {
    const plain = { id: 'a', _hlc: { name: 's' }, name: '签到表' }
    const scan = { id: 'b', _hlc: { bytes: 's' }, name: '扫描件', bytes: new Uint8Array([1, 2, 250]) }
    const rows = rowsForJson([plain, scan])
    expect(rows[0]).toBe(plain)
    expect(rows[1]).not.toBe(scan)
    expect(scan.bytes).toBeInstanceOf(Uint8Array)
    expect(rowsForJson([plain])).toEqual([plain])

    const parsed = JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[]
    expect(isTaggedBytes(parsed[1]!.bytes)).toBe(true)
    for (const row of parsed) expect(reviveBytes(row)).toBe(true)
    expect(parsed).toEqual([plain, scan])
    expect(parsed[1]!.bytes).toBeInstanceOf(Uint8Array)
  })

  it('leaves objects that merely look alike, and refuses a tagged value that is not base64', () => {
    const row: Record<string, unknown> = { note: { $bytes: 'AA==', more: 1 }, other: { $bytes: 3 } }
    expect(reviveBytes(row)).toBe(true)
    expect(row).toEqual({ note: { $bytes: 'AA==', more: 1 }, other: { $bytes: 3 } })
    expect(reviveBytes({ bytes: { $bytes: 'not base64' } })).toBe(false)
  })
})
