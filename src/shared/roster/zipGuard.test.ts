import { deflateSync, strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ZIP_LIMITS, checkZip, readZipDirectory, type ZipLimits } from './zipGuard'

// ARCHITECTURE.md Excel: "Read with formulas and HTML off, with row limits, in a worker; guard
// against zip bombs." Issue 3 导入: "a zip bomb or a non-spreadsheet is refused with a clear message".
const SRC = 'ARCHITECTURE.md Excel / issue 3 导入'

interface RawEntry {
  name: string
  /** Bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array
  method: number
  /** What the archive claims the entry inflates to. */
  declaredSize: number
  zip64?: boolean
}

/** A minimal zip writer whose declared sizes can lie, as a crafted bomb's do. */
function buildZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  const enc = new TextEncoder()
  for (const e of entries) {
    const name = enc.encode(e.name)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(8, e.method, true)
    local.setUint32(18, e.data.length, true)
    local.setUint32(22, e.declaredSize, true)
    local.setUint16(26, name.length, true)
    parts.push(new Uint8Array(local.buffer), name, e.data)

    const extra = e.zip64 ? new DataView(new ArrayBuffer(20)) : null
    if (extra) {
      extra.setUint16(0, 1, true)
      extra.setUint16(2, 16, true)
      extra.setBigUint64(4, BigInt(e.declaredSize), true)
      extra.setBigUint64(12, BigInt(e.data.length), true)
    }
    const cd = new DataView(new ArrayBuffer(46))
    cd.setUint32(0, 0x02014b50, true)
    cd.setUint16(10, e.method, true)
    cd.setUint32(20, e.zip64 ? 0xffffffff : e.data.length, true)
    cd.setUint32(24, e.zip64 ? 0xffffffff : e.declaredSize, true)
    cd.setUint16(28, name.length, true)
    cd.setUint16(30, extra ? extra.byteLength : 0, true)
    cd.setUint32(42, offset, true)
    central.push(new Uint8Array(cd.buffer), name, ...(extra ? [new Uint8Array(extra.buffer)] : []))
    offset += 30 + name.length + e.data.length
  }
  const cdSize = central.reduce((n, p) => n + p.length, 0)
  const eocd = new DataView(new ArrayBuffer(22))
  eocd.setUint32(0, 0x06054b50, true)
  eocd.setUint16(8, entries.length, true)
  eocd.setUint16(10, entries.length, true)
  eocd.setUint32(12, cdSize, true)
  eocd.setUint32(16, offset, true)
  const all = [...parts, ...central, new Uint8Array(eocd.buffer)]
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0))
  let p = 0
  for (const part of all) {
    out.set(part, p)
    p += part.length
  }
  return out
}

const MB = 1024 * 1024
const zeros = (n: number) => new Uint8Array(n)
const small: ZipLimits = {
  maxUncompressedBytes: 1 * MB,
  maxEntries: 10,
  maxRatio: 100,
  ratioCheckFromBytes: 512 * 1024,
}

describe('readZipDirectory', () => {
  it('lists what an ordinary archive holds', () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    })
    expect(readZipDirectory(zip)?.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['[Content_Types].xml', 8],
      ['xl/workbook.xml', 11],
    ])
  })

  it('reads ZIP64 sizes from the extra field', () => {
    const zip = buildZip([{ name: 'a.xml', data: strToU8('hello'), method: 0, declaredSize: 5, zip64: true }])
    expect(readZipDirectory(zip)).toEqual([
      { name: 'a.xml', method: 0, compressedSize: 5, uncompressedSize: 5, localHeaderOffset: 0 },
    ])
  })

  it('returns null for bytes that are not a zip or are cut short', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>') })
    expect(readZipDirectory(strToU8('hello'))).toBeNull()
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toBeNull()
  })
})

describe('checkZip', () => {
  it('passes an ordinary archive and counts its real size', () => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': zeros(200_000) }, { level: 6 })
    const r = checkZip(zip, small)
    expect(r).toMatchObject({ ok: true, uncompressedBytes: 200_000 })
  })

  // [what the archive does, reason, source, archive]; all checked against the small limits.
  const table: [string, string, string, Uint8Array][] = [
    [
      'declares more than the limit',
      'tooLarge',
      `${SRC}: refused before inflating anything`,
      buildZip([{ name: 'x', data: deflateSync(zeros(1000)), method: 8, declaredSize: 2 * MB }]),
    ],
    [
      'lies about its size and inflates past the limit',
      'tooLarge',
      `${SRC}: caught while inflating`,
      buildZip([{ name: 'x', data: deflateSync(zeros(8 * MB)), method: 8, declaredSize: 1000 }]),
    ],
    [
      'inflates at an absurd ratio',
      'ratio',
      `${SRC}: zeros compress about 1000:1`,
      buildZip([{ name: 'x', data: deflateSync(zeros(900 * 1024)), method: 8, declaredSize: 900 * 1024 }]),
    ],
    [
      'holds too many entries',
      'tooManyEntries',
      SRC,
      zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}`, strToU8('x')]))),
    ],
    [
      'uses a compression method SheetJS cannot read',
      'unsupportedMethod',
      SRC,
      buildZip([{ name: 'x', data: strToU8('BZh9'), method: 12, declaredSize: 4 }]),
    ],
    [
      'holds damaged deflate data',
      'corrupt',
      SRC,
      buildZip([{ name: 'x', data: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), method: 8, declaredSize: 10 }]),
    ],
    ['is no zip at all', 'corrupt', SRC, strToU8('not a zip')],
  ]
  it.each(table)('refuses an archive that %s → %s (%s)', (_what, reason, _source, zip) => {
    expect(checkZip(zip, small)).toEqual({ ok: false, reason })
  })

  it('the default limits allow a large real roster’s worth of XML', () => {
    const zip = zipSync({ 'xl/sharedStrings.xml': strToU8('<si><t>张三</t></si>'.repeat(200_000)) })
    expect(checkZip(zip, DEFAULT_ZIP_LIMITS).ok).toBe(true)
  })

  it('reports progress up to 1', () => {
    const seen: number[] = []
    checkZip(zipSync({ a: zeros(10), b: zeros(10) }), small, (f) => seen.push(f))
    expect(seen.at(-1)).toBe(1)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
  })
})
