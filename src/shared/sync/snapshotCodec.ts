import type { Snapshot } from './snapshot'

/**
 * Turning snapshots into file bytes and back: compression and cryptography,
 * CPU work that runs in a worker (renderer/workers/snapshotClient.ts) and never inside
 * a database transaction. The repositories take it as a parameter, so the
 * unit tests pass a direct, in-thread codec (renderer/workers/snapshotCodec.ts).
 *
 * Failures reject with a SnapshotError (code + Chinese message).
 */
export interface SnapshotCodec {
  /**
   * The bytes of a `.banwu` file, already read back: they were decoded again
   * with the same passphrase and compared with the snapshot before this resolves.
   * `passphrase` null writes an unencrypted file.
   */
  encode(
    snapshot: Snapshot,
    passphrase: string | null,
    onProgress?: (fraction: number) => void,
  ): Promise<Uint8Array>
  decode(
    bytes: Uint8Array,
    passphrase: string | null,
    onProgress?: (fraction: number) => void,
  ): Promise<Snapshot>
}
