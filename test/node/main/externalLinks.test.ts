import { describe, expect, it, vi } from 'vitest'
import {
  EXTERNAL_URL_ALLOW_LIST,
  isAllowedExternalUrl,
  openExternalIfAllowed,
} from '../../../src/main/externalLinks'

const DOCS = ['https://docs.example.org/banwu/']

describe('isAllowedExternalUrl', () => {
  it.each([
    ['a page under the allowed path', 'https://docs.example.org/banwu/guide.html', true],
    ['the allowed path itself', 'https://docs.example.org/banwu/', true],
    ['with a query and hash', 'https://docs.example.org/banwu/a?x=1#b', true],
    ['upper-case host (normalised)', 'https://DOCS.example.org/banwu/a', true],
    ['outside the allowed path', 'https://docs.example.org/other/', false],
    ['a path that only starts with the same letters', 'https://docs.example.org/banwu-evil/', false],
    ['dot-segments climbing out', 'https://docs.example.org/banwu/../admin', false],
    ['encoded dot-segments climbing out', 'https://docs.example.org/banwu/%2e%2e/admin', false],
    ['plain http', 'http://docs.example.org/banwu/guide.html', false],
    ['another port', 'https://docs.example.org:8443/banwu/', false],
    ['a look-alike host', 'https://docs.example.org.evil.com/banwu/', false],
    ['credentials in the URL', 'https://user:pw@docs.example.org/banwu/', false],
    ['leading whitespace', ' https://docs.example.org/banwu/', false],
    ['an embedded newline', 'https://docs.example.org/banwu/\nx', false],
    ['a backslash', 'https://docs.example.org\\@evil.com/banwu/', false],
    ['file:', 'file:///C:/Windows/System32/calc.exe', false],
    ['javascript:', 'javascript:alert(1)', false],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic', false],
    ['not a URL', 'docs.example.org/banwu/', false],
  ])('%s', (_name, url, allowed) => {
    expect(isAllowedExternalUrl(url, DOCS)).toBe(allowed)
  })

  it('ignores allow-list entries that are not https', () => {
    expect(isAllowedExternalUrl('https://example.org/', ['http://example.org/', 'not a url'])).toBe(false)
  })

  it('ships with a tiny, https-only list that allows nothing else', () => {
    expect(EXTERNAL_URL_ALLOW_LIST.length).toBeLessThanOrEqual(3)
    for (const entry of EXTERNAL_URL_ALLOW_LIST) expect(entry).toMatch(/^https:\/\/[^/]+\//)
    expect(isAllowedExternalUrl('https://example.org/')).toBe(false)
  })
})

describe('openExternalIfAllowed', () => {
  it('opens an allowed URL and reports it', async () => {
    const open = vi.fn((_url: string) => Promise.resolve())
    expect(await openExternalIfAllowed('https://docs.example.org/banwu/a', open, DOCS)).toBe(true)
    expect(open.mock.calls).toEqual([['https://docs.example.org/banwu/a']])
  })

  it('never calls the shell for anything else', async () => {
    const open = vi.fn((_url: string) => Promise.resolve())
    expect(await openExternalIfAllowed('https://evil.example/', open, DOCS)).toBe(false)
    expect(await openExternalIfAllowed('https://docs.example.org/banwu/a', open)).toBe(false)
    expect(open).not.toHaveBeenCalled()
  })
})
