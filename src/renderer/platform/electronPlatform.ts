import type { BanwuApi } from '../../preload/api'
import type { Platform } from './types'

/** The Electron bridge as a `Platform`: every call goes to main through `window.api`. */
export function createElectronPlatform(api: BanwuApi): Platform {
  return {
    kind: 'electron',
    saveFile: (request) => api.saveFile(request),
    openFiles: (request) => api.openFiles(request),
    printToPdf: (request) => api.printToPdf(request),
    print: (request) => api.print(request),
    appInfo: () => api.appInfo(),
    openExternal: (url) => api.openExternal(url),
    saveSnapshot: (request) => api.saveSnapshot(request),
    listBackups: () => api.listBackups(),
    readBackup: (name) => api.readBackup(name),
    writeBackup: (request) => api.writeBackup(request),
    pruneBackups: (keepDays) => api.pruneBackups(keepDays),
    passphraseStatus: () => api.passphraseStatus(),
    readPassphrase: () => api.readPassphrase(),
    rememberPassphrase: (passphrase) => api.rememberPassphrase(passphrase),
  }
}
