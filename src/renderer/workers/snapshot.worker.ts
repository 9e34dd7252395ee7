/**
 * Web Worker for snapshot files: compression and AES-GCM off the UI thread
 * and outside any database transaction (ARCHITECTURE.md, Sync by files).
 * Started by snapshotClient.ts; Vite bundles it as a module worker.
 */
import { handleSnapshotRequest } from './snapshotHandler'
import type { SnapshotMessage, SnapshotRequest } from './snapshotProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<SnapshotRequest>) => {
  void handleSnapshotRequest(event.data, (message: SnapshotMessage, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer),
  )
}
