#!/usr/bin/env node
// `npm start`: build and open the Electron app (electron-vite preview). The electron package
// downloads its binary lazily (it has no install script); electron-vite does not, and without the
// binary it stops with "Error: Electron uninstall" and a stack trace. So: download it here if it is
// missing, and when that is impossible say so in one line and point at the browser build.

import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { findElectronBinary } from './electron-binary.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron')
const WEB_HINT = '`npm run web` serves the same app in a browser (http://localhost:5173).'

let binary = findElectronBinary(ELECTRON_DIR, process.env.ELECTRON_EXEC_PATH)
if (!binary.ok && binary.reason === 'no-package') {
  console.error(`Electron is not installed (run \`npm ci\` first); ${WEB_HINT}`)
  process.exit(1)
}
if (!binary.ok && binary.reason === 'not-downloaded' && !process.env.ELECTRON_EXEC_PATH) {
  console.log("Downloading Electron's binary (first start only)…")
  const download = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], { stdio: 'pipe' })
  binary = findElectronBinary(ELECTRON_DIR, undefined)
  if (download.status !== 0 && !binary.ok) {
    console.error(`Electron's binary could not be downloaded (no access to its download site?); ${WEB_HINT}`)
    process.exit(1)
  }
}
if (!binary.ok) {
  console.error(`Electron's binary is missing (${binary.reason}); ${WEB_HINT}`)
  process.exit(1)
}

const electronVite = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const run = spawnSync(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
process.exit(run.status ?? 1)
