/**
 * Why a snapshot file cannot be read. Each code has one message for the user,
 * in Chinese, saying what happened and what to do; `detail` is for logs.
 */

export const SNAPSHOT_ERROR_MESSAGES = {
  notSnapshot: '这不是班务通快照文件（.banwu），请确认选择了正确的文件。',
  futureFormat: '此快照文件由更新版本的班务通导出，本机无法读取。请先升级本机的班务通，再导入。',
  truncated: '快照文件不完整，可能是写入时拔出了U盘或复制中断。请在导出的电脑上重新导出。',
  corrupt: '快照文件已损坏（内容校验未通过），不能导入。请在导出的电脑上重新导出。',
  wrongPassphrase: '密码不正确，无法打开此快照文件。',
  passphraseRequired: '此快照文件已加密，请输入导出时设置的密码。',
} as const

export type SnapshotErrorCode = keyof typeof SNAPSHOT_ERROR_MESSAGES

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError'

  constructor(
    readonly code: SnapshotErrorCode,
    /** What exactly failed, in English, for logs and tests. */
    readonly detail: string = code,
  ) {
    super(SNAPSHOT_ERROR_MESSAGES[code])
  }
}

export function isSnapshotError(e: unknown): e is SnapshotError {
  return e instanceof SnapshotError
}
