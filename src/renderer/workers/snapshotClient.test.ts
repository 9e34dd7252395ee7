import { describe, expect, it } from 'vitest'
import { buildSnapshot, type Snapshot } from '@shared/sync/snapshot'
import { SnapshotError } from '@shared/sync/snapshotError'
import { createWorkerSnapshotCodec } from './snapshotClient'
import { handleSnapshotRequest } from './snapshotHandler'
import type { SnapshotMessage, SnapshotRequest } from './snapshotProtocol'

/** Runs the real handler asynchronously, as the worker would, and records what the client did. */
class FakeWorker {
  onmessage: ((event: { data: SnapshotMessage }) => void) | null = null
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null
  onmessageerror: (() => void) | null = null
  terminated = false
  transferred: Transferable[] = []
  constructor(private readonly behaviour: 'handle' | 'crash' = 'handle') {}
  postMessage(request: SnapshotRequest) {
    setTimeout(() => {
      if (this.behaviour === 'crash') {
        this.onerror?.({ message: 'Out of memory', preventDefault: () => {} })
        return
      }
      void handleSnapshotRequest(structuredClone(request), (data, transfer = []) => {
        this.transferred.push(...transfer)
        if (!this.terminated) this.onmessage?.({ data })
      })
    }, 0)
  }
  terminate() {
    this.terminated = true
  }
}

const STAMP = '001763000000000-000000-01OFFICEA'

function sample(): Snapshot {
  return buildSnapshot(
    {
      schemaVersion: 5,
      appVersion: '0.1.0',
      school: '中共松江区委党校',
      replicaId: '01OFFICEA',
      replicaName: '本部教务科',
      clockStamp: STAMP,
      scope: 'all',
    },
    {
      classes: [
        {
          id: 'c1',
          createdAt: '2025-01-01T00:00:00.000Z',
          deleted: false,
          _hlc: { name: STAMP },
          _updated: STAMP,
          name: '处级班',
        } as never,
      ],
    },
  )
}

function codecWith(workers: FakeWorker[], behaviour: 'handle' | 'crash' = 'handle') {
  return createWorkerSnapshotCodec({
    createWorker: () => {
      const w = new FakeWorker(behaviour)
      workers.push(w)
      return w as unknown as Worker
    },
    codec: { iterations: 1000, allowWeakKdfForTests: true },
  })
}

describe('the worker snapshot codec', () => {
  it('encodes with a read-back check, transfers the bytes, reports progress and ends each worker', async () => {
    const workers: FakeWorker[] = []
    const codec = codecWith(workers)
    const fractions: number[] = []
    const bytes = await codec.encode(sample(), '口令', (f) => fractions.push(f))
    expect(fractions.at(-1)).toBe(1)
    expect(workers[0]?.transferred).toEqual([bytes.buffer])
    const back = await codec.decode(bytes, '口令')
    expect(back.tables).toEqual(sample().tables)
    expect(back.header.replicaName).toBe('本部教务科')
    expect(workers.map((w) => w.terminated)).toEqual([true, true])
  })

  it('rejects a wrong passphrase and a cut file with their SnapshotError codes', async () => {
    const codec = codecWith([])
    const bytes = await codec.encode(sample(), '口令')
    const wrong = await codec.decode(bytes, '别的口令').catch((e: unknown) => e)
    expect(wrong).toBeInstanceOf(SnapshotError)
    expect(wrong).toMatchObject({ code: 'wrongPassphrase' })
    expect((wrong as Error).message).toContain('密码不正确')
    await expect(codec.decode(bytes.slice(0, bytes.length - 3), '口令')).rejects.toMatchObject({
      code: 'truncated',
    })
    await expect(
      codec.decode(new TextEncoder().encode('PK\u0003\u0004 a zip file'), null),
    ).rejects.toMatchObject({
      code: 'notSnapshot',
    })
  })

  it('writes unencrypted files when asked, readable without a passphrase', async () => {
    const codec = codecWith([])
    const bytes = await codec.encode(sample(), null)
    expect((await codec.decode(bytes, null)).tables.classes).toHaveLength(1)
  })

  it('turns a crashed worker into a Chinese error instead of hanging', async () => {
    const workers: FakeWorker[] = []
    await expect(codecWith(workers, 'crash').decode(new Uint8Array(10), null)).rejects.toThrow(
      '后台任务意外中止',
    )
    expect(workers[0]?.terminated).toBe(true)
  })
})
