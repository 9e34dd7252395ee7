/**
 * The sync screens' snapshot codec: each encode or decode runs in a
 * short-lived worker (terminated when done, so a large body's memory goes
 * with it) and reports progress. Failures reject with a SnapshotError for bad
 * files and passphrases, or an Error with a Chinese message.
 */
import type { Snapshot } from '@shared/sync/snapshot'
import { SnapshotError } from '@shared/sync/snapshotError'
import type { SnapshotCodec } from '@shared/sync/snapshotCodec'
import type { CodecOptions } from './snapshotCodec'
import type { SnapshotMessage, SnapshotRequest } from './snapshotProtocol'

export interface WorkerCodecOptions {
  /** For tests: how to start the worker. */
  createWorker?: () => Worker
  codec?: CodecOptions
}

function createSnapshotWorker(): Worker {
  return new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' })
}

const WORKER_FAILED = '处理快照时后台任务意外中止（可能是内存不足）。请关闭其他程序后重试。'

let nextId = 1

function run<T>(
  start: () => Worker,
  request: SnapshotRequest,
  onProgress: ((fraction: number) => void) | undefined,
  pick: (message: SnapshotMessage) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = start()
    const finish = () => worker.terminate()
    worker.onmessage = (event: MessageEvent<SnapshotMessage>) => {
      const message = event.data
      if (message.id !== request.id) return
      if (message.type === 'progress') {
        onProgress?.(message.fraction)
        return
      }
      finish()
      if (message.type === 'error') {
        const { error } = message
        reject(
          error.kind === 'snapshot' ? new SnapshotError(error.code, error.detail) : new Error(error.message),
        )
        return
      }
      const value = pick(message)
      if (value === undefined) reject(new Error(WORKER_FAILED))
      else resolve(value)
    }
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault()
      finish()
      reject(new Error(WORKER_FAILED))
    }
    worker.onmessageerror = () => {
      finish()
      reject(new Error(WORKER_FAILED))
    }
    worker.postMessage(request)
  })
}

export function createWorkerSnapshotCodec(options: WorkerCodecOptions = {}): SnapshotCodec {
  const start = options.createWorker ?? createSnapshotWorker
  return {
    encode: (snapshot, passphrase, onProgress) =>
      run<Uint8Array>(
        start,
        { id: nextId++, type: 'encode', snapshot, passphrase, options: options.codec ?? {} },
        onProgress,
        (m) => (m.type === 'encoded' ? m.bytes : undefined),
      ),
    // The bytes are copied, not transferred: after a wrong passphrase the screen tries again with them.
    decode: (bytes, passphrase, onProgress) =>
      run<Snapshot>(start, { id: nextId++, type: 'decode', bytes, passphrase }, onProgress, (m) =>
        m.type === 'decoded' ? m.snapshot : undefined,
      ),
  }
}
