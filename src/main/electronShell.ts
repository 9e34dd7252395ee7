import {
  app,
  BrowserWindow,
  dialog,
  safeStorage,
  shell,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import { join } from 'node:path'
import { readFilesCapped, writeFileVerified } from './files'
import { createPassphraseStore } from './passphraseStore'
import { writeNewFileVerified } from './snapshotFiles'
import type { ShellDeps } from './handlers'

/**
 * The real Electron calls behind the IPC handlers. Kept to one line each: the
 * decisions live in handlers.ts and files.ts, where the tests reach them.
 */
export function electronShellDeps(): ShellDeps<IpcMainInvokeEvent> {
  const parentOf = (event: IpcMainInvokeEvent): BrowserWindow | null =>
    BrowserWindow.fromWebContents(event.sender)

  return {
    showSaveDialog: (event, { defaultPath, filters }) => {
      const options: SaveDialogOptions = {
        defaultPath,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      const parent = parentOf(event)
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
    },
    showOpenDialog: (event, { filters, multiple }) => {
      const options: OpenDialogOptions = {
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      }
      const parent = parentOf(event)
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)
    },
    writeFile: (path, bytes) => writeFileVerified(path, bytes),
    readFiles: (paths) => readFilesCapped(paths),
    printToPdf: async (event, options) => new Uint8Array(await event.sender.printToPDF(options)),
    print: (event, { landscape, pageSize }) =>
      new Promise((resolve) => {
        event.sender.print(
          { silent: false, printBackground: true, landscape, pageSize },
          (success, failureReason) => resolve({ success, failureReason }),
        )
      }),
    openInBrowser: (url) => shell.openExternal(url),
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      runtime: 'electron',
      electronVersion: process.versions.electron ?? null,
      chromeVersion: process.versions.chrome ?? null,
      platform: process.platform,
      userDataPath: app.getPath('userData'),
    }),
    writeNewFile: (path, bytes) => writeNewFileVerified(path, bytes),
    backupDirectory: () => join(app.getPath('userData'), 'backups'),
    passphraseStore: createPassphraseStore({
      secrets: safeStorage,
      platform: process.platform,
      file: join(app.getPath('userData'), 'passphrase.bin'),
    }),
    defaultSaveDirectory: () => {
      try {
        return app.getPath('documents')
      } catch {
        // Some Linux desktops define no Documents folder.
        return app.getPath('home')
      }
    },
  }
}
