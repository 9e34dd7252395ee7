import { z } from 'zod'

/**
 * The one IPC contract between the renderer (through the preload bridge) and
 * the main process: channel names, request schemas and result types.
 *
 * Main validates every request against these schemas before a handler runs,
 * so a compromised renderer can only ask for what is listed here, in the
 * shapes listed here. Results are values, never thrown errors: Electron
 * flattens a thrown error into an English string, and the UI needs a code to
 * branch on and a Chinese message to show.
 */

/** Files larger than this are refused both ways: what we save must be openable again. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024

export type IpcErrorCode =
  | 'cancelled'
  | 'invalid-request'
  | 'forbidden'
  | 'too-large'
  | 'not-found'
  | 'permission-denied'
  | 'disk-full'
  | 'read-only'
  | 'io'
  | 'not-available'
  | 'unknown'

export interface IpcError {
  code: IpcErrorCode
  /** Shown to the user as is: zh-CN. */
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: IpcErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}

export const CANCELLED_MESSAGE = '操作已取消'
export const TOO_LARGE_MESSAGE = `文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），无法处理`

// Windows refuses these characters in file names; a suggested name is a name, never a path.
const FORBIDDEN_NAME_CHARS = /[\\/:*?"<>|]/
const hasControlChars = (text: string): boolean => [...text].some((c) => c.charCodeAt(0) < 0x20)

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !FORBIDDEN_NAME_CHARS.test(name) && !hasControlChars(name) && name !== '.' && name !== '..',
    {
      message: '文件名包含不允许的字符',
    },
  )

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/))
    .min(1)
    .max(20),
})
export type FileFilter = z.infer<typeof fileFilterSchema>

const fileFilters = z.array(fileFilterSchema).max(10).default([])

const bytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { message: TOO_LARGE_MESSAGE })

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileName,
  filters: fileFilters,
  bytes,
})

export const openFilesRequestSchema = z.strictObject({
  filters: fileFilters,
  multiple: z.boolean().default(false),
})

const pageSize = z.enum(['A4', 'A3', 'A5']).default('A4')

export const printToPdfRequestSchema = z.strictObject({
  suggestedName: fileName,
  landscape: z.boolean().default(false),
  pageSize,
  printBackground: z.boolean().default(true),
})

export const printRequestSchema = z.strictObject({
  landscape: z.boolean().default(false),
  pageSize,
})

export const appInfoRequestSchema = z.undefined()

export const openExternalRequestSchema = z.strictObject({
  url: z.string().max(2048),
})

/** A snapshot for a USB stick: saved through a dialog, verified, never over an existing file. */
export const saveSnapshotRequestSchema = z.strictObject({
  suggestedName: fileName,
  bytes,
})

/** Backups live in one folder main owns (userData/backups); the renderer names files, never paths. */
const backupName = fileName.refine((name) => name.toLowerCase().endsWith('.banwu'), {
  message: '备份文件名应以 .banwu 结尾',
})

export const listBackupsRequestSchema = z.undefined()

export const readBackupRequestSchema = z.strictObject({ name: backupName })

export const writeBackupRequestSchema = z.strictObject({ name: backupName, bytes })

export const pruneBackupsRequestSchema = z.strictObject({
  /** Backups last written longer ago than this are removed; the newest one always stays. */
  keepDays: z.number().int().min(1).max(3650),
})

export const passphraseStatusRequestSchema = z.undefined()
export const readPassphraseRequestSchema = z.undefined()
/** null forgets the remembered passphrase. */
export const rememberPassphraseRequestSchema = z.strictObject({
  passphrase: z.string().max(1000).nullable(),
})

/** Whether this PC can keep a passphrase in the system's secret store (Electron `safeStorage`). */
export interface PassphraseStoreStatus {
  canRemember: boolean
  /** Why not (zh-CN), shown beside 记住密码; null when it can. */
  reason: string | null
}

/** A file in the backups folder. */
export interface BackupFile {
  name: string
  size: number
  /** ISO time the file was written. */
  modifiedAt: string
}

/** Where a saved file went. In the browser only the suggested name is known. */
export interface SavedFile {
  path: string
}

export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

export interface AppInfo {
  name: string
  version: string
  runtime: 'electron' | 'browser'
  electronVersion: string | null
  chromeVersion: string | null
  platform: string
  userDataPath: string | null
}

/** Channel name → request schema. The order here is the order of the preload API. */
export const ipcRequestSchemas = {
  'file:save': saveFileRequestSchema,
  'file:open': openFilesRequestSchema,
  'print:toPdf': printToPdfRequestSchema,
  'print:print': printRequestSchema,
  'app:info': appInfoRequestSchema,
  'shell:openExternal': openExternalRequestSchema,
  'snapshot:save': saveSnapshotRequestSchema,
  'backup:list': listBackupsRequestSchema,
  'backup:read': readBackupRequestSchema,
  'backup:write': writeBackupRequestSchema,
  'backup:prune': pruneBackupsRequestSchema,
  'passphrase:status': passphraseStatusRequestSchema,
  'passphrase:read': readPassphraseRequestSchema,
  'passphrase:remember': rememberPassphraseRequestSchema,
} as const

/** Channel name → the value of a successful result. */
export interface IpcValues {
  'file:save': SavedFile
  'file:open': OpenedFile[]
  'print:toPdf': SavedFile
  'print:print': null
  'app:info': AppInfo
  'shell:openExternal': null
  /** The path actually written: the chosen one, or with ` (2)` … when that name was taken. */
  'snapshot:save': SavedFile
  /** Newest first. */
  'backup:list': BackupFile[]
  'backup:read': OpenedFile
  'backup:write': BackupFile
  /** Names of the removed backups. */
  'backup:prune': string[]
  'passphrase:status': PassphraseStoreStatus
  /** The remembered passphrase, or null. */
  'passphrase:read': string | null
  /** What the store can do: when it cannot remember, the passphrase was forgotten instead. */
  'passphrase:remember': PassphraseStoreStatus
}

export type IpcChannel = keyof typeof ipcRequestSchemas
/** What the renderer sends (defaults may be left out). */
export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcRequestSchemas)[C]>
/** What a handler receives after validation (defaults filled in). */
export type IpcParsedRequest<C extends IpcChannel> = z.output<(typeof ipcRequestSchemas)[C]>
export type IpcResult<C extends IpcChannel> = Result<IpcValues[C]>

export const IPC_CHANNELS = Object.keys(ipcRequestSchemas) as IpcChannel[]

export function isIpcChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && Object.hasOwn(ipcRequestSchemas, channel)
}

/**
 * Validates a request for a channel. Returns the parsed request, or an
 * `invalid-request` result whose message names the offending field.
 */
export function parseIpcRequest<C extends IpcChannel>(
  channel: C,
  payload: unknown,
): { ok: true; value: IpcParsedRequest<C> } | { ok: false; error: IpcError } {
  const parsed = ipcRequestSchemas[channel].safeParse(payload)
  if (parsed.success) return { ok: true, value: parsed.data as IpcParsedRequest<C> }
  const issue = parsed.error.issues[0]
  if (issue?.message === TOO_LARGE_MESSAGE)
    return { ok: false, error: { code: 'too-large', message: TOO_LARGE_MESSAGE } }
  const where = issue && issue.path.length > 0 ? `（${issue.path.join('.')}）` : ''
  return { ok: false, error: { code: 'invalid-request', message: `请求参数无效${where}` } }
}
