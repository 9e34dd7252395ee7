// Where Electron's binary is, read the way electron-vite reads it: node_modules/electron/path.txt
// names the executable inside node_modules/electron/dist/. Never `require('electron')`: that module
// starts a download when the binary is missing. ELECTRON_EXEC_PATH (electron-vite's override) wins.

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @param {string} electronDir node_modules/electron
 * @param {string | undefined} execPathOverride the ELECTRON_EXEC_PATH environment variable
 * @returns {{ ok: true, path: string } | { ok: false, reason: 'no-package' | 'not-downloaded' | 'missing-file' }}
 */
export function findElectronBinary(electronDir, execPathOverride) {
  if (execPathOverride) {
    return existsSync(execPathOverride)
      ? { ok: true, path: execPathOverride }
      : { ok: false, reason: 'missing-file' }
  }
  if (!existsSync(join(electronDir, 'package.json'))) return { ok: false, reason: 'no-package' }
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return { ok: false, reason: 'not-downloaded' }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? { ok: true, path: binary } : { ok: false, reason: 'missing-file' }
}
