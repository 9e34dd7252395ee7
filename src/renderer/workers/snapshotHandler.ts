/**
 * What the snapshot worker does with one request, apart from the worker
 * plumbing, so it can be tested without a Worker.
 */
import { decodeSnapshot } from '@shared/sync/snapshotFile'
import { isSnapshotError } from '@shared/sync/snapshotError'
import { encodeVerified } from './snapshotCodec'
import type { SnapshotMessage, SnapshotRequest, SnapshotWorkerError } from './snapshotProtocol'

/** `transfer` lists buffers to move rather than copy. */
export type Post = (message: SnapshotMessage, transfer?: Transferable[]) => void

function toWorkerError(e: unknown): SnapshotWorkerError {
  if (isSnapshotError(e)) return { kind: 'snapshot', code: e.code, detail: e.detail }
  return { kind: 'other', message: e instanceof Error ? e.message : String(e) }
}

export async function handleSnapshotRequest(request: SnapshotRequest, post: Post): Promise<void> {
  const { id } = request
  const onProgress = (fraction: number) => post({ id, type: 'progress', fraction })
  try {
    if (request.type === 'encode') {
      const bytes = await encodeVerified(request.snapshot, request.passphrase, {
        ...request.options,
        onProgress,
      })
      post({ id, type: 'encoded', bytes }, [bytes.buffer])
    } else {
      const snapshot = await decodeSnapshot(request.bytes, request.passphrase, onProgress)
      post({ id, type: 'decoded', snapshot })
    }
  } catch (e) {
    post({ id, type: 'error', error: toWorkerError(e) })
  }
}
