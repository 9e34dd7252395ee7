import { emptyPerson } from '../roster/rosterBuilders'
import 'fake-indexeddb/auto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { formatHlc } from '@shared/sync/hlc'
import type { SyncedRow } from '@shared/sync/merge'
import type { Snapshot } from '@shared/sync/snapshot'
import { readSnapshotHeader } from '@shared/sync/snapshotFile'
import { SNAPSHOT_ERROR_MESSAGES, SnapshotError } from '@shared/sync/snapshotError'
import type { DataAccess } from '../core/openData'
import {
  classInput,
  dumpAll,
  exportBytes,
  testCodec,
  testOffices,
  TEST_PASS,
} from '../../../../test/helpers/syncTestOffices'

/**
 * Source: issue 6 "Checks: bad files: truncated at many offsets, random bit flips, wrong
 * passphrase, wrong magic, future format version, a file from another school: every one is
 * refused with a specific message and the database is unchanged (compare a full export before
 * and after)". Each file goes the import screen's way (ImportPanel): header, whole-file length,
 * decode, dry run with every confirmation the user could give, and apply only if allowed.
 */

const offices = testOffices('sync-bad')
afterAll(() => offices.closeAll())

type Outcome = { refusedBy: string; message: string } | { imported: true }

async function tryImport(to: DataAccess, bytes: Uint8Array, passphrase: string | null): Promise<Outcome> {
  try {
    const header = await readSnapshotHeader(bytes)
    await readSnapshotHeader(bytes, { wholeFile: true })
    // Refused from the header alone, before any passphrase (another school, a newer version)…
    const [first] = await to.sync.refusalsOf(header)
    if (first) return { refusedBy: first.code, message: first.message }
    const snapshot = await testCodec.decode(bytes, passphrase)
    const plan = await to.sync.planImport(snapshot, { olderThanMerged: true, massDelete: true })
    // …and by the dry run, which repeats them.
    const hard = plan.refusals.find((r) => !r.overridable)
    if (hard) return { refusedBy: hard.code, message: hard.message }
    await to.sync.applyImport(plan, { fileName: 'bad.banwu' })
    return { imported: true }
  } catch (e) {
    if (e instanceof SnapshotError) return { refusedBy: e.code, message: e.message }
    throw e
  }
}

/** A small deterministic PRNG, so a failing flip replays. */
function prng(seed: number) {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

let good: Uint8Array
let source: DataAccess
let target: DataAccess
let before: Record<string, unknown[]>

async function encodedWith(from: DataAccess, header: Partial<Snapshot['header']>) {
  const snapshot = await from.sync.readSnapshot('all')
  return testCodec.encode({ ...snapshot, header: { ...snapshot.header, ...header } }, TEST_PASS)
}

/** Refused with this code and its own message, and nothing at all changed in the office. */
async function expectRefused(
  bytes: Uint8Array,
  codes: readonly string[],
  passphrase: string | null = TEST_PASS,
) {
  const outcome = await tryImport(target, bytes, passphrase)
  if (!('refusedBy' in outcome)) throw new Error('a bad file was imported')
  expect(codes).toContain(outcome.refusedBy)
  const known = SNAPSHOT_ERROR_MESSAGES as Record<string, string>
  if (known[outcome.refusedBy]) expect(outcome.message).toBe(known[outcome.refusedBy])
  else expect(outcome.message).toMatch(/[\u4e00-\u9fff]/)
}

describe('bad files change nothing', () => {
  beforeAll(async () => {
    const a = await offices.office('本部教务科')
    for (const name of ['2025年春季中青班', '2025年处级班', '2025年委托班'])
      await a.classes.createClass(classInput(name))
    const person = await a.people.create({ ...emptyPerson('张三'), unit: '某区某局' })
    for (const c of await a.classes.listLive()) await a.enrollments.enrol(c.id, person.id)
    good = await exportBytes(a)
    source = a
    target = await offices.office('分校区')
    await target.classes.createClass(classInput('分校区自己的班'))
    before = await dumpAll(target)
    // The file itself is fine: it would import.
    expect((await testCodec.decode(good, TEST_PASS)).header.replicaName).toBe('本部教务科')
  })
  afterEach(async () => {
    expect(await dumpAll(target)).toEqual(before)
  })
  let clockBefore: string
  beforeAll(() => {
    clockBefore = target.replica.clock.current()
  })
  afterEach(() => {
    expect(target.replica.clock.current()).toBe(clockBefore)
  })

  it('refuses a file cut short at any of many offsets as incomplete (a stick pulled half-way)', async () => {
    const offsets = new Set<number>()
    for (let n = 0; n < 200; n++) offsets.add(n)
    for (let n = 0; n < good.length; n += Math.ceil(good.length / 150)) offsets.add(n)
    for (let n = good.length - 64; n < good.length; n++) offsets.add(n)
    for (const n of offsets) await expectRefused(good.subarray(0, n), ['truncated'])
  })

  it('refuses random bit flips anywhere in the file', async () => {
    const rand = prng(6)
    for (let i = 0; i < 300; i++) {
      const bytes = good.slice()
      const at = Math.floor(rand() * bytes.length)
      bytes[at]! ^= 1 << Math.floor(rand() * 8)
      await expectRefused(bytes, ['corrupt', 'notSnapshot', 'futureFormat', 'truncated'])
    }
  })

  it('refuses a wrong passphrase, and a missing one, with their own messages', async () => {
    await expectRefused(good, ['wrongPassphrase'], '不是这个密码')
    await expectRefused(good, ['passphraseRequired'], null)
  })

  it('refuses another kind of file (wrong magic) and a future format version', async () => {
    const magic = good.slice()
    magic[0] = 0x50
    await expectRefused(magic, ['notSnapshot'])
    const future = good.slice()
    new DataView(future.buffer).setUint16(10, 2)
    await expectRefused(future, ['futureFormat'])
  })

  it('refuses a file of another school, and files of a newer app or database version', async () => {
    const other = await offices.office('青浦教务处', '中共青浦区委党校')
    await other.classes.createClass(classInput('青浦的班'))
    await expectRefused(await exportBytes(other), ['otherSchool'])
    const a = await offices.office('本部教务科')
    await a.classes.createClass(classInput('新版本的班'))
    await expectRefused(await encodedWith(a, { appVersion: '99.0.0' }), ['newerVersion'])
    await expectRefused(await encodedWith(a, { schemaVersion: 999 }), ['newerVersion'])
  })

  /**
   * Issue 12 points 1 and 2: files that decrypt and decode (valid crypto, valid container) but
   * whose content is hostile. Each is refused by the dry run, before anything is written, with a
   * message naming what is wrong; and a restore of the same content is refused too.
   */
  describe('hostile content in a well-formed file', () => {
    const DAY = 24 * 60 * 60 * 1000
    const future = (ms: number) =>
      formatHlc({ wall: Date.now() + ms, counter: 0, replica: source.replica.id })

    /** A's export with `edit` applied to the first class (2025年春季中青班) and the snapshot. */
    async function hostile(edit: (row: SyncedRow, s: Snapshot) => void): Promise<Snapshot> {
      const s = structuredClone(await source.sync.readSnapshot('all'))
      const row = s.tables.classes!.find((r) => r.name === '2025年春季中青班')!
      edit(row, s)
      return s
    }

    async function refused(snapshot: Snapshot, code: string, ...parts: string[]) {
      const bytes = await testCodec.encode(snapshot, TEST_PASS)
      const outcome = await tryImport(target, bytes, TEST_PASS)
      if (!('refusedBy' in outcome)) throw new Error('a hostile file was imported')
      expect(outcome.refusedBy).toBe(code)
      for (const p of parts) expect(outcome.message).toContain(p)
      expect(outcome.message).toContain('未导入任何内容')
      // The restore path checks the same way, before clearing anything.
      await expect(target.sync.replaceAll(snapshot)).rejects.toThrow(parts[0] ?? '')
      await expect(target.sync.replaceAll(snapshot)).rejects.toThrow('未恢复任何内容')
    }

    it('refuses a high-water mark far in the future, naming the office and its clock', async () => {
      const s = await hostile((_, snap) => {
        snap.header.hlcHighWater = future(30 * DAY)
      })
      await refused(s, 'clockAhead', '本部教务科', '约 30 天', '日期')
    })

    it('refuses a row stamp far in the future even when the high-water mark is not', async () => {
      const s = await hostile((row) => {
        row._hlc.note = future(3 * DAY)
        row._updated = row._hlc.note
      })
      await refused(s, 'clockAhead', '本部教务科', '约 3 天')
    })

    it.each([
      ['"~" (sorts after every stamp)', '~'],
      ['a 16-digit wall', '0001763000000000-000000-01JDXYZ0000000000000000000'],
      ['a short counter', '001763000000000-00000-01JDXYZ0000000000000000000'],
      ['a short replica id', '001763000000000-000000-A'],
    ])('refuses a malformed stamp: %s', async (_label, bad) => {
      const s = await hostile((row) => {
        row._hlc.name = bad
      })
      await refused(s, 'invalidContent', '「班次」', '2025年春季中青班', '_hlc.name', '不是有效的时间戳')
      const updated = await hostile((row) => {
        row._updated = bad
      })
      await refused(updated, 'invalidContent', '「班次」', '2025年春季中青班', '_updated')
    })

    it('refuses _updated that is not the highest field stamp', async () => {
      const s = await hostile((row, snap) => {
        row._hlc.note = snap.header.hlcHighWater // newer than _updated, which stays as it was
      })
      await refused(s, 'invalidContent', '「班次」', '2025年春季中青班', '_updated', '最新')
    })

    it("refuses a stamp above the file's own high-water mark", async () => {
      const s = await hostile((row, snap) => {
        const above = snap.header.hlcHighWater.replace(
          /-(\d{6})-/,
          (_, c: string) => `-${String(Number(c) + 1).padStart(6, '0')}-`,
        )
        row._hlc.note = above
        row._updated = above
      })
      await refused(s, 'invalidContent', '「班次」', '2025年春季中青班', '_hlc.note', '晚于文件自身')
    })

    it('refuses values of the wrong type: a startDate object, deleted "yes", an unknown status code', async () => {
      await refused(
        await hostile((row) => {
          row.startDate = { year: 2025 }
        }),
        'invalidContent',
        '「班次」',
        '2025年春季中青班',
        'startDate',
        '应为文本，实际为对象',
      )
      await refused(
        await hostile((row) => {
          ;(row as Record<string, unknown>).deleted = 'yes'
        }),
        'invalidContent',
        '「班次」',
        '2025年春季中青班',
        'deleted',
      )
      await refused(
        await hostile((row) => {
          row.status = 'exploded'
        }),
        'invalidContent',
        'status',
        '不是可用的取值',
      )
      await refused(
        await hostile((_, snap) => {
          snap.tables.people![0]!.gender = 7
        }),
        'invalidContent',
        '「学员」',
        '张三',
        'gender',
      )
    })

    it('still imports the same file untouched, and a row with an extra field a newer minor version added', async () => {
      const s = await hostile((row) => {
        row.futureField = '新版本的字段'
      })
      const plan = await target.sync.planImport(s, { olderThanMerged: true, massDelete: true })
      expect(plan.refusals.filter((r) => !r.overridable)).toEqual([])
      expect(plan.canApply).toBe(true)
    })
  })
})
