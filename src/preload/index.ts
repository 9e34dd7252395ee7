import { contextBridge, ipcRenderer } from 'electron'
import type { IpcChannel, IpcRequest, IpcResult } from '../shared/ipc'
import type { BanwuApi } from './api'

/**
 * The bridge: named functions, one per channel, and nothing else. The page
 * never gets `ipcRenderer` (which would let it send on any channel), and main
 * validates every request again, because a compromised page can call these
 * functions with anything.
 */
function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<C>>
}

const api = {
  saveFile: (request) => invoke('file:save', request),
  openFiles: (request) => invoke('file:open', request),
  printToPdf: (request) => invoke('print:toPdf', request),
  print: (request = {}) => invoke('print:print', request),
  appInfo: () => invoke('app:info', undefined),
  openExternal: (url) => invoke('shell:openExternal', { url }),
  saveSnapshot: (request) => invoke('snapshot:save', request),
  listBackups: () => invoke('backup:list', undefined),
  readBackup: (name) => invoke('backup:read', { name }),
  writeBackup: (request) => invoke('backup:write', request),
  pruneBackups: (keepDays) => invoke('backup:prune', { keepDays }),
  passphraseStatus: () => invoke('passphrase:status', undefined),
  readPassphrase: () => invoke('passphrase:read', undefined),
  rememberPassphrase: (passphrase) => invoke('passphrase:remember', { passphrase }),
} satisfies BanwuApi

contextBridge.exposeInMainWorld('api', api)
