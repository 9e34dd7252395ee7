import { deflateSync, inflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildSnapshot, type Snapshot } from './snapshot'
import { SnapshotBodyReader } from './snapshotBody'
import { SNAPSHOT_ERROR_MESSAGES, SnapshotError, type SnapshotErrorCode } from './snapshotError'
import { decodeSnapshot, encodeSnapshot, readSnapshotHeader } from './snapshotFile'
import {
  BODY_RATIO_FLOOR_BYTES,
  MAX_BODY_PLAIN_BYTES,
  MAX_BODY_RATIO,
  MAX_ROW_CHARS,
  bodySizeProblem,
} from './snapshotLimits'
import { encodeRawBody, repeatedDeflate } from '../../../test/helpers/rawSnapshotFile'
import { row, stamp } from '../../../test/helpers/syncTestRows'

/**
 * Issue 12 point 5: bounded work for hostile files. Files here have valid crypto (the passphrase
 * opens them, every chunk authenticates); only their content is hostile.
 */

const PASS = '班务通-测试口令'
const WEAK = { iterations: 1000, allowWeakKdfForTests: true } as const

const SOURCE = {
  schemaVersion: 1,
  appVersion: '0.1.0',
  school: '某市委党校',
  replicaId: '01JDXYZ',
  replicaName: '本部',
  clockStamp: stamp(1_760_000_000_000, '01JDXYZ'),
  scope: 'all',
} as const
const header: Snapshot['header'] = buildSnapshot(SOURCE, { classes: [] }).header

async function failure(p: Promise<unknown>): Promise<{ code: SnapshotErrorCode | 'ok'; detail?: string }> {
  try {
    await p
    return { code: 'ok' }
  } catch (e) {
    if (e instanceof SnapshotError) return { code: e.code, detail: e.detail }
    throw e
  }
}

describe('the caps, from real data', () => {
  const MB = 1024 * 1024
  it.each([
    // plainBytes, compressedBytes, refused
    ['the ten-year benchmark school (653 MB from 53.8 MB, 12.1 : 1)', 652_932_128, 53_814_094, false],
    ['three times that school at the same ratio', 3 * 652_932_128, 3 * 53_814_094, false],
    ['four times that school', 4 * 652_932_128, 4 * 53_814_094, true],
    ['exactly the absolute cap', MAX_BODY_PLAIN_BYTES, MAX_BODY_PLAIN_BYTES / 20, false],
    ['one byte over the absolute cap', MAX_BODY_PLAIN_BYTES + 1, MAX_BODY_PLAIN_BYTES / 20, true],
    ['exactly the ratio cap', 100 * MB, (100 * MB) / MAX_BODY_RATIO, false],
    ['just over the ratio cap', 100 * MB, (100 * MB) / MAX_BODY_RATIO - 1, true],
    ['a zip bomb: 1,000 : 1', 64 * MB, (64 * MB) / 1000, true],
    ['a tiny body of any ratio, under the floor', BODY_RATIO_FLOOR_BYTES, 1, false],
    ['an empty body', 2, 1, false],
  ] as const)('%s', (_label, plainBytes, compressedBytes, refused) => {
    expect(bodySizeProblem({ plainBytes, compressedBytes: Math.floor(compressedBytes) }) !== null).toBe(
      refused,
    )
  })

  it('gives both refusals a Chinese message naming the caps and what to do', () => {
    expect(SNAPSHOT_ERROR_MESSAGES.tooLarge).toContain('2 GB')
    expect(SNAPSHOT_ERROR_MESSAGES.tooLarge).toContain('200:1')
    expect(SNAPSHOT_ERROR_MESSAGES.tooLarge).toContain('重新导出')
    expect(SNAPSHOT_ERROR_MESSAGES.rowTooLarge).toContain('32 MB')
  })
})

describe('the hostile-body builder', () => {
  it('writes DEFLATE that inflates to exactly the text it describes', () => {
    for (const n of [0, 1, 2, 258, 259, 260, 1000, 70_000]) {
      const text = `{"classes":[${' '.repeat(n)}]}`
      expect(new TextDecoder().decode(inflateSync(repeatedDeflate('{"classes":[', ' ', n, ']}')))).toBe(text)
    }
  })
})

describe('a file over the caps is refused before it can exhaust memory', () => {
  it('refuses a zip bomb that admits its size (1,000 : 1) from its header, before any passphrase', async () => {
    const spaces = 64 * 1024 * 1024
    const plain = new TextEncoder().encode(`{"classes":[${' '.repeat(spaces)}]}`)
    const compressed = deflateSync(plain, { level: 9 })
    expect(plain.length / compressed.length).toBeGreaterThan(MAX_BODY_RATIO)
    const file = await encodeRawBody(header, compressed, plain.length, PASS)
    expect((await failure(readSnapshotHeader(file, { wholeFile: true }))).code).toBe('tooLarge')
    expect((await failure(decodeSnapshot(file, null))).code).toBe('tooLarge')
    expect((await failure(decodeSnapshot(file, PASS))).code).toBe('tooLarge')
  })

  it('refuses a body over the absolute cap even at an ordinary ratio (2 GiB + 1 MiB at 159 : 1)', async () => {
    const spaces = MAX_BODY_PLAIN_BYTES + 1024 * 1024
    const compressed = repeatedDeflate('{"classes":[', ' ', spaces, ']}')
    const plainBytes = spaces + 14
    expect(plainBytes / compressed.length).toBeLessThan(MAX_BODY_RATIO)
    const file = await encodeRawBody(header, compressed, plainBytes, PASS)
    const refused = await failure(decodeSnapshot(file, PASS))
    expect(refused.code).toBe('tooLarge')
    expect(refused.detail).toContain('over the cap')
  })

  it('stops inflating a body that outgrows the size its header gave (4 GiB claimed as 10 MB)', async () => {
    const spaces = 4 * 1024 * 1024 * 1024
    const compressed = repeatedDeflate('{"classes":[', ' ', spaces, ']}')
    const file = await encodeRawBody(header, compressed, 10 * 1024 * 1024, PASS)
    const started = Date.now()
    const refused = await failure(decodeSnapshot(file, PASS))
    expect(refused).toEqual({ code: 'corrupt', detail: 'body longer than the header says' })
    // Inflating 4 GiB would take a minute; stopping at the claimed size takes a moment.
    expect(Date.now() - started).toBeLessThan(15_000)
  })

  it('refuses a row longer than the cap, written by the app itself (an incompressible 32 MiB + 1 field)', async () => {
    const random = new Uint8Array(MAX_ROW_CHARS + 1)
    for (let at = 0; at < random.length; at += 65_536)
      crypto.getRandomValues(random.subarray(at, at + 65_536))
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    for (let i = 0; i < random.length; i++) random[i] = alphabet.charCodeAt(random[i]! & 63)
    const huge = new TextDecoder('latin1').decode(random)
    const snapshot = buildSnapshot(SOURCE, {
      classes: [row('c1', { name: ['处级班', stamp(1, 'A')] }), row('c2', { note: [huge, stamp(2, 'A')] })],
    })
    const file = await encodeSnapshot(snapshot, { passphrase: PASS, ...WEAK })
    const refused = await failure(decodeSnapshot(file, PASS))
    expect(refused.code).toBe('rowTooLarge')
    expect(refused.detail).toContain('a row of table classes')
  }, 60_000)
})

describe('the body reader caps a row however the text arrives', () => {
  const rowOf = (chars: number) => {
    const prefix = '{"id":"x","v":"'
    return `${prefix}${'a'.repeat(chars - prefix.length - 2)}"}`
  }
  const readWithCap = (pieces: string[], cap: number) => {
    const reader = new SnapshotBodyReader(() => {}, cap)
    for (const p of pieces) reader.push(p)
    return reader.finish()
  }
  const code = (f: () => unknown) => {
    try {
      f()
      return 'ok'
    } catch (e) {
      return e instanceof SnapshotError ? e.code : 'other'
    }
  }

  it.each([
    ['a row of exactly the cap, in one piece', 1000, 1, 'ok'],
    ['a row of exactly the cap, in pieces of 7', 1000, 7, 'ok'],
    ['a row one over the cap, in one piece', 1001, 1, 'rowTooLarge'],
    ['a row one over the cap, in pieces of 7', 1001, 7, 'rowTooLarge'],
    ['a row far over the cap, in pieces of 100', 50_000, 100, 'rowTooLarge'],
  ] as const)('%s', (_label, chars, pieceSize, expected) => {
    const text = `{"t":[{"id":"a"},${rowOf(chars)},{"id":"b"}]}`
    const pieces =
      pieceSize === 1
        ? [text]
        : Array.from({ length: Math.ceil(text.length / pieceSize) }, (_, i) =>
            text.slice(i * pieceSize, (i + 1) * pieceSize),
          )
    expect(code(() => readWithCap(pieces, 1000))).toBe(expected)
  })

  it('stops holding a row as soon as it passes the cap, without waiting for its end', () => {
    const reader = new SnapshotBodyReader(() => {}, 1000)
    reader.push('{"t":[{"id":"a","v":"')
    for (let i = 0; i < 9; i++) reader.push('a'.repeat(100))
    expect(() => reader.push('a'.repeat(100))).toThrow(SnapshotError)
  })

  it('caps a table name the same way', () => {
    expect(code(() => readWithCap([`{"${'t'.repeat(2000)}":[]}`], 1000))).toBe('rowTooLarge')
    expect(code(() => readWithCap([`{"${'t'.repeat(500)}":[]}`], 1000))).toBe('ok')
  })
})
