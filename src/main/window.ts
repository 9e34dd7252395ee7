import type { BrowserWindow as ElectronBrowserWindow } from 'electron'

/**
 * The one window. The constructor comes in as a parameter so the tests can
 * check the options without Electron; the options stay a literal inside
 * `new BrowserWindow({...})` so Electronegativity's static checks can read
 * them. Every security-relevant preference is spelled out even where
 * Electron 45 already defaults to it, so the decision is visible.
 */
export function createMainWindow(
  BrowserWindow: typeof ElectronBrowserWindow,
  preloadPath: string,
): ElectronBrowserWindow {
  const window = new BrowserWindow({
    title: '班务通',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise ask for a new window (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  return window
}
