import { productName, version } from '../../../package.json'
import {
  fail,
  MAX_FILE_BYTES,
  ok,
  parseIpcRequest,
  TOO_LARGE_MESSAGE,
  type FileFilter,
} from '../../shared/ipc'
import type { OpenedFile, Platform, Result } from './types'

/**
 * The browser fallback (`npm run web`, the e2e tests, users who cannot
 * install software). Requests are validated against the same IPC schemas as
 * in Electron, so a call that works in one works, or fails, the same way in
 * the other.
 */

/** The browser globals this platform touches, injectable so the tests need no DOM. */
export interface BrowserEnv {
  document: Document
  print: () => void
  createObjectURL: (blob: Blob) => string
  revokeObjectURL: (url: string) => void
  userAgent: string
}

function globalBrowserEnv(): BrowserEnv {
  return {
    document: window.document,
    print: () => window.print(),
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    userAgent: navigator.userAgent,
  }
}

const NO_BACKUP_FOLDER = '浏览器版没有备份文件夹'
const NO_SECRET_STORE = '浏览器版没有系统的密码保管功能'

// Chromium starts a download after the click returns; revoking at once can cancel it.
const REVOKE_DELAY_MS = 60_000

/** `accept` for a file input: '.xlsx,.xls' from the filters; nothing when any filter allows '*'. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((f) => f.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((e) => `.${e.toLowerCase()}`))].join(',')
}

export function createBrowserPlatform(getEnv: () => BrowserEnv = globalBrowserEnv): Platform {
  return {
    kind: 'browser',

    saveFile: (request) => {
      const parsed = parseIpcRequest('file:save', request)
      if (!parsed.ok) return Promise.resolve(parsed)
      const { suggestedName, bytes } = parsed.value
      download(getEnv(), suggestedName, bytes)
      // The browser decides the folder (usually 下载); only the name is known.
      return Promise.resolve(ok({ path: suggestedName }))
    },

    openFiles: (request) => {
      const parsed = parseIpcRequest('file:open', request)
      if (!parsed.ok) return Promise.resolve(parsed)
      return pickFiles(getEnv(), parsed.value.filters, parsed.value.multiple)
    },

    printToPdf: (request) => {
      const parsed = parseIpcRequest('print:toPdf', request)
      if (!parsed.ok) return Promise.resolve(parsed)
      // The print dialog's "另存为 PDF" destination does the rest; its outcome is not reported back,
      // so the path is only the suggested name: nothing has been saved (callers must not say so).
      getEnv().print()
      return Promise.resolve(ok({ path: parsed.value.suggestedName }))
    },

    print: (request = {}) => {
      const parsed = parseIpcRequest('print:print', request)
      if (!parsed.ok) return Promise.resolve(parsed)
      getEnv().print()
      return Promise.resolve(ok(null))
    },

    appInfo: () =>
      Promise.resolve(
        ok({
          name: productName,
          version,
          runtime: 'browser' as const,
          electronVersion: null,
          chromeVersion: /Chrome\/([\d.]+)/.exec(getEnv().userAgent)?.[1] ?? null,
          platform: 'web',
          userDataPath: null,
        }),
      ),

    openExternal: () => Promise.resolve(fail('not-available', '浏览器版不支持从应用内打开外部链接')),

    saveSnapshot: (request) => {
      const parsed = parseIpcRequest('snapshot:save', request)
      if (!parsed.ok) return Promise.resolve(parsed)
      // Chromium never overwrites a download: a taken name becomes "name (1).banwu".
      download(getEnv(), parsed.value.suggestedName, parsed.value.bytes)
      return Promise.resolve(ok({ path: parsed.value.suggestedName }))
    },

    // The browser has no backups folder; the renderer keeps browser backups in IndexedDB (db/backupStore.ts).
    listBackups: () => Promise.resolve(fail('not-available', NO_BACKUP_FOLDER)),
    readBackup: () => Promise.resolve(fail('not-available', NO_BACKUP_FOLDER)),
    writeBackup: () => Promise.resolve(fail('not-available', NO_BACKUP_FOLDER)),
    pruneBackups: () => Promise.resolve(fail('not-available', NO_BACKUP_FOLDER)),

    // No system secret store in a page: the renderer keeps a remembered passphrase in the
    // browser profile (IndexedDB, db/sync/syncLocalState.ts) and says so on screen.
    passphraseStatus: () => Promise.resolve(fail('not-available', NO_SECRET_STORE)),
    readPassphrase: () => Promise.resolve(fail('not-available', NO_SECRET_STORE)),
    rememberPassphrase: () => Promise.resolve(fail('not-available', NO_SECRET_STORE)),
  }
}

function download(
  { document, createObjectURL, revokeObjectURL }: BrowserEnv,
  name: string,
  bytes: Uint8Array,
): void {
  const url = createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => revokeObjectURL(url), REVOKE_DELAY_MS)
}

function pickFiles(env: BrowserEnv, filters: FileFilter[], multiple: boolean): Promise<Result<OpenedFile[]>> {
  return new Promise((resolve) => {
    const input = env.document.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    input.accept = acceptAttribute(filters)
    input.style.display = 'none'
    const finish = (result: Result<OpenedFile[]>): void => {
      input.remove()
      resolve(result)
    }
    // 'cancel' fires when the dialog is closed without a choice (Chromium 113+).
    input.addEventListener('cancel', () => finish(ok([])), { once: true })
    input.addEventListener('change', () => void readChosenFiles([...(input.files ?? [])]).then(finish), {
      once: true,
    })
    env.document.body.append(input)
    input.click()
  })
}

async function readChosenFiles(files: readonly File[]): Promise<Result<OpenedFile[]>> {
  if (files.some((f) => f.size > MAX_FILE_BYTES)) return fail('too-large', TOO_LARGE_MESSAGE)
  try {
    const opened: OpenedFile[] = []
    for (const file of files)
      opened.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    return ok(opened)
  } catch {
    return fail('io', '读取文件失败，文件可能已被移动或正被其他程序占用')
  }
}
