import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../../src/main/menu'
import {
  buildContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  pinUserDataPath,
  userDataPathFor,
} from '../../../src/main/security'
import { createMainWindow } from '../../../src/main/window'

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('the content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY)

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", 'blob:', 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(csp.get(name)).toEqual(sources)
  })

  it('never allows inline or eval’d scripts, or remote hosts', () => {
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('is built as "name sources; name sources"', () => {
    expect(buildContentSecurityPolicy({ 'a-src': ["'self'"], 'b-src': ["'none'", 'data:'] })).toBe(
      "a-src 'self'; b-src 'none' data:",
    )
  })
})

class FakeWebContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler
  }
}

function emitPreventable(contents: FakeWebContents, event: string, ...args: unknown[]): boolean {
  let prevented = false
  contents.emit(event, { preventDefault: () => (prevented = true) }, ...args)
  return prevented
}

describe('hardenWebContents', () => {
  function hardened(allowList: readonly string[] = []) {
    const contents = new FakeWebContents()
    const openExternal = vi.fn((_url: string) => Promise.resolve())
    hardenWebContents(contents as unknown as WebContents, openExternal, allowList)
    return { contents, openExternal }
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const { contents } = hardened()
    expect(emitPreventable(contents, event, 'https://evil.example/')).toBe(true)
  })

  it('denies every new window and opens nothing outside the allow-list', () => {
    const { contents, openExternal } = hardened()
    for (const url of [
      'https://evil.example/',
      'app://banwu/index.html',
      'file:///etc/passwd',
      'about:blank',
    ]) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('hands an allow-listed link to the system browser, still denying the window', () => {
    const { contents, openExternal } = hardened(['https://docs.example.org/banwu/'])
    expect(contents.openHandler?.({ url: 'https://docs.example.org/banwu/help' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls).toEqual([['https://docs.example.org/banwu/help']])
  })
})

describe('denyAllPermissions', () => {
  it('denies every permission request, check and device', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers.device = h),
    }
    denyAllPermissions(session as unknown as Session)

    const request = handlers.request as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    const check = handlers.check as (wc: unknown, permission: string) => boolean
    expect(check({}, 'media')).toBe(false)
    expect(check({}, 'clipboard-sanitized-write')).toBe(false)
    expect((handlers.device as (details: unknown) => boolean)({ deviceType: 'usb' })).toBe(false)
  })
})

describe('the userData path', () => {
  it('is a fixed ASCII folder under appData, whatever the product is called', () => {
    expect(userDataPathFor(join('C:', 'Users', 'a', 'AppData', 'Roaming'))).toBe(
      join('C:', 'Users', 'a', 'AppData', 'Roaming', 'Banwu'),
    )
  })

  it('is pinned through app.setPath', () => {
    const paths: Record<string, string> = { appData: '/home/a/.config', userData: '/home/a/.config/班务通' }
    const app = {
      getPath: (name: string) => paths[name] ?? '',
      setPath: (name: string, value: string) => (paths[name] = value),
    }
    pinUserDataPath(app)
    expect(paths.userData).toBe(join('/home/a/.config', 'Banwu'))
  })
})

describe('createMainWindow', () => {
  let created: { options: BrowserWindowConstructorOptions; shown: boolean; emitter: EventEmitter } | undefined
  class FakeBrowserWindow extends EventEmitter {
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super()
      created = { options, shown: false, emitter: this }
    }
    show(): void {
      if (created) created.shown = true
    }
  }
  createMainWindow(FakeBrowserWindow as unknown as typeof BrowserWindow, '/app/out/preload/index.cjs')
  const webPreferences = created?.options.webPreferences

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('%s is %s', (key, value) => {
    expect(webPreferences?.[key]).toBe(value)
  })

  it('loads the preload script it is given', () => {
    expect(webPreferences?.preload).toBe('/app/out/preload/index.cjs')
  })

  it('stays hidden until the first paint is ready', () => {
    expect(created?.options.show).toBe(false)
    expect(created?.shown).toBe(false)
    created?.emitter.emit('ready-to-show')
    expect(created?.shown).toBe(true)
  })
})

describe('buildMenuTemplate', () => {
  const roles = (template: ReturnType<typeof buildMenuTemplate>): string[] =>
    template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu.map((s) => s.role ?? '') : []))

  it('has 文件/编辑/视图/帮助 with Chinese labels on every role', () => {
    const template = buildMenuTemplate({ isPackaged: true })
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    for (const item of template) {
      for (const sub of Array.isArray(item.submenu) ? item.submenu : []) {
        if (sub.type !== 'separator') expect(sub.label).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })

  it('offers developer tools and reload only in development', () => {
    expect(roles(buildMenuTemplate({ isPackaged: true }))).not.toContain('toggleDevTools')
    expect(roles(buildMenuTemplate({ isPackaged: true }))).not.toContain('reload')
    expect(roles(buildMenuTemplate({ isPackaged: false }))).toContain('toggleDevTools')
  })
})
