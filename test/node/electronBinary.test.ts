import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../scripts/electron-binary.mjs'

/** `npm start` (scripts/start.mjs) decides with this whether Electron's binary is there. */
describe('findElectronBinary', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  function electronDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'banwu-electron-'))
    dirs.push(dir)
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return dir
  }

  it.each([
    ['no electron package', {}, undefined, { ok: false, reason: 'no-package' }],
    [
      'package without path.txt (never downloaded)',
      { 'package.json': '{}' },
      undefined,
      { ok: false, reason: 'not-downloaded' },
    ],
    [
      'path.txt naming a file not in dist/',
      { 'package.json': '{}', 'path.txt': 'electron' },
      undefined,
      { ok: false, reason: 'missing-file' },
    ],
    ['an override that does not exist', {}, '/nonexistent/electron', { ok: false, reason: 'missing-file' }],
  ] as const)('%s', (_name, files, override, expected) => {
    expect(findElectronBinary(electronDir(files), override)).toEqual(expected)
  })

  it('finds the binary named by path.txt (trailing newline ignored)', () => {
    const dir = electronDir({ 'package.json': '{}', 'path.txt': 'electron\n', 'dist/electron': '' })
    expect(findElectronBinary(dir, undefined)).toEqual({ ok: true, path: join(dir, 'dist', 'electron') })
  })

  it('takes an existing ELECTRON_EXEC_PATH over path.txt', () => {
    const dir = electronDir({ 'bin/electron': '' })
    expect(findElectronBinary(join(dir, 'nothing'), join(dir, 'bin/electron'))).toEqual({
      ok: true,
      path: join(dir, 'bin/electron'),
    })
  })
})
