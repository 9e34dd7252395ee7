import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * Runs the real afterPack hook on a stand-in executable: random bytes around
 * Electron's fuse wire (sentinel, version 1, length, one byte per fuse), so
 * the exact bytes the packaged app will carry are checked without Electron.
 */
const require = createRequire(import.meta.url)
interface PackContext {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName: string }
}
const afterPack = require('../../../build/fuses.cjs') as ((context: PackContext) => Promise<void>) & {
  executablePath(context: PackContext): string
}

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Fuse order in the V1 wire (@electron/fuses FuseV1Options).
const WIRE = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const
const ENABLED = 0x31
const DISABLED = 0x30

function fakeElectron(defaults: readonly number[]): Buffer {
  return Buffer.concat([
    Buffer.from('MZ fake executable header '),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, defaults.length, ...defaults]),
    Buffer.from(' rest of the binary'),
  ])
}

function readWire(binary: Buffer): Record<string, number> {
  const start = binary.indexOf(SENTINEL) + SENTINEL.length
  const length = binary[start + 1] ?? 0
  return Object.fromEntries(WIRE.slice(0, length).map((name, i) => [name, binary[start + 2 + i] ?? -1]))
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banwu-fuses-'))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

const context = (platform: string): PackContext => ({
  appOutDir: dir,
  electronPlatformName: platform,
  packager: { appInfo: { productFilename: 'banwu' }, executableName: 'banwu' },
})

describe('build/fuses.cjs', () => {
  it.each([
    ['win32', 'banwu.exe'],
    ['linux', 'banwu'],
  ])('flips the fuses in the %s executable', async (platform, file) => {
    // Electron's shipped defaults: RunAsNode, NODE_OPTIONS, --inspect on; asar-only and cookie encryption off.
    const shipped = [ENABLED, DISABLED, ENABLED, ENABLED, DISABLED, DISABLED, DISABLED, ENABLED]
    await writeFile(join(dir, file), fakeElectron(shipped))

    await afterPack(context(platform))

    const binary = await readFile(join(dir, file))
    expect(readWire(binary)).toEqual({
      RunAsNode: DISABLED,
      EnableCookieEncryption: ENABLED,
      EnableNodeOptionsEnvironmentVariable: DISABLED,
      EnableNodeCliInspectArguments: DISABLED,
      EnableEmbeddedAsarIntegrityValidation: DISABLED, // untouched (see docs/electron-shell.md)
      OnlyLoadAppFromAsar: ENABLED,
      LoadBrowserProcessSpecificV8Snapshot: DISABLED, // untouched
      GrantFileProtocolExtraPrivileges: DISABLED,
    })
    // Only the wire changed.
    expect(binary.byteLength).toBe(fakeElectron(shipped).byteLength)
    expect(binary.subarray(0, 10).toString()).toBe('MZ fake ex')
  })

  it('fails the build when the executable has no fuse wire', async () => {
    await writeFile(join(dir, 'banwu'), Buffer.from('not electron'))
    await expect(afterPack(context('linux'))).rejects.toThrow(/sentinel/)
  })

  it('finds the executable per platform', () => {
    expect(afterPack.executablePath(context('win32'))).toBe(join(dir, 'banwu.exe'))
    expect(afterPack.executablePath(context('linux'))).toBe(join(dir, 'banwu'))
    expect(afterPack.executablePath(context('darwin'))).toBe(join(dir, 'banwu.app'))
    expect(() => afterPack.executablePath(context('aix'))).toThrow(/unsupported/)
  })
})
