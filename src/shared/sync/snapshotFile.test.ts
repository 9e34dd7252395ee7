import { inflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { planImport } from './importPlan'
import type { SyncedRow } from './merge'
import { buildSnapshot, type Snapshot } from './snapshot'
import { MIN_PBKDF2_ITERATIONS } from './snapshotCrypto'
import { SNAPSHOT_ERROR_MESSAGES, SnapshotError, type SnapshotErrorCode } from './snapshotError'
import {
  decodeSnapshot,
  encodeSnapshot,
  readSnapshotHeader,
  verifySnapshot,
  type EncodeOptions,
} from './snapshotFile'
import { row, stamp } from '../../../test/helpers/syncTestRows'

/** Source: issue 6 "File format" and "Checks: bad files"; docs/snapshot-format.md. */

const PASS = '班务通-测试口令'
/** Tests only: a weak KDF keeps hundreds of decodes fast. */
const WEAK = { iterations: 1000, allowWeakKdfForTests: true } as const

/** A small deterministic PRNG, so failures replay. */
function prng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华'

function people(n: number, seed = 1): SyncedRow[] {
  const rand = prng(seed)
  const pick = (s: string) => s[Math.floor(rand() * s.length)]!
  return Array.from({ length: n }, (_, i) =>
    row(`p${i}`, {
      name: [pick(SURNAMES) + pick(GIVEN) + pick(GIVEN), stamp(1_750_000_000_000 + i, 'A')],
      idNumber: [
        String(Math.floor(rand() * 1e17)).padStart(17, '0') + 'X',
        stamp(1_750_000_000_000 + i, 'A'),
      ],
      tags: [rand() < 0.5 ? ['党员'] : [], stamp(1_750_000_000_000 + i, 'B')],
      note: [
        rand() < 0.1 ? { text: '请假 🏥', days: Math.floor(rand() * 5) } : null,
        stamp(1_750_000_000_000, 'C'),
      ],
    }),
  )
}

function snapshotOf(
  tables: Record<string, SyncedRow[]>,
  school = '某市委党校',
  schoolId = '01JDSCH00000000000000000AA',
): Snapshot {
  return buildSnapshot(
    {
      schemaVersion: 1,
      appVersion: '0.1.0',
      school,
      schoolId,
      replicaId: '01JDXYZ',
      replicaName: '本部',
      clockStamp: stamp(1_760_000_000_000, '01JDXYZ'),
      scope: 'all',
      createdAt: new Date('2025-11-20T08:30:00Z'),
    },
    tables,
  )
}

async function codeOf(p: Promise<unknown>): Promise<SnapshotErrorCode | 'ok'> {
  try {
    await p
    return 'ok'
  } catch (e) {
    if (e instanceof SnapshotError) return e.code
    throw e
  }
}

const small = snapshotOf({ people: people(12), classes: [row('c1', { name: ['处级班', stamp(1, 'A')] })] })
/** Small chunks give many of them, so reordering and dropping can be tested on a small file. */
const smallFile = (options: Partial<EncodeOptions> = {}) =>
  encodeSnapshot(small, { passphrase: PASS, chunkSize: 64, ...WEAK, ...options })

/** Offsets of the chunks of a file: [start, end) of each frame. */
function chunkFrames(bytes: Uint8Array): [number, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 20 + view.getUint32(12) + 32
  const frames: [number, number][] = []
  while (at < bytes.length) {
    const end = at + 5 + view.getUint32(at)
    frames.push([at, end])
    at = end
  }
  return frames
}

describe('snapshot file round trip', () => {
  it('reads back a few MB of data exactly, reporting progress up to 1', async () => {
    const snap = snapshotOf({ people: people(25_000, 7), classes: [] })
    const progress: number[] = []
    const bytes = await encodeSnapshot(snap, {
      passphrase: PASS,
      ...WEAK,
      onProgress: (f) => progress.push(f),
    })
    expect(JSON.stringify(snap.tables).length).toBeGreaterThan(4_000_000)
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    const back: number[] = []
    const decoded = await decodeSnapshot(bytes, PASS, (f) => back.push(f))
    expect(decoded).toEqual(snap)
    expect(back.at(-1)).toBe(1)
    expect(back).toEqual([...back].sort((a, b) => a - b))
  })

  it.each<{ name: string; tables: Record<string, SyncedRow[]> }>([
    { name: 'no tables', tables: {} },
    { name: 'empty tables', tables: { people: [], classes: [] } },
  ])('reads back a snapshot with $name', async ({ tables }) => {
    const snap = snapshotOf(tables)
    expect(await decodeSnapshot(await encodeSnapshot(snap, { passphrase: PASS, ...WEAK }), PASS)).toEqual(
      snap,
    )
  })

  it('carries bytes fields (scans of signed sheets) as bytes, not as objects of numbered keys', async () => {
    const scan = new Uint8Array(300_000).map((_, i) => (i * 7919) & 255)
    const attachment = row('a1', { name: ['签到表.jpg', stamp(1, 'A')], bytes: [scan, stamp(1, 'A')] })
    const bytes = await encodeSnapshot(snapshotOf({ attachments: [attachment] }), {
      passphrase: PASS,
      ...WEAK,
    })
    const back = await decodeSnapshot(bytes, PASS)
    const got = back.tables.attachments![0]!
    expect(got.bytes).toBeInstanceOf(Uint8Array)
    expect(got.bytes).toEqual(scan)
    expect(got).toEqual(attachment)
  })

  it('checks a file against the snapshot it was written from, as the export read-back does', async () => {
    const bytes = await smallFile()
    expect(await verifySnapshot(bytes, PASS, small)).toBe(true)
    const people = small.tables.people!
    const stale = { ...people[3]!, _updated: stamp(2, 'Z') }
    const other = (tables: Snapshot['tables']) => ({ ...small, tables: { ...small.tables, ...tables } })
    expect(await verifySnapshot(bytes, PASS, other({ people: people.with(3, stale) }))).toBe(false)
    expect(await verifySnapshot(bytes, PASS, other({ people: people.slice(1) }))).toBe(false)
    expect(await verifySnapshot(bytes, PASS, other({ extra: [] }))).toBe(false)
    expect(await verifySnapshot(bytes, PASS, { ...small, header: { ...small.header, school: '别校' } })).toBe(
      false,
    )
    expect(await codeOf(verifySnapshot(bytes.subarray(0, bytes.length - 1), PASS, small))).toBe('truncated')
    expect(await codeOf(verifySnapshot(bytes, '错的', small))).toBe('wrongPassphrase')
  })

  it('uses 600,000 PBKDF2 iterations by default, and refuses fewer unless a test asks', async () => {
    const bytes = await encodeSnapshot(small, { passphrase: PASS })
    expect((await readSnapshotHeader(bytes)).encryption?.kdf).toMatchObject({
      alg: 'PBKDF2-SHA256',
      iterations: MIN_PBKDF2_ITERATIONS,
    })
    expect(await decodeSnapshot(bytes, PASS)).toEqual(small)
    await expect(encodeSnapshot(small, { passphrase: PASS, iterations: 100_000 })).rejects.toThrow(/600000/)
  })

  it('writes an unencrypted file only when asked with passphrase null, still checked per chunk', async () => {
    const bytes = await smallFile({ passphrase: null })
    expect((await readSnapshotHeader(bytes)).encryption).toBeNull()
    expect(await decodeSnapshot(bytes, null)).toEqual(small)
    expect(await decodeSnapshot(bytes, 'ignored')).toEqual(small)
    await expect(encodeSnapshot(small, { passphrase: '' })).rejects.toMatchObject({
      code: 'passphraseRequired',
    })
  })

  it('derives the same key from the same passphrase however it was composed (NFC)', async () => {
    const bytes = await smallFile({ passphrase: 'Cafe\u0301-班务' })
    expect(await decodeSnapshot(bytes, 'Caf\u00e9-班务')).toEqual(small)
  })

  it('uses a fresh salt and IV prefix for every file', async () => {
    const [a, b] = await Promise.all([smallFile(), smallFile()])
    const [ha, hb] = await Promise.all([readSnapshotHeader(a), readSnapshotHeader(b)])
    expect(ha.encryption!.kdf.salt).not.toBe(hb.encryption!.kdf.salt)
    expect(ha.encryption!.ivPrefix).not.toBe(hb.encryption!.ivPrefix)
  })

  it('shows from which office and when without the passphrase, from the header bytes alone', async () => {
    const bytes = await smallFile()
    const headerEnd = 20 + new DataView(bytes.buffer).getUint32(12) + 32
    const header = await readSnapshotHeader(bytes.slice(0, headerEnd))
    expect(header).toMatchObject({
      school: '某市委党校',
      replicaId: '01JDXYZ',
      replicaName: '本部',
      createdAt: '2025-11-20T08:30:00.000Z',
      counts: { people: 12, classes: 1 },
      hlcHighWater: stamp(1_760_000_000_000, '01JDXYZ'),
    })
    expect(header.body.chunkCount).toBeGreaterThan(5)
    expect(await codeOf(readSnapshotHeader(bytes.slice(0, headerEnd - 1)))).toBe('truncated')
  })
})

describe('the layout in docs/snapshot-format.md', () => {
  /** Reads a file by the document alone, with WebCrypto and fflate directly, as another program would. */
  async function readByTheDocument(bytes: Uint8Array<ArrayBuffer>, passphrase: string) {
    const view = new DataView(bytes.buffer)
    expect([...bytes.subarray(0, 10)]).toEqual([0x42, 0x41, 0x4e, 0x57, 0x55, 0x00, 0x53, 0x4e, 0x41, 0x50])
    expect(view.getUint16(10)).toBe(1)
    const h = view.getUint32(12)
    expect(view.getUint32(16)).toBe((h ^ 0xffffffff) >>> 0)
    const region = bytes.slice(0, 20 + h)
    expect(new Uint8Array(await crypto.subtle.digest('SHA-256', region))).toEqual(bytes.slice(20 + h, 52 + h))
    const header = JSON.parse(new TextDecoder().decode(region.subarray(20))) as {
      body: { chunkCount: number; compressedBytes: number }
      encryption: { kdf: { iterations: number; salt: string }; ivPrefix: string; keyCheck: string }
    }
    const hex = (s: string) => new Uint8Array(s.match(/../g)!.map((x) => parseInt(x, 16)))
    const u64 = (n: number) =>
      new Uint8Array([0, 0, 0, 0, n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255])
    const { kdf, ivPrefix, keyCheck } = header.encryption
    const base = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(passphrase.normalize('NFC')),
      'PBKDF2',
      false,
      ['deriveKey'],
    )
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: hex(kdf.salt), iterations: kdf.iterations },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    )
    const check = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array([...hex(ivPrefix), ...new Array<number>(8).fill(0xff)]) },
      key,
      hex(keyCheck),
    )
    expect(new TextDecoder().decode(check)).toBe('BANWU KEY CHECK\0')
    const stream: number[] = []
    let at = 52 + h
    for (let i = 0; i < header.body.chunkCount; i++) {
      const length = view.getUint32(at)
      const flags = bytes[at + 4]!
      expect(flags).toBe(i === header.body.chunkCount - 1 ? 1 : 0)
      const plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: new Uint8Array([...hex(ivPrefix), ...u64(i)]),
          additionalData: new Uint8Array([...region, ...u64(i), flags]),
        },
        key,
        bytes.slice(at + 5, at + 5 + length),
      )
      stream.push(...new Uint8Array(plain))
      at += 5 + length
    }
    expect(at).toBe(bytes.length)
    expect(stream.length).toBe(header.body.compressedBytes)
    return JSON.parse(new TextDecoder().decode(inflateSync(new Uint8Array(stream)))) as unknown
  }

  it('is what the encoder writes', async () => {
    const bytes = await smallFile()
    expect(await readByTheDocument(bytes, PASS)).toEqual(small.tables)
  })
})

describe('bad snapshot files are refused with a specific reason', () => {
  it('gives every reason a message in Chinese', () => {
    for (const message of Object.values(SNAPSHOT_ERROR_MESSAGES)) expect(message).toMatch(/[\u4e00-\u9fff]/)
    expect(new SnapshotError('truncated').message).toBe(SNAPSHOT_ERROR_MESSAGES.truncated)
  })

  it('refuses a file cut short at any offset (a USB stick pulled half-way)', async () => {
    for (const passphrase of [PASS, null]) {
      const bytes = await smallFile({ passphrase })
      for (let n = 0; n < bytes.length; n++) {
        expect([n, await codeOf(decodeSnapshot(bytes.subarray(0, n), PASS))]).toEqual([n, 'truncated'])
      }
    }
  })

  it('recognises a cut file from its header and length alone, before any passphrase', async () => {
    const bytes = await smallFile()
    expect(await codeOf(readSnapshotHeader(bytes, { wholeFile: true }))).toBe('ok')
    for (const n of [bytes.length - 1, bytes.length - 100, chunkFrames(bytes)[1]![0]])
      expect(await codeOf(readSnapshotHeader(bytes.subarray(0, n), { wholeFile: true }))).toBe('truncated')
    const longer = new Uint8Array([...bytes, 0])
    expect(await codeOf(readSnapshotHeader(longer, { wholeFile: true }))).toBe('corrupt')
  })

  it('refuses a file with the final chunk or a middle chunk dropped', async () => {
    const bytes = await smallFile()
    const frames = chunkFrames(bytes)
    const [lastStart] = frames.at(-1)!
    const [midStart, midEnd] = frames[2]!
    expect(await codeOf(decodeSnapshot(bytes.slice(0, lastStart), PASS))).toBe('truncated')
    const withoutMiddle = new Uint8Array([...bytes.subarray(0, midStart), ...bytes.subarray(midEnd)])
    expect(await codeOf(decodeSnapshot(withoutMiddle, PASS))).toBe('truncated')
  })

  it('refuses a file with chunks swapped', async () => {
    const bytes = await smallFile()
    const [[s1, e1], [s2, e2]] = [chunkFrames(bytes)[1]!, chunkFrames(bytes)[2]!]
    const swapped = new Uint8Array([
      ...bytes.subarray(0, s1),
      ...bytes.subarray(s2, e2),
      ...bytes.subarray(s1, e1),
      ...bytes.subarray(e2),
    ])
    expect(swapped.length).toBe(bytes.length)
    expect(await codeOf(decodeSnapshot(swapped, PASS))).toBe('corrupt')
  })

  it('refuses bytes after the final chunk', async () => {
    const bytes = await smallFile()
    expect(await codeOf(decodeSnapshot(new Uint8Array([...bytes, 0]), PASS))).toBe('corrupt')
  })

  it.each([
    { mode: 'encrypted', passphrase: PASS },
    { mode: 'unencrypted', passphrase: null },
  ])('refuses a bit flipped at any position ($mode)', async ({ passphrase }) => {
    const bytes = await smallFile({ passphrase })
    const rand = prng(42)
    for (let pos = 0; pos < bytes.length; pos++) {
      const damaged = bytes.slice()
      damaged[pos]! ^= 1 << Math.floor(rand() * 8)
      const version = (damaged[10]! << 8) | damaged[11]!
      // Damage to the magic or the version cannot be told from another file type or a future format.
      const expected =
        pos < 10 ? 'notSnapshot' : pos < 12 ? (version === 0 ? 'corrupt' : 'futureFormat') : 'corrupt'
      expect([pos, await codeOf(decodeSnapshot(damaged, PASS))]).toEqual([pos, expected])
    }
  })

  it('refuses random bit flips across a large file', async () => {
    const bytes = await encodeSnapshot(snapshotOf({ people: people(3000, 3) }), {
      passphrase: PASS,
      ...WEAK,
      chunkSize: 4096,
    })
    const rand = prng(9)
    for (let i = 0; i < 60; i++) {
      const pos = 12 + Math.floor(rand() * (bytes.length - 12))
      const damaged = bytes.slice()
      damaged[pos]! ^= 1 << Math.floor(rand() * 8)
      expect([pos, await codeOf(decodeSnapshot(damaged, PASS))]).toEqual([pos, 'corrupt'])
    }
  })

  it('tells a wrong passphrase from damage, and asks for a missing one', async () => {
    const bytes = await smallFile()
    expect(await codeOf(decodeSnapshot(bytes, PASS + '1'))).toBe('wrongPassphrase')
    expect(await codeOf(decodeSnapshot(bytes, null))).toBe('passphraseRequired')
    expect(await codeOf(decodeSnapshot(bytes, ''))).toBe('passphraseRequired')
  })

  it.each([
    {
      name: 'an Excel file',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(0)]),
    },
    { name: 'text', bytes: new TextEncoder().encode('班务通导出的名单，不是快照') },
    { name: 'a magic with one letter changed', bytes: new TextEncoder().encode('BANWU\0SNAQ\0\u0001') },
  ])('refuses $name as not a snapshot', async ({ bytes }) => {
    expect(await codeOf(decodeSnapshot(bytes, PASS))).toBe('notSnapshot')
    expect(await codeOf(readSnapshotHeader(bytes))).toBe('notSnapshot')
  })

  it('takes an empty file for one whose writing was cut off at once', async () => {
    expect(await codeOf(decodeSnapshot(new Uint8Array(0), PASS))).toBe('truncated')
  })

  it('refuses a file of a future format version', async () => {
    const bytes = await smallFile()
    const future = bytes.slice()
    new DataView(future.buffer).setUint16(10, 2)
    expect(await codeOf(decodeSnapshot(future, PASS))).toBe('futureFormat')
    expect(await codeOf(readSnapshotHeader(future))).toBe('futureFormat')
  })

  it('reads a file of another school, which the import plan then refuses', async () => {
    const other = snapshotOf({ people: people(3) }, '另一所党校', '01JDSCH00000000000000000BB')
    const decoded = await decodeSnapshot(await encodeSnapshot(other, { passphrase: PASS, ...WEAK }), PASS)
    expect(decoded.header.schoolId).toBe('01JDSCH00000000000000000BB')
    const plan = planImport({ people: [] }, decoded, {
      school: { id: '01JDSCH00000000000000000AA', name: '某市委党校', provisional: false },
      schemaVersion: 1,
      mergedMarks: {},
    })
    expect(plan.refusals.map((r) => r.code)).toEqual(['otherSchool'])
    expect(plan.canApply).toBe(false)
  })
})
