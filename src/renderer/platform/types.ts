import type { BanwuApi } from '../../preload/api'

/**
 * What the UI calls for anything outside the page: files, printing, app info,
 * links. The same functions and result types in Electron (through the preload
 * bridge) and in a plain browser (download, file input, window.print), so
 * features never ask which one they run in — except through `kind`, e.g. to
 * word a message ("已保存到 …" vs "已下载").
 */
export type Platform = BanwuApi & { readonly kind: 'electron' | 'browser' }

export type {
  AppInfo,
  FileFilter,
  IpcError,
  IpcErrorCode,
  IpcRequest,
  OpenedFile,
  Result,
  SavedFile,
} from '../../shared/ipc'
