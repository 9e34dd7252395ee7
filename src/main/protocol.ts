import { readFile as nodeReadFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { errorCode } from './files'
import { CONTENT_SECURITY_POLICY } from './security'

/**
 * The renderer is served from `app://banwu/…`, not `file://`: a fixed,
 * secure origin keeps IndexedDB and storage in one place across installs and
 * upgrades, lets the CSP say 'self' meaningfully, and gives file:// nothing
 * to read. Registered as privileged (standard, secure, fetch) before `ready`.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'banwu'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an app:// URL to a file under `rootDir`, or null when the URL is not
 * ours or would leave `rootDir`. The URL parser already folds `..` and
 * `%2e%2e` segments, but an encoded slash (`..%2f`) or backslash only becomes
 * a separator after decoding, so the decoded path is checked again.
 */
export function resolveAppAssetPath(url: string, rootDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null

  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  // Backslashes are separators on Windows; NUL truncates paths in some APIs.
  if (pathname.includes('\\') || pathname.includes('\0')) return null
  const segments = pathname.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) return null
  if (segments.length === 0) segments.push('index.html')

  const resolved = join(rootDir, ...segments)
  const inside = relative(rootDir, resolved)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null
  return resolved
}

/** Headers on every app:// response, errors included. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  }
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR'])

/**
 * The handler for `protocol.handle('app', …)`. Only GET and HEAD; files are
 * read whole (the bundle is a few MB) so the CSP header goes on every response.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: (path: string) => Promise<Uint8Array> = nodeReadFile,
): (request: Request) => Promise<Response> {
  const plain = (status: number, body: string): Response =>
    new Response(body, { status, headers: appResponseHeaders('text/plain; charset=utf-8') })

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed')
    const path = resolveAppAssetPath(request.url, rootDir)
    if (path === null) return plain(403, 'Forbidden')
    let bytes: Uint8Array
    try {
      bytes = await readFile(path)
    } catch (error) {
      if (NOT_FOUND_CODES.has(errorCode(error) ?? '')) return plain(404, 'Not Found')
      throw error
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes)
    return new Response(body, { status: 200, headers: appResponseHeaders(contentTypeFor(path)) })
  }
}
