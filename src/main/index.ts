import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron'
import { electronShellDeps } from './electronShell'
import { createIpcHandlers, registerIpcHandlers } from './handlers'
import { createIpcRegistrar } from './ipc'
import { buildMenuTemplate } from './menu'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './protocol'
import { denyAllPermissions, hardenWebContents, pinUserDataPath } from './security'
import { createMainWindow } from './window'

/**
 * App lifecycle only. Order matters: the userData path and the privileged
 * scheme must be set before `ready`, so they run at the top level here.
 */

const here = dirname(fileURLToPath(import.meta.url))
const PRELOAD_PATH = join(here, '../preload/index.cjs')
const RENDERER_DIR = join(here, '../renderer')
// electron-vite sets this in `npm run dev`. Ignored when packaged, so an environment
// variable can never make the installed app load a page from elsewhere.
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

pinUserDataPath(app)
// The UI is Chinese: date and time inputs (the browser's own pickers) follow zh-CN whatever the
// office PC's Windows locale is. Must be set before \`ready\`.
app.commandLine.appendSwitch('lang', 'zh-CN')
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: two writers on one IndexedDB would corrupt nothing but confuse everyone.
  app.quit()
} else {
  start()
}

function start(): void {
  let mainWindow: BrowserWindow | null = null
  const shellDeps = electronShellDeps()

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shellDeps.openInBrowser))
  app.on('window-all-closed', () => app.quit())

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession)
      protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR))
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged })))

      const handle = createIpcRegistrar(ipcMain, {
        trustedOrigins: DEV_SERVER_URL ? [APP_ORIGIN, DEV_SERVER_URL] : [APP_ORIGIN],
      })
      registerIpcHandlers(handle, createIpcHandlers(shellDeps))

      const window = createMainWindow(BrowserWindow, PRELOAD_PATH)
      mainWindow = window
      window.on('closed', () => (mainWindow = null))
      await window.loadURL(DEV_SERVER_URL ?? APP_ENTRY_URL)
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('班务通无法启动', String(error))
      app.exit(1)
    })
}
