import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { readSnapshotHeader } from '@shared/sync/snapshotFile'
import { exportBytes, importBytes, testOffices } from '../../../../test/helpers/syncTestOffices'

const offices = testOffices('unencrypted-import')
afterEach(() => offices.closeAll())

/** What the import screen learns from a file's header alone. */
async function headerRefusals(to: Awaited<ReturnType<typeof offices.office>>, bytes: Uint8Array) {
  return (await to.sync.refusalsOf(await readSnapshotHeader(bytes))).map((r) => r.code)
}

describe('只接受加密快照 (a school rule)', () => {
  it('refuses an unencrypted file by default, saying where to change it, and writes nothing', async () => {
    const a = await offices.office('本部')
    const b = await offices.office('分校')
    const plain = await exportBytes(a, 'all', null)
    const refusals = await b.sync.refusalsOf(await readSnapshotHeader(plain))
    expect(refusals).toEqual([
      expect.objectContaining({ code: 'unencrypted', overridable: false, confirmed: false }),
    ])
    expect(refusals[0]!.message).toContain('设置 → 本校规则 → 只接受加密快照')
    expect(refusals[0]!.message).toContain('任何人都可以编写或改动')
    // An encrypted file of the same office is not refused.
    expect(await headerRefusals(b, await exportBytes(a))).toEqual([])
  })

  it('lets an unencrypted file through once the school turned it off', async () => {
    const a = await offices.office('本部')
    const b = await offices.office('分校')
    await b.schoolSettings.saveSnapshotPolicy({ encryptedOnly: false })
    expect(await headerRefusals(b, await exportBytes(a, 'all', null))).toEqual([])
  })

  it('is the same in every office: turned off in one, it is off in the other after a sync', async () => {
    const a = await offices.office('本部')
    const b = await offices.office('分校')
    await a.schoolSettings.saveSnapshotPolicy({ encryptedOnly: false })
    const plainFromA = await exportBytes(a, 'all', null)
    expect(await headerRefusals(b, plainFromA)).toEqual(['unencrypted'])
    await importBytes(b, await exportBytes(a))
    expect(await b.schoolSettings.snapshotPolicy()).toEqual({ encryptedOnly: false })
    expect(await headerRefusals(b, plainFromA)).toEqual([])
    // Turned on again in B, it travels back to A.
    offices.tick()
    await b.schoolSettings.saveSnapshotPolicy({ encryptedOnly: true })
    await importBytes(a, await exportBytes(b))
    expect(await headerRefusals(a, await exportBytes(b, 'all', null))).toEqual(['unencrypted'])
  })
})
