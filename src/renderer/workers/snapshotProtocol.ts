/**
 * Messages between the sync screens and the snapshot worker. Snapshots go
 * in by structured clone; file bytes come back transferred.
 */
import type { Snapshot } from '@shared/sync/snapshot'
import type { SnapshotErrorCode } from '@shared/sync/snapshotError'
import type { CodecOptions } from './snapshotCodec'

export type SnapshotRequest =
  | { id: number; type: 'encode'; snapshot: Snapshot; passphrase: string | null; options: CodecOptions }
  | { id: number; type: 'decode'; bytes: Uint8Array; passphrase: string | null }

export type SnapshotWorkerError =
  /** A bad file or passphrase: the code says which (snapshotError.ts). */
  | { kind: 'snapshot'; code: SnapshotErrorCode; detail: string }
  /** Anything else, with a message for the user. */
  | { kind: 'other'; message: string }

export type SnapshotMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'encoded'; bytes: Uint8Array }
  | { id: number; type: 'decoded'; snapshot: Snapshot }
  | { id: number; type: 'error'; error: SnapshotWorkerError }
