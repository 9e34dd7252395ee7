import type { IpcRequest, IpcResult } from '../shared/ipc'

/**
 * What the preload script exposes as `window.api`: one named function per IPC
 * channel, with the contract's request and result types. Types only — no
 * Node or Electron — so the renderer's tsconfig can include this file.
 */
export interface BanwuApi {
  /** Save dialog, then an atomic, verified write. `cancelled` when the user closes the dialog. */
  saveFile(request: IpcRequest<'file:save'>): Promise<IpcResult<'file:save'>>
  /** Open dialog; `[]` when the user cancels. Files over 100 MB are refused. */
  openFiles(request: IpcRequest<'file:open'>): Promise<IpcResult<'file:open'>>
  /** Renders the current page to PDF and saves it through the save dialog. */
  printToPdf(request: IpcRequest<'print:toPdf'>): Promise<IpcResult<'print:toPdf'>>
  /** The system print dialog for the current page. */
  print(request?: IpcRequest<'print:print'>): Promise<IpcResult<'print:print'>>
  appInfo(): Promise<IpcResult<'app:info'>>
  /** Opens an allow-listed https URL in the system browser; anything else is `forbidden`. */
  openExternal(url: string): Promise<IpcResult<'shell:openExternal'>>
  /** Save dialog for a snapshot, then an atomic, verified write that never replaces an existing file. */
  saveSnapshot(request: IpcRequest<'snapshot:save'>): Promise<IpcResult<'snapshot:save'>>
  /** The automatic backups in userData/backups, newest first (`not-available` in the browser). */
  listBackups(): Promise<IpcResult<'backup:list'>>
  readBackup(name: string): Promise<IpcResult<'backup:read'>>
  writeBackup(request: IpcRequest<'backup:write'>): Promise<IpcResult<'backup:write'>>
  /** Removes backups older than `keepDays` days, always keeping the newest. */
  pruneBackups(keepDays: number): Promise<IpcResult<'backup:prune'>>
  /** Whether the system can keep the passphrase sealed (`not-available` in the browser). */
  passphraseStatus(): Promise<IpcResult<'passphrase:status'>>
  readPassphrase(): Promise<IpcResult<'passphrase:read'>>
  /** Remembers (sealed with safeStorage) or, with null, forgets the passphrase. */
  rememberPassphrase(passphrase: string | null): Promise<IpcResult<'passphrase:remember'>>
}

declare global {
  interface Window {
    /** Present only inside the Electron app; the renderer falls back to browser APIs without it. */
    api?: BanwuApi
  }
}
