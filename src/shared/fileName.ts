// Characters Windows refuses in file names (the IPC contract refuses them too).
const WINDOWS_FORBIDDEN = /[\\/:*?"<>|]/g
const isControl = (c: string) => c.charCodeAt(0) < 0x20

/**
 * User text (a class or office name) made usable as a file name on every system: forbidden and
 * control characters become `_`, runs of blanks one space; empty, `.` and `..` give the fallback.
 */
export function safeFileName(text: string, fallback = '未命名', maxLength = 120): string {
  const clean = [...text.trim().replace(WINDOWS_FORBIDDEN, '_')]
    .map((c) => (isControl(c) ? '_' : c))
    .join('')
    .replace(/\s+/g, ' ')
  return clean === '' || clean === '.' || clean === '..' ? fallback : clean.slice(0, maxLength)
}
