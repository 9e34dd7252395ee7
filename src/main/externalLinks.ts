/**
 * The one place that decides which URLs may leave the app for the system
 * browser (`shell.openExternal`). Opening an arbitrary URL from the renderer
 * can launch any registered protocol handler on the machine, so the list is
 * tiny and https-only: a URL passes when its origin equals an entry's origin
 * and its (normalised) path starts with the entry's path.
 *
 * Empty on purpose: the app links nowhere today. Add an entry such as
 * 'https://example.org/banwu/docs/' when a help site exists.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = []

// Whitespace and control characters are silently dropped or trimmed by the URL
// parser, and a backslash reads as a slash, so what would be opened could
// differ from what was checked.
function hasSuspiciousChars(url: string): boolean {
  return [...url].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f || c === '\\')
}

export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST,
): boolean {
  if (hasSuspiciousChars(url)) return false
  const target = parseHttpsUrl(url)
  if (!target || target.username !== '' || target.password !== '') return false
  return allowList.some((entry) => {
    const allowed = parseHttpsUrl(entry)
    return (
      allowed !== null && allowed.origin === target.origin && target.pathname.startsWith(allowed.pathname)
    )
  })
}

function parseHttpsUrl(url: string): URL | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' ? parsed : null
  } catch {
    return null
  }
}

/**
 * The only way anything reaches `shell.openExternal`: the IPC handler and the
 * window-open handler both come through here. Returns whether it opened.
 */
export async function openExternalIfAllowed(
  url: string,
  openInBrowser: (url: string) => Promise<void>,
  allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowList)) return false
  await openInBrowser(url)
  return true
}
