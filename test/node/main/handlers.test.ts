import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFilesCapped, writeFileVerified } from '../../../src/main/files'
import {
  createIpcHandlers,
  registerIpcHandlers,
  withFilterExtension,
  type ShellDeps,
} from '../../../src/main/handlers'
import { createIpcRegistrar, type InvokeEventLike } from '../../../src/main/ipc'
import { createPassphraseStore } from '../../../src/main/passphraseStore'
import { writeNewFileVerified } from '../../../src/main/snapshotFiles'
import { fakeSecretStorage } from './fakeSecretStorage'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/protocol'
import { IPC_CHANNELS, type AppInfo } from '../../../src/shared/ipc'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banwu-handlers-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

type Event = InvokeEventLike & { id: string }
const EVENT: Event = { id: 'window-1', senderFrame: { url: APP_ENTRY_URL, parent: null } }

const INFO: AppInfo = {
  name: '班务通',
  version: '0.1.0',
  runtime: 'electron',
  electronVersion: '45.4.1',
  chromeVersion: '140.0.0.0',
  platform: 'win32',
  userDataPath: 'C:\\Users\\a\\AppData\\Roaming\\Banwu',
}

/** Real files in a temp folder; dialogs, printing and the shell are scripted. */
function deps(overrides: Partial<ShellDeps<Event>> = {}): ShellDeps<Event> {
  return {
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    writeFile: (path, bytes) => writeFileVerified(path, bytes),
    readFiles: (paths) => readFilesCapped(paths),
    printToPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7')),
    print: () => Promise.resolve({ success: true, failureReason: '' }),
    openInBrowser: () => Promise.resolve(),
    appInfo: () => INFO,
    defaultSaveDirectory: () => dir,
    writeNewFile: (path, bytes) => writeNewFileVerified(path, bytes),
    backupDirectory: () => join(dir, 'backups'),
    passphraseStore: createPassphraseStore({
      secrets: fakeSecretStorage(),
      platform: 'win32',
      file: join(dir, 'passphrase.bin'),
    }),
    ...overrides,
  }
}

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]

describe('withFilterExtension', () => {
  it.each([
    ['/a/花名册', XLSX, '/a/花名册.xlsx'],
    ['/a/花名册.xlsx', XLSX, '/a/花名册.xlsx'],
    ['/a/花名册.XLSX', XLSX, '/a/花名册.XLSX'],
    ['/a/名单.v2', XLSX, '/a/名单.v2.xlsx'],
    ['/a/x.xls', [{ name: 'Excel', extensions: ['xlsx', 'xls'] }], '/a/x.xls'],
    ['/a/x', [], '/a/x'],
    ['/a/x', [{ name: '所有文件', extensions: ['*'] }], '/a/x'],
  ])('%s with %j → %s', (path, filters, expected) => {
    expect(withFilterExtension(path, filters)).toBe(expected)
  })
})

describe('file:save', () => {
  it('saves atomically to the chosen path, starting the dialog in the default folder', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: join(dir, '花名册') }))
    const handlers = createIpcHandlers(deps({ showSaveDialog }))
    const result = await handlers['file:save'](
      { suggestedName: '花名册.xlsx', filters: XLSX, bytes: new TextEncoder().encode('data') },
      EVENT,
    )
    expect(result).toEqual({ ok: true, value: { path: join(dir, '花名册.xlsx') } })
    expect(await readFile(join(dir, '花名册.xlsx'), 'utf8')).toBe('data')
    expect(showSaveDialog).toHaveBeenCalledWith(EVENT, {
      defaultPath: join(dir, '花名册.xlsx'),
      filters: XLSX,
    })
  })

  it('returns cancelled and writes nothing when the dialog is closed', async () => {
    const writeFileSpy = vi.fn(() => Promise.resolve())
    const handlers = createIpcHandlers(deps({ writeFile: writeFileSpy }))
    const result = await handlers['file:save'](
      { suggestedName: 'a.xlsx', filters: [], bytes: new Uint8Array(1) },
      EVENT,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(writeFileSpy).not.toHaveBeenCalled()
  })
})

describe('file:open', () => {
  it('returns [] when the dialog is cancelled', async () => {
    const handlers = createIpcHandlers(deps())
    expect(await handlers['file:open']({ filters: [], multiple: true }, EVENT)).toEqual({
      ok: true,
      value: [],
    })
  })

  it('reads the chosen files', async () => {
    await writeFile(join(dir, 'a.csv'), '姓名')
    await writeFile(join(dir, 'b.csv'), '单位')
    const showOpenDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: [join(dir, 'a.csv'), join(dir, 'b.csv')] }),
    )
    const handlers = createIpcHandlers(deps({ showOpenDialog }))
    const result = await handlers['file:open']({ filters: [], multiple: true }, EVENT)
    expect(result.ok && result.value.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a.csv', '姓名'],
      ['b.csv', '单位'],
    ])
    expect(showOpenDialog).toHaveBeenCalledWith(EVENT, { filters: [], multiple: true })
  })

  it('reads only one file when multiple was not asked for', async () => {
    await writeFile(join(dir, 'a.csv'), 'a')
    const showOpenDialog = () =>
      Promise.resolve({ canceled: false, filePaths: [join(dir, 'a.csv'), '/etc/passwd'] })
    const handlers = createIpcHandlers(deps({ showOpenDialog }))
    const result = await handlers['file:open']({ filters: [], multiple: false }, EVENT)
    expect(result.ok && result.value.map((f) => f.name)).toEqual(['a.csv'])
  })
})

describe('print:toPdf', () => {
  it('renders with the requested options and saves through the PDF dialog', async () => {
    const printToPdf = vi.fn(() => Promise.resolve(new TextEncoder().encode('%PDF-1.7 test')))
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: join(dir, '签到表') }))
    const handlers = createIpcHandlers(deps({ printToPdf, showSaveDialog }))
    const result = await handlers['print:toPdf'](
      { suggestedName: '签到表.pdf', landscape: true, pageSize: 'A4', printBackground: true },
      EVENT,
    )
    expect(result).toEqual({ ok: true, value: { path: join(dir, '签到表.pdf') } })
    expect(printToPdf).toHaveBeenCalledWith(EVENT, { landscape: true, pageSize: 'A4', printBackground: true })
    expect(await readFile(join(dir, '签到表.pdf'), 'utf8')).toBe('%PDF-1.7 test')
  })
})

describe('print:print', () => {
  it.each([
    [
      { success: true, failureReason: '' },
      { ok: true, value: null },
    ],
    [
      { success: false, failureReason: 'cancelled' },
      { ok: false, error: { code: 'cancelled' } },
    ],
    [
      { success: false, failureReason: 'Print job failed' },
      { ok: false, error: { code: 'io' } },
    ],
  ])('%j → %j', async (outcome, expected) => {
    const handlers = createIpcHandlers(deps({ print: () => Promise.resolve(outcome) }))
    expect(await handlers['print:print']({ landscape: false, pageSize: 'A4' }, EVENT)).toMatchObject(expected)
  })
})

describe('shell:openExternal', () => {
  it('refuses a URL outside the allow-list without calling the shell', async () => {
    const openInBrowser = vi.fn(() => Promise.resolve())
    const handlers = createIpcHandlers(deps({ openInBrowser }))
    const result = await handlers['shell:openExternal']({ url: 'https://evil.example/' }, EVENT)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(openInBrowser).not.toHaveBeenCalled()
  })
})

describe('registerIpcHandlers, end to end through the sender and schema checks', () => {
  function registered(overrides: Partial<ShellDeps<Event>> = {}) {
    const listeners = new Map<string, (event: Event, ...args: unknown[]) => Promise<unknown>>()
    const handle = createIpcRegistrar<Event>(
      { handle: (channel, listener) => listeners.set(channel, listener) },
      { trustedOrigins: [APP_ORIGIN], log: () => undefined },
    )
    registerIpcHandlers(handle, createIpcHandlers(deps(overrides)))
    return listeners
  }

  it('registers every channel of the contract', () => {
    expect([...registered().keys()].sort()).toEqual([...IPC_CHANNELS].sort())
  })

  it('remembers a passphrase sealed, reads it back, and forgets it', async () => {
    const listeners = registered()
    expect(await listeners.get('passphrase:read')?.(EVENT)).toEqual({ ok: true, value: null })
    expect(await listeners.get('passphrase:remember')?.(EVENT, { passphrase: '松江分校每周二同步' })).toEqual(
      {
        ok: true,
        value: { canRemember: true, reason: null },
      },
    )
    expect((await readFile(join(dir, 'passphrase.bin'))).includes(Buffer.from('松江分校每周二同步'))).toBe(
      false,
    )
    expect(await listeners.get('passphrase:read')?.(EVENT)).toEqual({ ok: true, value: '松江分校每周二同步' })
    await listeners.get('passphrase:remember')?.(EVENT, { passphrase: null })
    expect(await listeners.get('passphrase:read')?.(EVENT)).toEqual({ ok: true, value: null })
    expect(await listeners.get('passphrase:remember')?.(EVENT, { passphrase: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('answers app:info', async () => {
    expect(await registered().get('app:info')?.(EVENT)).toEqual({ ok: true, value: INFO })
  })

  it('maps a file over the cap to a too-large result', async () => {
    const showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [join(dir, 'big.bin')] })
    const readFiles = (paths: readonly string[]) => readFilesCapped(paths, 4)
    await writeFile(join(dir, 'big.bin'), '12345')
    const result = await registered({ showOpenDialog, readFiles }).get('file:open')?.(EVENT, {
      multiple: false,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
  })

  it('maps a failed write to an error result and keeps the old file', async () => {
    const target = join(dir, 'roster.xlsx')
    await writeFile(target, 'old')
    const showSaveDialog = () => Promise.resolve({ canceled: false, filePath: target })
    const writeFileFailing = () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
    const result = await registered({ showSaveDialog, writeFile: writeFileFailing }).get('file:save')?.(
      EVENT,
      {
        suggestedName: 'roster.xlsx',
        bytes: new Uint8Array(3),
      },
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } })
    expect(await readFile(target, 'utf8')).toBe('old')
  })
})
