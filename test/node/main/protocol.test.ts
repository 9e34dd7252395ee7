import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppAssetPath,
} from '../../../src/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security'

const ROOT = resolve('/srv/banwu/out/renderer')

describe('resolveAppAssetPath', () => {
  it.each([
    ['the entry page', APP_ENTRY_URL, join(ROOT, 'index.html')],
    ['the root', 'app://banwu/', join(ROOT, 'index.html')],
    ['an asset', 'app://banwu/assets/index-abc.js', join(ROOT, 'assets', 'index-abc.js')],
    ['a query and hash are ignored', 'app://banwu/index.html?x=1#/classes', join(ROOT, 'index.html')],
    [
      'an encoded Chinese file name',
      'app://banwu/fonts/%E5%AE%8B%E4%BD%93.woff2',
      join(ROOT, 'fonts', '宋体.woff2'),
    ],
    [
      'a dot-segment that stays inside (folded by the URL parser)',
      'app://banwu/assets/../index.html',
      join(ROOT, 'index.html'),
    ],
    // The URL parser folds literal and %2e dot-segments at the root, so these stay inside it.
    ['.. above the root', 'app://banwu/../../etc/passwd', join(ROOT, 'etc', 'passwd')],
    ['%2e%2e above the root', 'app://banwu/%2e%2e/%2E%2E/etc/passwd', join(ROOT, 'etc', 'passwd')],
  ])('serves %s', (_name, url, expected) => {
    expect(resolveAppAssetPath(url, ROOT)).toBe(expected)
  })

  it.each([
    ['an encoded slash after ..', 'app://banwu/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash inside a path', 'app://banwu/assets/..%2F..%2F..%2Fetc/passwd'],
    ['encoded dots and slash', 'app://banwu/%2e%2e%2f%2e%2e%2fetc/passwd'],
    ['an encoded backslash', 'app://banwu/..%5c..%5cwindows%5cwin.ini'],
    ['a raw backslash', 'app://banwu/..\\..\\windows\\win.ini'],
    ['a lone encoded dot segment', 'app://banwu/assets/%2e%2f%2e%2e%2findex.html'],
    ['a NUL byte', 'app://banwu/index.html%00.png'],
    ['malformed percent-encoding', 'app://banwu/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///srv/banwu/out/renderer/index.html'],
    ['https', 'https://banwu/index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppAssetPath(url, ROOT)).toBeNull()
  })

  it('never resolves outside the root, whatever the input', () => {
    const attempts = ['..', '../', '%2e%2e', '%2E%2E%2F', '..%2F', '.%2e/', '%2e./', '....//', 'a/../../b']
    for (const attempt of attempts) {
      const resolved = resolveAppAssetPath(`app://banwu/${attempt}secret`, ROOT)
      if (resolved !== null)
        expect(resolved.startsWith(ROOT + '/') || resolved.startsWith(ROOT + '\\')).toBe(true)
    }
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.JS', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('%s → %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type)
  })
})

describe('createAppProtocolHandler', () => {
  const files: Record<string, string> = {
    [join(ROOT, 'index.html')]: '<!doctype html><title>班务通</title>',
    [join(ROOT, 'assets', 'app.js')]: 'console.log(1)',
  }
  const readFile = (path: string): Promise<Uint8Array> => {
    const text = files[path]
    if (text === undefined) return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))
    return Promise.resolve(new TextEncoder().encode(text))
  }
  const handler = createAppProtocolHandler(ROOT, readFile)

  it('serves a file with its type and the CSP header', async () => {
    const response = await handler(new Request(APP_ENTRY_URL))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('班务通')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves scripts as JavaScript', async () => {
    const response = await handler(new Request('app://banwu/assets/app.js'))
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers a missing file with 404, still with the CSP', async () => {
    const response = await handler(new Request('app://banwu/assets/missing.js'))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers traversal with 403 without touching the disk', async () => {
    let touched = false
    const spying = createAppProtocolHandler(ROOT, (p) => ((touched = true), readFile(p)))
    const response = await spying(new Request('app://banwu/..%2f..%2fetc%2fpasswd'))
    expect(response.status).toBe(403)
    expect(touched).toBe(false)
  })

  it('answers anything but GET and HEAD with 405', async () => {
    const response = await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))
    expect(response.status).toBe(405)
  })

  it('answers HEAD without a body', async () => {
    const response = await handler(new Request(APP_ENTRY_URL, { method: 'HEAD' }))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('lets other read errors surface instead of pretending the file is missing', async () => {
    const broken = createAppProtocolHandler(ROOT, () =>
      Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    )
    await expect(broken(new Request(APP_ENTRY_URL))).rejects.toThrow('EIO')
  })

  it('registers the scheme as standard, secure and fetchable', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true })
  })
})
