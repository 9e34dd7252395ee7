import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BanwuApi } from '../../src/preload/api'
import { IPC_CHANNELS, type IpcChannel } from '../../src/shared/ipc'

/**
 * One end-to-end check of the real shell: launch the built app in Electron
 * and look at it from the page's side. Electron's binary is downloaded
 * lazily and cannot be downloaded on every machine (no access to GitHub
 * releases), so the test runs only where the binary is already present.
 *
 * The binary is located by reading node_modules/electron/path.txt, never by
 * `require('electron')`: that module starts a download when the binary is missing.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron')
const BUILT_MAIN = join(ROOT, 'out', 'main', 'index.js')

function electronBinary(): string | null {
  const pathFile = join(ELECTRON_DIR, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/**
 * What the bridge must expose: one function per channel of the IPC contract (src/shared/ipc.ts),
 * as src/preload/index.ts builds it. Function names are not spelled from channel names by a rule,
 * so the pairing is written here; the types make it cover every channel of the contract and every
 * function of BanwuApi, so a channel added to the contract cannot be left out of this check.
 */
const BRIDGE_FUNCTION = {
  'file:save': 'saveFile',
  'file:open': 'openFiles',
  'print:toPdf': 'printToPdf',
  'print:print': 'print',
  'app:info': 'appInfo',
  'shell:openExternal': 'openExternal',
  'snapshot:save': 'saveSnapshot',
  'backup:list': 'listBackups',
  'backup:read': 'readBackup',
  'backup:write': 'writeBackup',
  'backup:prune': 'pruneBackups',
  'passphrase:status': 'passphraseStatus',
  'passphrase:read': 'readPassphrase',
  'passphrase:remember': 'rememberPassphrase',
} as const satisfies Record<IpcChannel, keyof BanwuApi>
type Unpaired = Exclude<keyof BanwuApi, (typeof BRIDGE_FUNCTION)[IpcChannel]>
const everyFunctionPaired: [Unpaired] extends [never] ? true : Unpaired = true
const EXPECTED_API = IPC_CHANNELS.map((channel) => BRIDGE_FUNCTION[channel]).sort()

describe('the bridge the smoke test expects', () => {
  it('is one distinct function per IPC channel, and every function of BanwuApi', () => {
    expect(everyFunctionPaired).toBe(true)
    expect(new Set(EXPECTED_API).size).toBe(IPC_CHANNELS.length)
  })
})

const binary = electronBinary()
const built = existsSync(BUILT_MAIN)
const title = binary
  ? built
    ? 'Electron smoke test (built app in out/)'
    : 'Electron smoke test — skipped: out/ is not built (run `npm run build` first)'
  : 'Electron smoke test — skipped: Electron binary not downloadable on this machine (node_modules/electron/dist missing)'

describe(title, () => {
  it.skipIf(!binary || !built)('opens one secure window on app://banwu titled 班务通', async () => {
    const { _electron } = await import('playwright')
    // A throwaway appData, so the test never touches a real user's database.
    const appData = await mkdtemp(join(tmpdir(), 'banwu-smoke-'))
    const env: Record<string, string> = { APPDATA: appData, XDG_CONFIG_HOME: appData }
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && !(key in env)) env[key] = value
    }
    const app = await _electron.launch({ executablePath: binary ?? '', args: [ROOT], env })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')

      expect(await page.title()).toContain('班务通')
      expect(page.url()).toMatch(/^app:\/\/banwu\//)
      expect(app.windows()).toHaveLength(1)

      // The callbacks run in the page; `globalThis` is its window.
      const exposed = await page.evaluate(() => ({
        api: Object.keys((globalThis as { api?: object }).api ?? {}).sort(),
        hasRequire: 'require' in globalThis,
        hasProcess: 'process' in globalThis,
      }))
      expect(exposed).toEqual({
        api: EXPECTED_API,
        hasRequire: false,
        hasProcess: false,
      })

      const info = await page.evaluate(() =>
        (globalThis as unknown as { api: { appInfo: () => Promise<unknown> } }).api.appInfo(),
      )
      expect(info).toMatchObject({
        ok: true,
        value: { runtime: 'electron', userDataPath: join(appData, 'Banwu') },
      })

      // Navigation away is denied: the page stays on app://banwu.
      await page.evaluate(() => {
        ;(globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toMatch(/^app:\/\/banwu\//)
    } finally {
      await app.close()
      await rm(appData, { recursive: true, force: true })
    }
  })
})
