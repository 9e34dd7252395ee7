import { join } from 'node:path'
import type { App, Session, WebContents } from 'electron'
import { EXTERNAL_URL_ALLOW_LIST, openExternalIfAllowed } from './externalLinks'

/**
 * Security settings that apply to every window and every web contents. Each
 * is a small function taking the Electron object it configures, so the tests
 * can hand in a fake and see what was set.
 */

/**
 * Sent as a header on every response of the app:// protocol. Inline styles are
 * allowed because MUI (emotion) injects <style> tags at run time; scripts are
 * never inline and never eval'd. Workers may come from blob: (Vite's worker
 * bundling), images from data:/blob: (previews), and nothing may be framed,
 * posted or based elsewhere.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

export function buildContentSecurityPolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy(CSP_DIRECTIVES)

/**
 * The app never navigates: it is one page with in-page routing. Any navigation,
 * redirect, new window or <webview> is therefore an attack or a bug. Links to
 * the allow-listed help pages open in the system browser instead.
 */
export function hardenWebContents(
  contents: WebContents,
  openInBrowser: (url: string) => Promise<void>,
  allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST,
): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, openInBrowser, allowList).catch(() => undefined)
    return { action: 'deny' }
  })
}

/** No camera, microphone, geolocation, notifications, USB, HID, serial …: the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/**
 * The database lives in the userData folder, which Electron names after the
 * product name by default. Pinning it to a fixed ASCII name means renaming
 * the product (or its Chinese name being written differently by an installer)
 * never strands the user's data in an orphaned folder.
 */
export const USER_DATA_DIR_NAME = 'Banwu'

export function userDataPathFor(appDataPath: string): string {
  return join(appDataPath, USER_DATA_DIR_NAME)
}

/** Must run before `ready`: Chromium opens its storage in userData at startup. */
export function pinUserDataPath(app: Pick<App, 'getPath' | 'setPath'>): void {
  app.setPath('userData', userDataPathFor(app.getPath('appData')))
}
