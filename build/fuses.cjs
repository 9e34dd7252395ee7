// electron-builder `afterPack` hook: flips Electron's fuses in the packaged
// binary, before signing and before the installer is built. Fuses are baked
// into the executable, so they hold even if someone edits the app's files or
// sets environment variables. See docs/electron-shell.md.
'use strict'
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook, loaded by electron-builder with require() */

const { join } = require('node:path')
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses')

/** The fuse settings, by name, so the test and the docs can read them. */
const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 班务通.exe script.js` would turn the app into a plain Node runtime.
  RunAsNode: false,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would open a debugger on the main process.
  EnableNodeCliInspectArguments: false,
  // Only the packaged app.asar is loaded, never a loose app/ folder put next to it.
  OnlyLoadAppFromAsar: true,
  // Cookies and other OS-keychain-protected storage are encrypted at rest.
  EnableCookieEncryption: true,
  // The UI is served from app://, so file:// pages need no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
}

/** Where the Electron executable is inside electron-builder's output folder. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      return join(appOutDir, packager.executableName)
    case 'darwin':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    default:
      throw new Error(`fuses: unsupported platform ${electronPlatformName}`)
  }
}

function fuseConfig(electronPlatformName) {
  const config = {
    version: FuseVersion.V1,
    // macOS arm64 refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin',
  }
  for (const [name, value] of Object.entries(FUSES)) config[FuseV1Options[name]] = value
  return config
}

async function afterPack(context) {
  const path = executablePath(context)
  await flipFuses(path, fuseConfig(context.electronPlatformName))
  console.log(`  • fuses flipped in ${path}`)
}

module.exports = afterPack
module.exports.default = afterPack
module.exports.FUSES = FUSES
module.exports.executablePath = executablePath
module.exports.fuseConfig = fuseConfig
