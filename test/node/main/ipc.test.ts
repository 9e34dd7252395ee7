import { describe, expect, it, vi } from 'vitest'
import {
  createIpcRegistrar,
  FORBIDDEN_SENDER_MESSAGE,
  isTrustedSender,
  originOf,
  type InvokeEventLike,
  type SenderFrame,
} from '../../../src/main/ipc'
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/protocol'
import { ok, type IpcChannel } from '../../../src/shared/ipc'

const DEV_URL = 'http://localhost:5173/'
const TRUSTED = [APP_ORIGIN, DEV_URL]

const mainFrame = (url: string): SenderFrame => ({ url, parent: null })
const subFrame = (url: string): SenderFrame => ({ url, parent: mainFrame(APP_ENTRY_URL) })

describe('originOf', () => {
  it.each([
    ['app://banwu/index.html', 'app://banwu'],
    ['APP://BANWU/assets/x.js', 'app://banwu'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://example.org:8443/a', 'https://example.org:8443'],
    ['file:///C:/x/index.html', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin)
  })
})

describe('isTrustedSender', () => {
  it.each<[string, SenderFrame | null, boolean]>([
    ['our page in the main frame', mainFrame(APP_ENTRY_URL), true],
    ['our page, another route', mainFrame('app://banwu/index.html#/classes/1'), true],
    ['the dev server in the main frame', mainFrame('http://localhost:5173/'), true],
    ['a foreign https origin', mainFrame('https://evil.example/'), false],
    ['a look-alike custom host', mainFrame('app://banwu.evil/index.html'), false],
    ['the dev server host on another port', mainFrame('http://localhost:5174/'), false],
    ['a file:// page', mainFrame('file:///tmp/index.html'), false],
    ['about:blank', mainFrame('about:blank'), false],
    ['a data: URL', mainFrame('data:text/html,<script>1</script>'), false],
    ['our own origin but in a sub-frame', subFrame(APP_ENTRY_URL), false],
    ['a foreign sub-frame', subFrame('https://evil.example/'), false],
    ['no frame (navigated away or destroyed)', null, false],
  ])('%s → %s', (_name, frame, trusted) => {
    expect(isTrustedSender(frame, TRUSTED)).toBe(trusted)
  })

  it('trusts nothing when no origin is trusted', () => {
    expect(isTrustedSender(mainFrame(APP_ENTRY_URL), [])).toBe(false)
  })
})

/** An ipcMain stand-in that records listeners so the tests can invoke them like Electron would. */
function fakeIpcMain() {
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>()
  return {
    listeners,
    handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) {
      listeners.set(channel, listener)
    },
    invoke(channel: string, frame: SenderFrame | null, ...args: unknown[]): Promise<unknown> {
      const listener = listeners.get(channel)
      if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`))
      return listener({ senderFrame: frame }, ...args)
    },
  }
}

function setup() {
  const ipcMain = fakeIpcMain()
  const log = vi.fn()
  const handle = createIpcRegistrar(ipcMain, { trustedOrigins: [APP_ORIGIN], log })
  return { ipcMain, log, handle }
}

describe('createIpcRegistrar', () => {
  it('calls the handler for our main frame with the parsed request (defaults filled in)', async () => {
    const { ipcMain, handle } = setup()
    const handler = vi.fn((_request: { filters: unknown[]; multiple: boolean }) => Promise.resolve(ok([])))
    handle('file:open', handler)
    const result = await ipcMain.invoke('file:open', mainFrame(APP_ENTRY_URL), {})
    expect(result).toEqual({ ok: true, value: [] })
    expect(handler).toHaveBeenCalledWith({ filters: [], multiple: false }, expect.anything())
  })

  it.each<[string, SenderFrame | null]>([
    ['a foreign origin', mainFrame('https://evil.example/')],
    ['a sub-frame of our page', subFrame(APP_ENTRY_URL)],
    ['a missing frame', null],
  ])('refuses %s before looking at the request', async (_name, frame) => {
    const { ipcMain, handle, log } = setup()
    const handler = vi.fn(() => Promise.resolve(ok(null)))
    handle('print:print', handler)
    const result = await ipcMain.invoke('print:print', frame, {})
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: FORBIDDEN_SENDER_MESSAGE } })
    expect(handler).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('untrusted sender'))
  })

  it.each<[string, IpcChannel, unknown[]]>([
    ['a missing payload', 'file:save', []],
    ['a payload of the wrong type', 'file:save', ['roster.xlsx']],
    ['bytes that are not a Uint8Array', 'file:save', [{ suggestedName: 'a.xlsx', bytes: [1, 2, 3] }]],
    [
      'a path instead of a file name',
      'file:save',
      [{ suggestedName: '../../a.xlsx', bytes: new Uint8Array() }],
    ],
    ['an unexpected key', 'file:open', [{ multiple: true, path: '/etc/passwd' }]],
    ['a silent print request', 'print:print', [{ silent: true }]],
    ['a payload for app:info', 'app:info', [{ anything: 1 }]],
    ['extra arguments', 'shell:openExternal', [{ url: 'https://example.org/' }, 'extra']],
  ])('refuses %s without calling the handler', async (_name, channel, args) => {
    const { ipcMain, handle } = setup()
    const handler = vi.fn(() => Promise.reject(new Error('must not run')))
    handle(channel, handler)
    const result = await ipcMain.invoke(channel, mainFrame(APP_ENTRY_URL), ...args)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses to register a channel outside the contract', () => {
    const { handle, ipcMain } = setup()
    expect(() => handle('fs:readAnything' as IpcChannel, () => Promise.resolve(ok(null)))).toThrow(
      /unknown IPC channel/,
    )
    expect(ipcMain.listeners.size).toBe(0)
  })

  it('leaves unknown channels without a handler, so Electron rejects them', async () => {
    const { handle, ipcMain } = setup()
    handle('app:info', () => Promise.reject(new Error('unused')))
    await expect(ipcMain.invoke('fs:readAnything', mainFrame(APP_ENTRY_URL), {})).rejects.toThrow(
      /No handler/,
    )
  })

  it('refuses to register a channel twice', () => {
    const { handle } = setup()
    handle('app:info', () => Promise.reject(new Error('unused')))
    expect(() => handle('app:info', () => Promise.reject(new Error('unused')))).toThrow(/already registered/)
  })

  it('turns a handler that throws into an error result with a Chinese message', async () => {
    const { ipcMain, handle } = setup()
    handle('file:open', () =>
      Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    )
    const result = await ipcMain.invoke('file:open', mainFrame(APP_ENTRY_URL), {})
    expect(result).toMatchObject({ ok: false, error: { code: 'permission-denied' } })
    expect((result as { error: { message: string } }).error.message).toMatch(/权限/)
  })
})
