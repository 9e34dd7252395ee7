import { describe, expect, it, vi } from 'vitest'
import { version } from '../../../package.json'
import type { BanwuApi } from '../../preload/api'
import { MAX_FILE_BYTES } from '../../shared/ipc'
import { acceptAttribute, createBrowserPlatform, type BrowserEnv } from './browserPlatform'
import { choosePlatform } from './index'

/** Just enough DOM for the platform: elements are EventTargets that record what was set on them. */
class FakeElement extends EventTarget {
  href = ''
  download = ''
  rel = ''
  type = ''
  accept = ''
  multiple = false
  files: File[] | null = null
  style: Record<string, string> = {}
  clicks = 0
  attached = false
  onClickHook: (() => void) | undefined
  click(): void {
    this.clicks++
    this.onClickHook?.()
  }
  remove(): void {
    this.attached = false
  }
}

function fakeEnv(onClick?: (element: FakeElement) => void) {
  const created: FakeElement[] = []
  const blobs = new Map<string, Blob>()
  const env = {
    document: {
      createElement: () => {
        const element = new FakeElement()
        element.onClickHook = () => onClick?.(element)
        created.push(element)
        return element
      },
      body: {
        append: (element: FakeElement) => {
          element.attached = true
        },
      },
    } as unknown as Document,
    print: vi.fn(),
    createObjectURL: (blob: Blob) => {
      const url = `blob:app/${blobs.size}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: vi.fn(),
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.0 Safari/537.36',
  } satisfies BrowserEnv
  return { env, created, blobs }
}

describe('acceptAttribute', () => {
  it.each([
    [[], ''],
    [[{ name: 'Excel', extensions: ['xlsx', 'XLS'] }], '.xlsx,.xls'],
    [
      [
        { name: 'a', extensions: ['csv'] },
        { name: 'b', extensions: ['csv', 'banwu'] },
      ],
      '.csv,.banwu',
    ],
    [
      [
        { name: 'Excel', extensions: ['xlsx'] },
        { name: '所有文件', extensions: ['*'] },
      ],
      '',
    ],
  ])('%j → %s', (filters, accept) => {
    expect(acceptAttribute(filters)).toBe(accept)
  })
})

describe('browser saveFile', () => {
  it('downloads the bytes under the suggested name through a hidden link', async () => {
    const { env, created, blobs } = fakeEnv()
    const platform = createBrowserPlatform(() => env)
    const result = await platform.saveFile({ suggestedName: '花名册.xlsx', bytes: new Uint8Array([1, 2, 3]) })
    expect(result).toEqual({ ok: true, value: { path: '花名册.xlsx' } })
    const [link] = created
    expect(link?.download).toBe('花名册.xlsx')
    expect(link?.clicks).toBe(1)
    expect(link?.attached).toBe(false)
    const blob = blobs.get(link?.href ?? '')
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('refuses the same bad requests as Electron', async () => {
    const { env, created } = fakeEnv()
    const platform = createBrowserPlatform(() => env)
    const result = await platform.saveFile({ suggestedName: 'a/b.xlsx', bytes: new Uint8Array(1) })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(created).toHaveLength(0)
  })
})

describe('browser snapshots and backups', () => {
  it('downloads a snapshot under its name (Chromium renames rather than overwrite)', async () => {
    const { env, created } = fakeEnv()
    const platform = createBrowserPlatform(() => env)
    const name = '班务通快照_本部_2025-11-20_001.banwu'
    expect(await platform.saveSnapshot({ suggestedName: name, bytes: new Uint8Array([1]) })).toEqual({
      ok: true,
      value: { path: name },
    })
    expect(created[0]?.download).toBe(name)
  })

  it('has no backups folder: the renderer keeps browser backups in IndexedDB instead', async () => {
    const platform = createBrowserPlatform(() => fakeEnv().env)
    for (const result of [
      await platform.listBackups(),
      await platform.readBackup('a.banwu'),
      await platform.writeBackup({ name: 'a.banwu', bytes: new Uint8Array() }),
      await platform.pruneBackups(14),
    ])
      expect(result).toMatchObject({ ok: false, error: { code: 'not-available' } })
  })
})

describe('browser openFiles', () => {
  it('opens a hidden file input with accept and multiple, and reads the chosen files', async () => {
    const { env, created } = fakeEnv((input) => {
      input.files = [new File(['姓名'], 'a.csv'), new File([new Uint8Array([9])], 'b.xlsx')]
      input.dispatchEvent(new Event('change'))
    })
    const platform = createBrowserPlatform(() => env)
    const result = await platform.openFiles({
      filters: [{ name: 'Excel', extensions: ['xlsx', 'csv'] }],
      multiple: true,
    })
    const [input] = created
    expect(input?.type).toBe('file')
    expect(input?.accept).toBe('.xlsx,.csv')
    expect(input?.multiple).toBe(true)
    expect(input?.attached).toBe(false)
    expect(result.ok && result.value.map((f) => f.name)).toEqual(['a.csv', 'b.xlsx'])
    expect(result.ok && new TextDecoder().decode(result.value[0]?.bytes)).toBe('姓名')
  })

  it('resolves with [] when the dialog is cancelled', async () => {
    const { env } = fakeEnv((input) => input.dispatchEvent(new Event('cancel')))
    const platform = createBrowserPlatform(() => env)
    expect(await platform.openFiles({})).toEqual({ ok: true, value: [] })
  })

  it('refuses a file over the cap without reading it', async () => {
    const arrayBuffer = vi.fn()
    const huge = { name: 'huge.xlsx', size: MAX_FILE_BYTES + 1, arrayBuffer } as unknown as File
    const { env } = fakeEnv((input) => {
      input.files = [huge]
      input.dispatchEvent(new Event('change'))
    })
    const result = await createBrowserPlatform(() => env).openFiles({})
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    expect(arrayBuffer).not.toHaveBeenCalled()
  })
})

describe('browser printing, app info and links', () => {
  it('prints and "prints to PDF" through window.print', async () => {
    const { env } = fakeEnv()
    const platform = createBrowserPlatform(() => env)
    expect(await platform.print()).toEqual({ ok: true, value: null })
    expect(await platform.printToPdf({ suggestedName: '签到表.pdf' })).toEqual({
      ok: true,
      value: { path: '签到表.pdf' },
    })
    expect(env.print).toHaveBeenCalledTimes(2)
  })

  it('reports the package version and the browser', async () => {
    const { env } = fakeEnv()
    const result = await createBrowserPlatform(() => env).appInfo()
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: '班务通',
        version,
        runtime: 'browser',
        chromeVersion: '140.0.7339.0',
        userDataPath: null,
      },
    })
  })

  it('cannot open external links', async () => {
    const { env } = fakeEnv()
    const result = await createBrowserPlatform(() => env).openExternal('https://example.org/')
    expect(result).toMatchObject({ ok: false, error: { code: 'not-available' } })
  })
})

describe('choosePlatform', () => {
  it('uses the Electron bridge when window.api exists', async () => {
    const api = {
      appInfo: vi.fn(() => Promise.resolve({ ok: true as const, value: 'from main' })),
    } as unknown as BanwuApi
    const platform = choosePlatform({ api })
    expect(platform.kind).toBe('electron')
    expect(await platform.appInfo()).toEqual({ ok: true, value: 'from main' })
  })

  it('falls back to the browser without it', () => {
    expect(choosePlatform({}).kind).toBe('browser')
    expect(choosePlatform(undefined).kind).toBe('browser')
  })
})
