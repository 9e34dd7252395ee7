import { extname, join } from 'node:path'
import {
  fail,
  IPC_CHANNELS,
  ok,
  type AppInfo,
  type FileFilter,
  type IpcChannel,
  type OpenedFile,
  type SavedFile,
  type Result,
} from '../shared/ipc'
import { listBackups, pruneBackups, readBackup, writeBackup } from './backups'
import { CANCELLED_ERROR } from './errors'
import { openExternalIfAllowed } from './externalLinks'
import type { IpcHandler, IpcRegistrar } from './ipc'
import type { PassphraseStore } from './passphraseStore'

/**
 * What each IPC channel does. Everything Electron-specific (dialogs,
 * webContents, shell) comes in through `ShellDeps`, so these handlers run in
 * the Node tests with fakes; index.ts wires in the real Electron calls.
 */

export interface SaveDialogRequest {
  defaultPath: string
  filters: FileFilter[]
}

export interface OpenDialogRequest {
  filters: FileFilter[]
  multiple: boolean
}

export interface PdfOptions {
  landscape: boolean
  pageSize: 'A4' | 'A3' | 'A5'
  printBackground: boolean
}

export interface PrintOptions {
  landscape: boolean
  pageSize: 'A4' | 'A3' | 'A5'
}

/** `E` is the IPC event: dialogs are parented to, and printing reads, the sender's window. */
export interface ShellDeps<E> {
  showSaveDialog: (event: E, request: SaveDialogRequest) => Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog: (
    event: E,
    request: OpenDialogRequest,
  ) => Promise<{ canceled: boolean; filePaths: string[] }>
  /** Atomic, verified write (files.ts). */
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>
  /** Capped reads (files.ts). */
  readFiles: (paths: readonly string[]) => Promise<OpenedFile[]>
  printToPdf: (event: E, options: PdfOptions) => Promise<Uint8Array>
  print: (event: E, options: PrintOptions) => Promise<{ success: boolean; failureReason: string }>
  /** `shell.openExternal`; only ever called through `openExternalIfAllowed`. */
  openInBrowser: (url: string) => Promise<void>
  appInfo: () => AppInfo
  /** Where the save dialog starts (the user's Documents folder). */
  defaultSaveDirectory: () => string
  /** Writes a new file, never over an existing one (snapshotFiles.ts); returns the path written. */
  writeNewFile: (path: string, bytes: Uint8Array) => Promise<string>
  /** The automatic backups' folder: userData/backups. */
  backupDirectory: () => string
  /** The remembered passphrase, sealed with `safeStorage` (passphraseStore.ts). */
  passphraseStore: PassphraseStore
}

export type IpcHandlers<E> = { [C in IpcChannel]: IpcHandler<C, E> }

const PDF_FILTERS: FileFilter[] = [{ name: 'PDF 文件', extensions: ['pdf'] }]
const SNAPSHOT_FILTERS: FileFilter[] = [{ name: '班务通快照', extensions: ['banwu'] }]

/**
 * Appends the first filter's extension when the chosen name has none of the
 * filters' extensions. Windows dialogs do this themselves; GTK dialogs on
 * Linux do not, and a snapshot saved without `.banwu` would not show up in
 * the open dialog's filter later.
 */
export function withFilterExtension(path: string, filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((f) => f.extensions).filter((e) => e !== '*')
  const first = extensions[0]
  if (first === undefined || filters.some((f) => f.extensions.includes('*'))) return path
  const current = extname(path).slice(1).toLowerCase()
  return extensions.some((e) => e.toLowerCase() === current) ? path : `${path}.${first}`
}

export function createIpcHandlers<E>(deps: ShellDeps<E>): IpcHandlers<E> {
  async function saveThroughDialog(
    event: E,
    suggestedName: string,
    filters: FileFilter[],
    bytes: Uint8Array,
  ): Promise<Result<SavedFile>> {
    const choice = await deps.showSaveDialog(event, {
      defaultPath: join(deps.defaultSaveDirectory(), suggestedName),
      filters,
    })
    if (choice.canceled || !choice.filePath) return { ok: false, error: CANCELLED_ERROR }
    const path = withFilterExtension(choice.filePath, filters)
    await deps.writeFile(path, bytes)
    return ok({ path })
  }

  return {
    'file:save': (request, event) =>
      saveThroughDialog(event, request.suggestedName, request.filters, request.bytes),

    'file:open': async (request, event) => {
      const choice = await deps.showOpenDialog(event, request)
      if (choice.canceled || choice.filePaths.length === 0) return ok([])
      const paths = request.multiple ? choice.filePaths : choice.filePaths.slice(0, 1)
      return ok(await deps.readFiles(paths))
    },

    'print:toPdf': async (request, event) => {
      const { suggestedName, landscape, pageSize, printBackground } = request
      const pdf = await deps.printToPdf(event, { landscape, pageSize, printBackground })
      return saveThroughDialog(event, suggestedName, PDF_FILTERS, pdf)
    },

    'print:print': async (request, event) => {
      const { success, failureReason } = await deps.print(event, request)
      if (success) return ok(null)
      // Electron reports a closed print dialog as the failure reason 'cancelled'.
      if (failureReason === 'cancelled') return { ok: false, error: CANCELLED_ERROR }
      return fail('io', '打印失败，请检查打印机是否连接并可用')
    },

    'app:info': () => Promise.resolve(ok(deps.appInfo())),

    'shell:openExternal': async ({ url }) => {
      const opened = await openExternalIfAllowed(url, deps.openInBrowser)
      return opened ? ok(null) : fail('forbidden', '出于安全考虑，不允许打开该链接')
    },

    'snapshot:save': async ({ suggestedName, bytes }, event) => {
      const choice = await deps.showSaveDialog(event, {
        defaultPath: join(deps.defaultSaveDirectory(), suggestedName),
        filters: SNAPSHOT_FILTERS,
      })
      if (choice.canceled || !choice.filePath) return { ok: false, error: CANCELLED_ERROR }
      const path = await deps.writeNewFile(withFilterExtension(choice.filePath, SNAPSHOT_FILTERS), bytes)
      return ok({ path })
    },

    'backup:list': async () => ok(await listBackups(deps.backupDirectory())),

    'backup:read': async ({ name }) => ok(await readBackup(deps.backupDirectory(), name)),

    'backup:write': async ({ name, bytes }) => ok(await writeBackup(deps.backupDirectory(), name, bytes)),

    'backup:prune': async ({ keepDays }) => ok(await pruneBackups(deps.backupDirectory(), keepDays)),

    'passphrase:status': async () => ok(await deps.passphraseStore.status()),

    'passphrase:read': async () => ok(await deps.passphraseStore.read()),

    'passphrase:remember': async ({ passphrase }) => ok(await deps.passphraseStore.remember(passphrase)),
  }
}

export function registerIpcHandlers<E>(handle: IpcRegistrar<E>, handlers: IpcHandlers<E>): void {
  const register = <C extends IpcChannel>(channel: C): void => handle(channel, handlers[channel])
  for (const channel of IPC_CHANNELS) register(channel)
}
